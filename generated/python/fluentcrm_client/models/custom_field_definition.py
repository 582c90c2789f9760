from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldDefinition")


@_attrs_define
class CustomFieldDefinition:
    """One contact custom field as stored in the site options. FluentCRM checks nothing when the set is saved: it only
    fills in a missing `slug` and drops later duplicates of a slug, and stores every entry with every key exactly as
    it was sent. What the FluentCRM admin (and a request that follows `CustomFieldInput`) writes is described below,
    with the types it writes; a definition saved through the API by another client can lack any key but `slug` and
    give any JSON value back in any of them (an empty object comes back as `[]`, PHP's encoding of an empty map).
    Further keys may appear as well.

        Attributes:
            slug (Any): Key of the value in a contact's `custom_values`, a string. Generated from the label when the field
                was saved without one (spaces become underscores, at most 25 characters, `cf_` prefixed when it would clash with
                a contact column); a non-empty slug that was sent is kept as it was, whatever its type.
            field_key (Any | Unset): Key of the field type in the `field_types` catalogue, a string. Known values: `text`,
                `textarea`, `number`, `single-select`, `multi-select`, `radio`, `checkbox`, `date`, `date_time`; add-ons may
                register more.
            type (Any | Unset): Input type, the `type` of the catalogue entry, a string. Known values: `text`, `textarea`,
                `number`, `select-one`, `select-multi`, `radio`, `checkbox`, `date`, `date_time`.
            label (Any | Unset): Name shown to people, a string.
            group (Any | Unset): Title of the group the field is shown under, a string.
            options (Any | Unset): Choices of a select, radio or checkbox field: an array of strings as the FluentCRM admin
                writes it. Whatever else was sent is given back unchanged, so the items (or the value itself) may be of any JSON
                type.
    """

    slug: Any
    field_key: Any | Unset = UNSET
    type: Any | Unset = UNSET
    label: Any | Unset = UNSET
    group: Any | Unset = UNSET
    options: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        field_key = self.field_key

        type = self.type

        label = self.label

        group = self.group

        options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
            }
        )
        if field_key is not UNSET:
            field_dict["field_key"] = field_key
        if type is not UNSET:
            field_dict["type"] = type
        if label is not UNSET:
            field_dict["label"] = label
        if group is not UNSET:
            field_dict["group"] = group
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        field_key = d.pop("field_key", UNSET)

        type = d.pop("type", UNSET)

        label = d.pop("label", UNSET)

        group = d.pop("group", UNSET)

        options = d.pop("options", UNSET)

        custom_field_definition = cls(
            slug=slug,
            field_key=field_key,
            type=type,
            label=label,
            group=group,
            options=options,
        )

        custom_field_definition.additional_properties = d
        return custom_field_definition

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
