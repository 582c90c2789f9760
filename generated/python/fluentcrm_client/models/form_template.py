from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.form_template_map_fields import FormTemplateMapFields


T = TypeVar("T", bound="FormTemplate")


@_attrs_define
class FormTemplate:
    """A Fluent Forms opt-in form template FluentCRM can create a form from.

    Attributes:
        label (str):
        image (str): URL of a preview image.
        id (str):
        form_fields (str): The Fluent Forms field definition, JSON-encoded into a string.
        custom_css (str):
        map_fields (FormTemplateMapFields): Contact field to form input mapping.
    """

    label: str
    image: str
    id: str
    form_fields: str
    custom_css: str
    map_fields: FormTemplateMapFields
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        image = self.image

        id = self.id

        form_fields = self.form_fields

        custom_css = self.custom_css

        map_fields = self.map_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "image": image,
                "id": id,
                "form_fields": form_fields,
                "custom_css": custom_css,
                "map_fields": map_fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        image = d.pop("image")

        id = d.pop("id")

        form_fields = d.pop("form_fields")

        custom_css = d.pop("custom_css")

        map_fields = FormTemplateMapFields.from_dict(d.pop("map_fields"))

        form_template = cls(
            label=label,
            image=image,
            id=id,
            form_fields=form_fields,
            custom_css=custom_css,
            map_fields=map_fields,
        )

        form_template.additional_properties = d
        return form_template

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
from ..models.form_template_map_fields import FormTemplateMapFields  # noqa: E402
