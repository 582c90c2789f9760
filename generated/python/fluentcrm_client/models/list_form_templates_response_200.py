from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.list_form_templates_response_200_templates import ListFormTemplatesResponse200Templates


T = TypeVar("T", bound="ListFormTemplatesResponse200")


@_attrs_define
class ListFormTemplatesResponse200:
    """
    Attributes:
        templates (ListFormTemplatesResponse200Templates):
    """

    templates: ListFormTemplatesResponse200Templates
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        templates = self.templates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "templates": templates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        templates = ListFormTemplatesResponse200Templates.from_dict(d.pop("templates"))

        list_form_templates_response_200 = cls(
            templates=templates,
        )

        list_form_templates_response_200.additional_properties = d
        return list_form_templates_response_200

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
from ..models.list_form_templates_response_200_templates import ListFormTemplatesResponse200Templates  # noqa: E402
