from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.double_optin_settings_tag_redirects_item import DoubleOptinSettingsTagRedirectsItem


T = TypeVar("T", bound="DoubleOptinSettings")


@_attrs_define
class DoubleOptinSettings:
    """The double opt-in e-mail and what happens after confirmation, globally or for one list. The default is served
    until something is saved; a saved object comes back exactly as it was sent.

        Attributes:
            email_subject (str | Unset): Subject of the confirmation e-mail.
            email_pre_header (str | Unset): Pre-header text of the e-mail.
            design_template (str | Unset): E-mail design (`simple`, `plain`, `classic`, `raw_classic`).
            email_body (str | Unset): HTML body; contains `#activate_link#` or `{{crm.activate_button|...}}`.
            after_confirmation_type (str | Unset): `message` (show `after_confirm_message`) or `redirect` (go to
                `after_conf_redirect_url`).
            after_confirm_message (str | Unset): HTML shown after confirmation.
            after_conf_redirect_url (str | Unset): Where to redirect after confirmation.
            tag_based_redirect (str | Unset): `yes` to redirect by the contact's tags (needs FluentCRM Pro); the default is
                `no`.
            tag_redirects (list[DoubleOptinSettingsTagRedirectsItem] | Unset): Tag-to-URL mappings; the default holds one
                empty row.
    """

    email_subject: str | Unset = UNSET
    email_pre_header: str | Unset = UNSET
    design_template: str | Unset = UNSET
    email_body: str | Unset = UNSET
    after_confirmation_type: str | Unset = UNSET
    after_confirm_message: str | Unset = UNSET
    after_conf_redirect_url: str | Unset = UNSET
    tag_based_redirect: str | Unset = UNSET
    tag_redirects: list[DoubleOptinSettingsTagRedirectsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_subject = self.email_subject

        email_pre_header = self.email_pre_header

        design_template = self.design_template

        email_body = self.email_body

        after_confirmation_type = self.after_confirmation_type

        after_confirm_message = self.after_confirm_message

        after_conf_redirect_url = self.after_conf_redirect_url

        tag_based_redirect = self.tag_based_redirect

        tag_redirects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tag_redirects, Unset):
            tag_redirects = []
            for tag_redirects_item_data in self.tag_redirects:
                tag_redirects_item = tag_redirects_item_data.to_dict()
                tag_redirects.append(tag_redirects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_subject is not UNSET:
            field_dict["email_subject"] = email_subject
        if email_pre_header is not UNSET:
            field_dict["email_pre_header"] = email_pre_header
        if design_template is not UNSET:
            field_dict["design_template"] = design_template
        if email_body is not UNSET:
            field_dict["email_body"] = email_body
        if after_confirmation_type is not UNSET:
            field_dict["after_confirmation_type"] = after_confirmation_type
        if after_confirm_message is not UNSET:
            field_dict["after_confirm_message"] = after_confirm_message
        if after_conf_redirect_url is not UNSET:
            field_dict["after_conf_redirect_url"] = after_conf_redirect_url
        if tag_based_redirect is not UNSET:
            field_dict["tag_based_redirect"] = tag_based_redirect
        if tag_redirects is not UNSET:
            field_dict["tag_redirects"] = tag_redirects

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_subject = d.pop("email_subject", UNSET)

        email_pre_header = d.pop("email_pre_header", UNSET)

        design_template = d.pop("design_template", UNSET)

        email_body = d.pop("email_body", UNSET)

        after_confirmation_type = d.pop("after_confirmation_type", UNSET)

        after_confirm_message = d.pop("after_confirm_message", UNSET)

        after_conf_redirect_url = d.pop("after_conf_redirect_url", UNSET)

        tag_based_redirect = d.pop("tag_based_redirect", UNSET)

        _tag_redirects = d.pop("tag_redirects", UNSET)
        tag_redirects: list[DoubleOptinSettingsTagRedirectsItem] | Unset = UNSET
        if _tag_redirects is not UNSET:
            tag_redirects = []
            for tag_redirects_item_data in _tag_redirects:
                tag_redirects_item = DoubleOptinSettingsTagRedirectsItem.from_dict(tag_redirects_item_data)

                tag_redirects.append(tag_redirects_item)

        double_optin_settings = cls(
            email_subject=email_subject,
            email_pre_header=email_pre_header,
            design_template=design_template,
            email_body=email_body,
            after_confirmation_type=after_confirmation_type,
            after_confirm_message=after_confirm_message,
            after_conf_redirect_url=after_conf_redirect_url,
            tag_based_redirect=tag_based_redirect,
            tag_redirects=tag_redirects,
        )

        double_optin_settings.additional_properties = d
        return double_optin_settings

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
from ..models.double_optin_settings_tag_redirects_item import DoubleOptinSettingsTagRedirectsItem  # noqa: E402
