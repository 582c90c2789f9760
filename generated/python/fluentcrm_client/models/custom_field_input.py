from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_input_field_key import CustomFieldInputFieldKey, check_custom_field_input_field_key
from ..models.custom_field_input_type import CustomFieldInputType, check_custom_field_input_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldInput")


@_attrs_define
class CustomFieldInput:
    """One field definition in a `PUT /custom-fields/contacts` request. `slug` may be left out for a new field: the server
    derives it from the label and makes it unique.

        Attributes:
            field_key (CustomFieldInputFieldKey): Key of the field type in the `field_types` catalogue.
            type (CustomFieldInputType): Input type; must be the `type` of the chosen catalogue entry.
            label (str):
            slug (str | Unset): Key for contact values. Keep the slug of an existing field to keep its stored values; a
                later duplicate of a slug is dropped.
            group (str | Unset): Title of the group to show the field under, e.g. `Default`.
            options (list[str] | Unset): Choices; needed for select, radio and checkbox fields.
    """

    field_key: CustomFieldInputFieldKey
    type: CustomFieldInputType
    label: str
    slug: str | Unset = UNSET
    group: str | Unset = UNSET
    options: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_key: str = self.field_key

        type: str = self.type

        label = self.label

        slug = self.slug

        group = self.group

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_key": field_key,
                "type": type,
                "label": label,
            }
        )
        if slug is not UNSET:
            field_dict["slug"] = slug
        if group is not UNSET:
            field_dict["group"] = group
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_key = check_custom_field_input_field_key(d.pop("field_key"))

        type = check_custom_field_input_type(d.pop("type"))

        label = d.pop("label")

        slug = d.pop("slug", UNSET)

        group = d.pop("group", UNSET)

        options = cast(list[str], d.pop("options", UNSET))

        custom_field_input = cls(
            field_key=field_key,
            type=type,
            label=label,
            slug=slug,
            group=group,
            options=options,
        )

        custom_field_input.additional_properties = d
        return custom_field_input

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
