from typing import Literal, cast

CompanyPropertyInputProperty = Literal["logo", "owner_id", "refetch_logo", "type"]

COMPANY_PROPERTY_INPUT_PROPERTY_VALUES: set[CompanyPropertyInputProperty] = {
    "logo",
    "owner_id",
    "refetch_logo",
    "type",
}


def check_company_property_input_property(value: str) -> CompanyPropertyInputProperty:
    """Return ``value`` typed as CompanyPropertyInputProperty; values this client does not know are kept as they are."""
    if value in COMPANY_PROPERTY_INPUT_PROPERTY_VALUES or isinstance(value, str):
        return cast(CompanyPropertyInputProperty, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPANY_PROPERTY_INPUT_PROPERTY_VALUES!r}")
