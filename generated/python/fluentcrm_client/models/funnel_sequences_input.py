from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funnel_status_input import FunnelStatusInput, check_funnel_status_input
from ..types import UNSET, Unset

T = TypeVar("T", bound="FunnelSequencesInput")


@_attrs_define
class FunnelSequencesInput:
    """The whole funnel as the editor saves it. `funnel_settings`, `conditions` and `sequences` are **JSON documents
    encoded into strings** (the editor posts them that way), not nested JSON. `status` becomes the funnel's status:
    send `draft` to save without running. The saved steps replace the funnel's steps: a step sent with its `id` is
    updated, one without is created, and a stored step not sent is deleted.

        Attributes:
            funnel_settings (str): JSON object of the trigger settings, e.g. `{"tags":[21],"select_type":"any"}`.
            conditions (str): JSON object of the entry conditions. Required; without it FluentCRM 2.9.84 crashes.
            sequences (str): JSON array of steps (`action_name`, `type`, `title`, `description`, `settings`, and `id` for a
                kept step).
            status (FunnelStatusInput): A funnel state a client may set. Only these three are meaningful to FluentCRM: the
                scheduler runs `published`
                funnels only. FluentCRM 2.9.84 does not check the value and stores any string; sending anything else leaves a
                funnel that no screen can show as running or paused.
            funnel_title (str | Unset): New title; kept when empty.
            funnel_description (str | Unset): New description; an empty value deletes it.
    """

    funnel_settings: str
    conditions: str
    sequences: str
    status: FunnelStatusInput
    funnel_title: str | Unset = UNSET
    funnel_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        funnel_settings = self.funnel_settings

        conditions = self.conditions

        sequences = self.sequences

        status: str = self.status

        funnel_title = self.funnel_title

        funnel_description = self.funnel_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "funnel_settings": funnel_settings,
                "conditions": conditions,
                "sequences": sequences,
                "status": status,
            }
        )
        if funnel_title is not UNSET:
            field_dict["funnel_title"] = funnel_title
        if funnel_description is not UNSET:
            field_dict["funnel_description"] = funnel_description

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        funnel_settings = d.pop("funnel_settings")

        conditions = d.pop("conditions")

        sequences = d.pop("sequences")

        status = check_funnel_status_input(d.pop("status"))

        funnel_title = d.pop("funnel_title", UNSET)

        funnel_description = d.pop("funnel_description", UNSET)

        funnel_sequences_input = cls(
            funnel_settings=funnel_settings,
            conditions=conditions,
            sequences=sequences,
            status=status,
            funnel_title=funnel_title,
            funnel_description=funnel_description,
        )

        funnel_sequences_input.additional_properties = d
        return funnel_sequences_input

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
