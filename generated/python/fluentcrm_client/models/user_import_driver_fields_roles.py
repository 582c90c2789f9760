from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_import_driver_fields_roles_options_item import UserImportDriverFieldsRolesOptionsItem


T = TypeVar("T", bound="UserImportDriverFieldsRoles")


@_attrs_define
class UserImportDriverFieldsRoles:
    """
    Attributes:
        label (str):
        type (str):
        options (list[UserImportDriverFieldsRolesOptionsItem]):
        inline_help (str | Unset):
        input_class (str | Unset):
        has_all_selector (bool | Unset):
        all_selector_label (str | Unset):
    """

    label: str
    type: str
    options: list[UserImportDriverFieldsRolesOptionsItem]
    inline_help: str | Unset = UNSET
    input_class: str | Unset = UNSET
    has_all_selector: bool | Unset = UNSET
    all_selector_label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        type = self.type

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        inline_help = self.inline_help

        input_class = self.input_class

        has_all_selector = self.has_all_selector

        all_selector_label = self.all_selector_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "type": type,
                "options": options,
            }
        )
        if inline_help is not UNSET:
            field_dict["inline_help"] = inline_help
        if input_class is not UNSET:
            field_dict["input_class"] = input_class
        if has_all_selector is not UNSET:
            field_dict["has_all_selector"] = has_all_selector
        if all_selector_label is not UNSET:
            field_dict["all_selector_label"] = all_selector_label

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        type = d.pop("type")

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = UserImportDriverFieldsRolesOptionsItem.from_dict(options_item_data)

            options.append(options_item)

        inline_help = d.pop("inline_help", UNSET)

        input_class = d.pop("input_class", UNSET)

        has_all_selector = d.pop("has_all_selector", UNSET)

        all_selector_label = d.pop("all_selector_label", UNSET)

        user_import_driver_fields_roles = cls(
            label=label,
            type=type,
            options=options,
            inline_help=inline_help,
            input_class=input_class,
            has_all_selector=has_all_selector,
            all_selector_label=all_selector_label,
        )

        user_import_driver_fields_roles.additional_properties = d
        return user_import_driver_fields_roles

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
from ..models.user_import_driver_fields_roles_options_item import UserImportDriverFieldsRolesOptionsItem  # noqa: E402
