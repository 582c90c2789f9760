from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_content_settings import TemplateContentSettings


T = TypeVar("T", bound="TemplateContent")


@_attrs_define
class TemplateContent:
    """The editable content of an e-mail template, as `GET /templates/{id}` returns it (without the id) and as the
    create and update routes take it. `settings` holds `template_config` (free-form design options, see
    `CampaignSettings`) and `footer_settings`.

        Attributes:
            post_title (str | Unset):
            post_content (str | Unset): The body as HTML.
            post_excerpt (str | Unset):
            email_subject (str | Unset):
            edit_type (str | Unset):
            design_template (str | Unset):
            settings (TemplateContentSettings | Unset):
    """

    post_title: str | Unset = UNSET
    post_content: str | Unset = UNSET
    post_excerpt: str | Unset = UNSET
    email_subject: str | Unset = UNSET
    edit_type: str | Unset = UNSET
    design_template: str | Unset = UNSET
    settings: TemplateContentSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        post_title = self.post_title

        post_content = self.post_content

        post_excerpt = self.post_excerpt

        email_subject = self.email_subject

        edit_type = self.edit_type

        design_template = self.design_template

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if post_title is not UNSET:
            field_dict["post_title"] = post_title
        if post_content is not UNSET:
            field_dict["post_content"] = post_content
        if post_excerpt is not UNSET:
            field_dict["post_excerpt"] = post_excerpt
        if email_subject is not UNSET:
            field_dict["email_subject"] = email_subject
        if edit_type is not UNSET:
            field_dict["edit_type"] = edit_type
        if design_template is not UNSET:
            field_dict["design_template"] = design_template
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        post_title = d.pop("post_title", UNSET)

        post_content = d.pop("post_content", UNSET)

        post_excerpt = d.pop("post_excerpt", UNSET)

        email_subject = d.pop("email_subject", UNSET)

        edit_type = d.pop("edit_type", UNSET)

        design_template = d.pop("design_template", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: TemplateContentSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = TemplateContentSettings.from_dict(_settings)

        template_content = cls(
            post_title=post_title,
            post_content=post_content,
            post_excerpt=post_excerpt,
            email_subject=email_subject,
            edit_type=edit_type,
            design_template=design_template,
            settings=settings,
        )

        template_content.additional_properties = d
        return template_content

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
from ..models.template_content_settings import TemplateContentSettings  # noqa: E402
