from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sync_segments_form_find_by import SyncSegmentsFormFindBy, check_sync_segments_form_find_by
from ..models.sync_segments_form_type import SyncSegmentsFormType, check_sync_segments_form_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SyncSegmentsForm")


@_attrs_define
class SyncSegmentsForm:
    """`SyncSegmentsInput` as a PHP form: the lists are sent as `subscribers[]=`, `attach[]=` and `detach[]=`.

    Attributes:
        type (SyncSegmentsFormType):
        subscribers (list[int]):
        attach (list[str] | Unset):
        detach (list[str] | Unset):
        find_by (SyncSegmentsFormFindBy | Unset):
    """

    type: SyncSegmentsFormType
    subscribers: list[int]
    attach: list[str] | Unset = UNSET
    detach: list[str] | Unset = UNSET
    find_by: SyncSegmentsFormFindBy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type: str = self.type

        subscribers = self.subscribers

        attach: list[str] | Unset = UNSET
        if not isinstance(self.attach, Unset):
            attach = self.attach

        detach: list[str] | Unset = UNSET
        if not isinstance(self.detach, Unset):
            detach = self.detach

        find_by: str | Unset = UNSET
        if not isinstance(self.find_by, Unset):
            find_by = self.find_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
                "subscribers[]": subscribers,
            }
        )
        if attach is not UNSET:
            field_dict["attach[]"] = attach
        if detach is not UNSET:
            field_dict["detach[]"] = detach
        if find_by is not UNSET:
            field_dict["find_by"] = find_by

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type = check_sync_segments_form_type(d.pop("type"))

        subscribers = cast(list[int], d.pop("subscribers[]"))

        attach = cast(list[str], d.pop("attach[]", UNSET))

        detach = cast(list[str], d.pop("detach[]", UNSET))

        _find_by = d.pop("find_by", UNSET)
        find_by: SyncSegmentsFormFindBy | Unset
        if isinstance(_find_by, Unset):
            find_by = UNSET
        else:
            find_by = check_sync_segments_form_find_by(_find_by)

        sync_segments_form = cls(
            type=type,
            subscribers=subscribers,
            attach=attach,
            detach=detach,
            find_by=find_by,
        )

        sync_segments_form.additional_properties = d
        return sync_segments_form

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
