from typing import Literal, cast

ListContactEmailsFilter = Literal["click", "open", "unopened"]

LIST_CONTACT_EMAILS_FILTER_VALUES: set[ListContactEmailsFilter] = {
    "click",
    "open",
    "unopened",
}


def check_list_contact_emails_filter(value: str) -> ListContactEmailsFilter:
    """Return ``value`` typed as ListContactEmailsFilter; values this client does not know are kept as they are."""
    if value in LIST_CONTACT_EMAILS_FILTER_VALUES or isinstance(value, str):
        return cast(ListContactEmailsFilter, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CONTACT_EMAILS_FILTER_VALUES!r}")
