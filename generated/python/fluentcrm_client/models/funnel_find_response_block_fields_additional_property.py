from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.editor_form_fields import EditorFormFields


from .editor_form import EditorForm

T = TypeVar("T", bound="FunnelFindResponseBlockFieldsAdditionalProperty")


@_attrs_define
class FunnelFindResponseBlockFieldsAdditionalProperty(EditorForm):
    """
    Attributes:
        title (str):
        fields (EditorFormFields):
        sub_title (str | Unset):
    """

    title: str
    fields: EditorFormFields
    sub_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        fields = self.fields.to_dict()

        sub_title = self.sub_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "fields": fields,
            }
        )
        if sub_title is not UNSET:
            field_dict["sub_title"] = sub_title

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        fields = EditorFormFields.from_dict(d.pop("fields"))

        sub_title = d.pop("sub_title", UNSET)

        funnel_find_response_block_fields_additional_property = cls(
            title=title,
            fields=fields,
            sub_title=sub_title,
        )

        funnel_find_response_block_fields_additional_property.additional_properties = d
        return funnel_find_response_block_fields_additional_property

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
from ..models.editor_form_fields import EditorFormFields  # noqa: E402
