from typing import Literal, cast

GetCompanyFindBy = Literal["email", "id", "name", "phone"]

GET_COMPANY_FIND_BY_VALUES: set[GetCompanyFindBy] = {
    "email",
    "id",
    "name",
    "phone",
}


def check_get_company_find_by(value: str) -> GetCompanyFindBy:
    """Return ``value`` typed as GetCompanyFindBy; values this client does not know are kept as they are."""
    if value in GET_COMPANY_FIND_BY_VALUES or isinstance(value, str):
        return cast(GetCompanyFindBy, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_COMPANY_FIND_BY_VALUES!r}")
