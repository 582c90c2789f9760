from typing import Literal, cast

CompanyNoteInputNoteType = Literal[
    "call",
    "email",
    "facebook_post",
    "feedback",
    "invoice_paid",
    "invoice_part_paid",
    "invoice_refunded",
    "invoice_sent",
    "meeting",
    "note",
    "quote_accepted",
    "quote_refused",
    "quote_sent",
    "transaction",
    "tweet",
]

COMPANY_NOTE_INPUT_NOTE_TYPE_VALUES: set[CompanyNoteInputNoteType] = {
    "call",
    "email",
    "facebook_post",
    "feedback",
    "invoice_paid",
    "invoice_part_paid",
    "invoice_refunded",
    "invoice_sent",
    "meeting",
    "note",
    "quote_accepted",
    "quote_refused",
    "quote_sent",
    "transaction",
    "tweet",
}


def check_company_note_input_note_type(value: str) -> CompanyNoteInputNoteType:
    """Return ``value`` typed as CompanyNoteInputNoteType; values this client does not know are kept as they are."""
    if value in COMPANY_NOTE_INPUT_NOTE_TYPE_VALUES or isinstance(value, str):
        return cast(CompanyNoteInputNoteType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPANY_NOTE_INPUT_NOTE_TYPE_VALUES!r}")
