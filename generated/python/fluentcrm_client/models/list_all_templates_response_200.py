from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.smartcodes_item import SmartcodesItem
    from ..models.template_post import TemplatePost


T = TypeVar("T", bound="ListAllTemplatesResponse200")


@_attrs_define
class ListAllTemplatesResponse200:
    """
    Attributes:
        templates (list[TemplatePost]):
        smartcodes (list[SmartcodesItem]): The smart codes an e-mail may use, in groups (contact fields, custom fields,
            general, ...).
    """

    templates: list[TemplatePost]
    smartcodes: list[SmartcodesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        templates = []
        for templates_item_data in self.templates:
            templates_item = templates_item_data.to_dict()
            templates.append(templates_item)

        smartcodes = []
        for componentsschemas_smartcodes_item_data in self.smartcodes:
            componentsschemas_smartcodes_item = componentsschemas_smartcodes_item_data.to_dict()
            smartcodes.append(componentsschemas_smartcodes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "templates": templates,
                "smartcodes": smartcodes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        templates = []
        _templates = d.pop("templates")
        for templates_item_data in _templates:
            templates_item = TemplatePost.from_dict(templates_item_data)

            templates.append(templates_item)

        smartcodes = []
        _smartcodes = d.pop("smartcodes")
        for componentsschemas_smartcodes_item_data in _smartcodes:
            componentsschemas_smartcodes_item = SmartcodesItem.from_dict(componentsschemas_smartcodes_item_data)

            smartcodes.append(componentsschemas_smartcodes_item)

        list_all_templates_response_200 = cls(
            templates=templates,
            smartcodes=smartcodes,
        )

        list_all_templates_response_200.additional_properties = d
        return list_all_templates_response_200

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
from ..models.smartcodes_item import SmartcodesItem  # noqa: E402
from ..models.template_post import TemplatePost  # noqa: E402
