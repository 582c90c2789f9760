from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_content import TemplateContent


T = TypeVar("T", bound="TemplateInput")


@_attrs_define
class TemplateInput:
    """A template's content, wrapped in `template`.

    Attributes:
        template (TemplateContent): The editable content of an e-mail template, as `GET /templates/{id}` returns it
            (without the id) and as the
            create and update routes take it. `settings` holds `template_config` (free-form design options, see
            `CampaignSettings`) and `footer_settings`.
        template_id (int | Unset): On `POST /templates` only: update this template instead of creating one.
    """

    template: TemplateContent
    template_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template = self.template.to_dict()

        template_id = self.template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template": template,
            }
        )
        if template_id is not UNSET:
            field_dict["template_id"] = template_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template = TemplateContent.from_dict(d.pop("template"))

        template_id = d.pop("template_id", UNSET)

        template_input = cls(
            template=template,
            template_id=template_id,
        )

        template_input.additional_properties = d
        return template_input

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
from ..models.template_content import TemplateContent  # noqa: E402
