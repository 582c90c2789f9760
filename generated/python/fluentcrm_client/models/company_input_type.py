from typing import Literal, cast

CompanyInputType = Literal["Other", "Partner", "Prospect", "Reseller", "Vendor"]

COMPANY_INPUT_TYPE_VALUES: set[CompanyInputType] = {
    "Other",
    "Partner",
    "Prospect",
    "Reseller",
    "Vendor",
}


def check_company_input_type(value: str) -> CompanyInputType:
    """Return ``value`` typed as CompanyInputType; values this client does not know are kept as they are."""
    if value in COMPANY_INPUT_TYPE_VALUES or isinstance(value, str):
        return cast(CompanyInputType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPANY_INPUT_TYPE_VALUES!r}")
