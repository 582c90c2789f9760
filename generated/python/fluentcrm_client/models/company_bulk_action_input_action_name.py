from typing import Literal, cast

CompanyBulkActionInputActionName = Literal["change_company_category", "change_company_type", "delete_companies"]

COMPANY_BULK_ACTION_INPUT_ACTION_NAME_VALUES: set[CompanyBulkActionInputActionName] = {
    "change_company_category",
    "change_company_type",
    "delete_companies",
}


def check_company_bulk_action_input_action_name(value: str) -> CompanyBulkActionInputActionName:
    """Return ``value`` typed as CompanyBulkActionInputActionName; values this client does not know are kept as they are."""
    if value in COMPANY_BULK_ACTION_INPUT_ACTION_NAME_VALUES or isinstance(value, str):
        return cast(CompanyBulkActionInputActionName, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPANY_BULK_ACTION_INPUT_ACTION_NAME_VALUES!r}")
