from typing import Literal, cast

ContactStatusInput = Literal[
    "bounced", "complained", "pending", "spammed", "subscribed", "transactional", "unsubscribed"
]

CONTACT_STATUS_INPUT_VALUES: set[ContactStatusInput] = {
    "bounced",
    "complained",
    "pending",
    "spammed",
    "subscribed",
    "transactional",
    "unsubscribed",
}


def check_contact_status_input(value: str) -> ContactStatusInput:
    """Return ``value`` typed as ContactStatusInput; values this client does not know are kept as they are."""
    if value in CONTACT_STATUS_INPUT_VALUES or isinstance(value, str):
        return cast(ContactStatusInput, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_STATUS_INPUT_VALUES!r}")
