from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.double_optin_settings_input_after_confirmation_type import (
    DoubleOptinSettingsInputAfterConfirmationType,
    check_double_optin_settings_input_after_confirmation_type,
)
from ..models.double_optin_settings_input_design_template import (
    DoubleOptinSettingsInputDesignTemplate,
    check_double_optin_settings_input_design_template,
)
from ..models.yes_no_input import YesNoInput, check_yes_no_input
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.double_optin_settings_input_tag_redirects_item import DoubleOptinSettingsInputTagRedirectsItem


T = TypeVar("T", bound="DoubleOptinSettingsInput")


@_attrs_define
class DoubleOptinSettingsInput:
    """The double opt-in settings to store. `email_subject`, `email_body` and `after_confirm_message` are required,
    and `email_body` must contain `#activate_link#` or `{{crm.activate_button`. The object is stored as sent.

        Attributes:
            email_subject (str):
            email_body (str):
            after_confirm_message (str):
            email_pre_header (str | Unset):
            design_template (DoubleOptinSettingsInputDesignTemplate | Unset):
            after_confirmation_type (DoubleOptinSettingsInputAfterConfirmationType | Unset):
            after_conf_redirect_url (str | Unset):
            tag_based_redirect (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes`
                as on.
            tag_redirects (list[DoubleOptinSettingsInputTagRedirectsItem] | Unset):
    """

    email_subject: str
    email_body: str
    after_confirm_message: str
    email_pre_header: str | Unset = UNSET
    design_template: DoubleOptinSettingsInputDesignTemplate | Unset = UNSET
    after_confirmation_type: DoubleOptinSettingsInputAfterConfirmationType | Unset = UNSET
    after_conf_redirect_url: str | Unset = UNSET
    tag_based_redirect: YesNoInput | Unset = UNSET
    tag_redirects: list[DoubleOptinSettingsInputTagRedirectsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_subject = self.email_subject

        email_body = self.email_body

        after_confirm_message = self.after_confirm_message

        email_pre_header = self.email_pre_header

        design_template: str | Unset = UNSET
        if not isinstance(self.design_template, Unset):
            design_template = self.design_template

        after_confirmation_type: str | Unset = UNSET
        if not isinstance(self.after_confirmation_type, Unset):
            after_confirmation_type = self.after_confirmation_type

        after_conf_redirect_url = self.after_conf_redirect_url

        tag_based_redirect: str | Unset = UNSET
        if not isinstance(self.tag_based_redirect, Unset):
            tag_based_redirect = self.tag_based_redirect

        tag_redirects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tag_redirects, Unset):
            tag_redirects = []
            for tag_redirects_item_data in self.tag_redirects:
                tag_redirects_item = tag_redirects_item_data.to_dict()
                tag_redirects.append(tag_redirects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email_subject": email_subject,
                "email_body": email_body,
                "after_confirm_message": after_confirm_message,
            }
        )
        if email_pre_header is not UNSET:
            field_dict["email_pre_header"] = email_pre_header
        if design_template is not UNSET:
            field_dict["design_template"] = design_template
        if after_confirmation_type is not UNSET:
            field_dict["after_confirmation_type"] = after_confirmation_type
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
        email_subject = d.pop("email_subject")

        email_body = d.pop("email_body")

        after_confirm_message = d.pop("after_confirm_message")

        email_pre_header = d.pop("email_pre_header", UNSET)

        _design_template = d.pop("design_template", UNSET)
        design_template: DoubleOptinSettingsInputDesignTemplate | Unset
        if isinstance(_design_template, Unset):
            design_template = UNSET
        else:
            design_template = check_double_optin_settings_input_design_template(_design_template)

        _after_confirmation_type = d.pop("after_confirmation_type", UNSET)
        after_confirmation_type: DoubleOptinSettingsInputAfterConfirmationType | Unset
        if isinstance(_after_confirmation_type, Unset):
            after_confirmation_type = UNSET
        else:
            after_confirmation_type = check_double_optin_settings_input_after_confirmation_type(
                _after_confirmation_type
            )

        after_conf_redirect_url = d.pop("after_conf_redirect_url", UNSET)

        _tag_based_redirect = d.pop("tag_based_redirect", UNSET)
        tag_based_redirect: YesNoInput | Unset
        if isinstance(_tag_based_redirect, Unset):
            tag_based_redirect = UNSET
        else:
            tag_based_redirect = check_yes_no_input(_tag_based_redirect)

        _tag_redirects = d.pop("tag_redirects", UNSET)
        tag_redirects: list[DoubleOptinSettingsInputTagRedirectsItem] | Unset = UNSET
        if _tag_redirects is not UNSET:
            tag_redirects = []
            for tag_redirects_item_data in _tag_redirects:
                tag_redirects_item = DoubleOptinSettingsInputTagRedirectsItem.from_dict(tag_redirects_item_data)

                tag_redirects.append(tag_redirects_item)

        double_optin_settings_input = cls(
            email_subject=email_subject,
            email_body=email_body,
            after_confirm_message=after_confirm_message,
            email_pre_header=email_pre_header,
            design_template=design_template,
            after_confirmation_type=after_confirmation_type,
            after_conf_redirect_url=after_conf_redirect_url,
            tag_based_redirect=tag_based_redirect,
            tag_redirects=tag_redirects,
        )

        double_optin_settings_input.additional_properties = d
        return double_optin_settings_input

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
from ..models.double_optin_settings_input_tag_redirects_item import DoubleOptinSettingsInputTagRedirectsItem  # noqa: E402
