from typing import Literal, cast

CompanyPropertyFormInputProperty = Literal["logo", "owner_id", "refetch_logo", "type"]

COMPANY_PROPERTY_FORM_INPUT_PROPERTY_VALUES: set[CompanyPropertyFormInputProperty] = {
    "logo",
    "owner_id",
    "refetch_logo",
    "type",
}


def check_company_property_form_input_property(value: str) -> CompanyPropertyFormInputProperty:
    """Return ``value`` typed as CompanyPropertyFormInputProperty; values this client does not know are kept as they are."""
    if value in COMPANY_PROPERTY_FORM_INPUT_PROPERTY_VALUES or isinstance(value, str):
        return cast(CompanyPropertyFormInputProperty, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPANY_PROPERTY_FORM_INPUT_PROPERTY_VALUES!r}")
