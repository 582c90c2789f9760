from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_view_save_input_data import ExternalViewSaveInputData


T = TypeVar("T", bound="ExternalViewSaveInput")


@_attrs_define
class ExternalViewSaveInput:
    """Data for the integration that draws a profile section; what `data` holds is up to that integration.

    Attributes:
        section_provider (str):
        data (ExternalViewSaveInputData | Unset):
    """

    section_provider: str
    data: ExternalViewSaveInputData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        section_provider = self.section_provider

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "section_provider": section_provider,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        section_provider = d.pop("section_provider")

        _data = d.pop("data", UNSET)
        data: ExternalViewSaveInputData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ExternalViewSaveInputData.from_dict(_data)

        external_view_save_input = cls(
            section_provider=section_provider,
            data=data,
        )

        external_view_save_input.additional_properties = d
        return external_view_save_input

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
from ..models.external_view_save_input_data import ExternalViewSaveInputData  # noqa: E402
