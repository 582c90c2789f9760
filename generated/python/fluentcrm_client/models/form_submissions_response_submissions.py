from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.form_submissions_response_submissions_data_item import FormSubmissionsResponseSubmissionsDataItem


T = TypeVar("T", bound="FormSubmissionsResponseSubmissions")


@_attrs_define
class FormSubmissionsResponseSubmissions:
    """
    Attributes:
        data (list[FormSubmissionsResponseSubmissionsDataItem]):
        total (int):
    """

    data: list[FormSubmissionsResponseSubmissionsDataItem]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = FormSubmissionsResponseSubmissionsDataItem.from_dict(data_item_data)

            data.append(data_item)

        total = d.pop("total")

        form_submissions_response_submissions = cls(
            data=data,
            total=total,
        )

        form_submissions_response_submissions.additional_properties = d
        return form_submissions_response_submissions

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
from ..models.form_submissions_response_submissions_data_item import FormSubmissionsResponseSubmissionsDataItem  # noqa: E402
