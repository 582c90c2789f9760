from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.funnel_email_reports_email_sequences_item import FunnelEmailReportsEmailSequencesItem


T = TypeVar("T", bound="FunnelEmailReports")


@_attrs_define
class FunnelEmailReports:
    """The funnel's e-mail steps, each with the subject and counters of its hidden campaign.

    Attributes:
        email_sequences (list[FunnelEmailReportsEmailSequencesItem]):
    """

    email_sequences: list[FunnelEmailReportsEmailSequencesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_sequences = []
        for email_sequences_item_data in self.email_sequences:
            email_sequences_item = email_sequences_item_data.to_dict()
            email_sequences.append(email_sequences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email_sequences": email_sequences,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_sequences = []
        _email_sequences = d.pop("email_sequences")
        for email_sequences_item_data in _email_sequences:
            email_sequences_item = FunnelEmailReportsEmailSequencesItem.from_dict(email_sequences_item_data)

            email_sequences.append(email_sequences_item)

        funnel_email_reports = cls(
            email_sequences=email_sequences,
        )

        funnel_email_reports.additional_properties = d
        return funnel_email_reports

    @builtins.property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models refer to each other, so these come after the class; at module level they are resolved once, where an
# import inside each method would run again on every call (and a list of contacts calls them hundreds of times).
from ..models.funnel_email_reports_email_sequences_item import FunnelEmailReportsEmailSequencesItem  # noqa: E402
