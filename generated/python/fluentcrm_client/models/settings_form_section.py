from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.settings_form_section_fields import SettingsFormSectionFields


T = TypeVar("T", bound="SettingsFormSection")


@_attrs_define
class SettingsFormSection:
    """A titled group of settings fields as the admin screen draws it (the `*_fields` of the auto-subscribe settings).

    Attributes:
        title (str):
        sub_title (str):
        fields (SettingsFormSectionFields):
    """

    title: str
    sub_title: str
    fields: SettingsFormSectionFields
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        sub_title = self.sub_title

        fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "sub_title": sub_title,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        sub_title = d.pop("sub_title")

        fields = SettingsFormSectionFields.from_dict(d.pop("fields"))

        settings_form_section = cls(
            title=title,
            sub_title=sub_title,
            fields=fields,
        )

        settings_form_section.additional_properties = d
        return settings_form_section

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
from ..models.settings_form_section_fields import SettingsFormSectionFields  # noqa: E402
