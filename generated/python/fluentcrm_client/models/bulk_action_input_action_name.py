from typing import Literal, cast

BulkActionInputActionName = Literal[
    "add_to_automation",
    "add_to_company",
    "add_to_email_sequence",
    "add_to_lists",
    "add_to_tags",
    "change_contact_status",
    "change_contact_type",
    "delete_contacts",
    "remove_from_company",
    "remove_from_lists",
    "remove_from_tags",
    "send_double_optin",
    "update_custom_fields",
]

BULK_ACTION_INPUT_ACTION_NAME_VALUES: set[BulkActionInputActionName] = {
    "add_to_automation",
    "add_to_company",
    "add_to_email_sequence",
    "add_to_lists",
    "add_to_tags",
    "change_contact_status",
    "change_contact_type",
    "delete_contacts",
    "remove_from_company",
    "remove_from_lists",
    "remove_from_tags",
    "send_double_optin",
    "update_custom_fields",
}


def check_bulk_action_input_action_name(value: str) -> BulkActionInputActionName:
    """Return ``value`` typed as BulkActionInputActionName; values this client does not know are kept as they are."""
    if value in BULK_ACTION_INPUT_ACTION_NAME_VALUES or isinstance(value, str):
        return cast(BulkActionInputActionName, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BULK_ACTION_INPUT_ACTION_NAME_VALUES!r}")
