from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldDefinition")


@_attrs_define
class CustomFieldDefinition:
    """One contact custom field as stored in the site options. The server keeps every key the client sent, so further keys
    may appear; the ones below are those the FluentCRM admin writes.

        Attributes:
            field_key (str): Key of the field type in the `field_types` catalogue. Known values: `text`, `textarea`,
                `number`, `single-select`, `multi-select`, `radio`, `checkbox`, `date`, `date_time`; add-ons may register more.
            type_ (str): Input type, the `type` of the catalogue entry. Known values: `text`, `textarea`, `number`, `select-
                one`, `select-multi`, `radio`, `checkbox`, `date`, `date_time`.
            label (str): Name shown to people.
            slug (str): Key of the value in a contact's `custom_values`. Generated from the label when the field was saved
                without one (spaces become underscores, at most 25 characters, `cf_` prefixed when it would clash with a contact
                column).
            group (str | Unset): Title of the group the field is shown under.
            options (list[str] | Unset): Choices of a select, radio or checkbox field.
    """

    field_key: str
    type_: str
    label: str
    slug: str
    group: str | Unset = UNSET
    options: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_key = self.field_key

        type_ = self.type_

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
                "type": type_,
                "label": label,
                "slug": slug,
            }
        )
        if group is not UNSET:
            field_dict["group"] = group
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_key = d.pop("field_key")

        type_ = d.pop("type")

        label = d.pop("label")

        slug = d.pop("slug")

        group = d.pop("group", UNSET)

        options = cast(list[str], d.pop("options", UNSET))

        custom_field_definition = cls(
            field_key=field_key,
            type_=type_,
            label=label,
            slug=slug,
            group=group,
            options=options,
        )

        custom_field_definition.additional_properties = d
        return custom_field_definition

    @property
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
