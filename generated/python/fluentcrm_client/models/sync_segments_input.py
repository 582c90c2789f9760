from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sync_segments_input_find_by import SyncSegmentsInputFindBy, check_sync_segments_input_find_by
from ..models.sync_segments_input_type import SyncSegmentsInputType, check_sync_segments_input_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SyncSegmentsInput")


@_attrs_define
class SyncSegmentsInput:
    """Tags or lists to attach to and detach from several contacts. `attach` and `detach` name the tags (or lists) by
    slug, or by id with `find_by: id`; names that match nothing are skipped. Without `subscribers` FluentCRM 2.9.84
    crashes with 500.

        Attributes:
            type (SyncSegmentsInputType): Whether `attach` and `detach` name tags or lists.
            subscribers (list[int]):
            attach (list[int | str] | Unset):
            detach (list[int | str] | Unset):
            find_by (SyncSegmentsInputFindBy | Unset):  Default: 'slug'.
    """

    type: SyncSegmentsInputType
    subscribers: list[int]
    attach: list[int | str] | Unset = UNSET
    detach: list[int | str] | Unset = UNSET
    find_by: SyncSegmentsInputFindBy | Unset = "slug"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type: str = self.type

        subscribers = self.subscribers

        attach: list[int | str] | Unset = UNSET
        if not isinstance(self.attach, Unset):
            attach = []
            for attach_item_data in self.attach:
                attach_item: int | str
                attach_item = attach_item_data
                attach.append(attach_item)

        detach: list[int | str] | Unset = UNSET
        if not isinstance(self.detach, Unset):
            detach = []
            for detach_item_data in self.detach:
                detach_item: int | str
                detach_item = detach_item_data
                detach.append(detach_item)

        find_by: str | Unset = UNSET
        if not isinstance(self.find_by, Unset):
            find_by = self.find_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
                "subscribers": subscribers,
            }
        )
        if attach is not UNSET:
            field_dict["attach"] = attach
        if detach is not UNSET:
            field_dict["detach"] = detach
        if find_by is not UNSET:
            field_dict["find_by"] = find_by

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type = check_sync_segments_input_type(d.pop("type"))

        subscribers = cast(list[int], d.pop("subscribers"))

        _attach = d.pop("attach", UNSET)
        attach: list[int | str] | Unset = UNSET
        if _attach is not UNSET:
            attach = []
            for attach_item_data in _attach:

                def _parse_attach_item(data: object) -> int | str:
                    return cast(int | str, data)

                attach_item = _parse_attach_item(attach_item_data)

                attach.append(attach_item)

        _detach = d.pop("detach", UNSET)
        detach: list[int | str] | Unset = UNSET
        if _detach is not UNSET:
            detach = []
            for detach_item_data in _detach:

                def _parse_detach_item(data: object) -> int | str:
                    return cast(int | str, data)

                detach_item = _parse_detach_item(detach_item_data)

                detach.append(detach_item)

        _find_by = d.pop("find_by", UNSET)
        find_by: SyncSegmentsInputFindBy | Unset
        if isinstance(_find_by, Unset):
            find_by = UNSET
        else:
            find_by = check_sync_segments_input_find_by(_find_by)

        sync_segments_input = cls(
            type=type,
            subscribers=subscribers,
            attach=attach,
            detach=detach,
            find_by=find_by,
        )

        sync_segments_input.additional_properties = d
        return sync_segments_input

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
