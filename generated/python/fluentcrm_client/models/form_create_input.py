from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.form_create_input_template_id import FormCreateInputTemplateId, check_form_create_input_template_id
from ..types import UNSET, Unset

T = TypeVar("T", bound="FormCreateInput")


@_attrs_define
class FormCreateInput:
    """A new opt-in form.

    Attributes:
        template_id (FormCreateInputTemplateId):
        title (str):
        selected_tags (list[int]):
        selected_list (int):
        double_optin (bool | Unset):
    """

    template_id: FormCreateInputTemplateId
    title: str
    selected_tags: list[int]
    selected_list: int
    double_optin: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_id: str = self.template_id

        title = self.title

        selected_tags = self.selected_tags

        selected_list = self.selected_list

        double_optin = self.double_optin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template_id": template_id,
                "title": title,
                "selected_tags": selected_tags,
                "selected_list": selected_list,
            }
        )
        if double_optin is not UNSET:
            field_dict["double_optin"] = double_optin

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template_id = check_form_create_input_template_id(d.pop("template_id"))

        title = d.pop("title")

        selected_tags = cast(list[int], d.pop("selected_tags"))

        selected_list = d.pop("selected_list")

        double_optin = d.pop("double_optin", UNSET)

        form_create_input = cls(
            template_id=template_id,
            title=title,
            selected_tags=selected_tags,
            selected_list=selected_list,
            double_optin=double_optin,
        )

        form_create_input.additional_properties = d
        return form_create_input

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
