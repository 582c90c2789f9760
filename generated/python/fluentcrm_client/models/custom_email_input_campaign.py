from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_email_input_campaign_design_template import (
    CustomEmailInputCampaignDesignTemplate,
    check_custom_email_input_campaign_design_template,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomEmailInputCampaign")


@_attrs_define
class CustomEmailInputCampaign:
    """
    Attributes:
        email_subject (str):  Example: A note for you.
        email_body (str):  Example: <p>Hello {{contact.first_name}}</p>.
        email_pre_header (str | Unset):
        design_template (CustomEmailInputCampaignDesignTemplate | Unset):
    """

    email_subject: str
    email_body: str
    email_pre_header: str | Unset = UNSET
    design_template: CustomEmailInputCampaignDesignTemplate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_subject = self.email_subject

        email_body = self.email_body

        email_pre_header = self.email_pre_header

        design_template: str | Unset = UNSET
        if not isinstance(self.design_template, Unset):
            design_template = self.design_template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email_subject": email_subject,
                "email_body": email_body,
            }
        )
        if email_pre_header is not UNSET:
            field_dict["email_pre_header"] = email_pre_header
        if design_template is not UNSET:
            field_dict["design_template"] = design_template

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_subject = d.pop("email_subject")

        email_body = d.pop("email_body")

        email_pre_header = d.pop("email_pre_header", UNSET)

        _design_template = d.pop("design_template", UNSET)
        design_template: CustomEmailInputCampaignDesignTemplate | Unset
        if isinstance(_design_template, Unset):
            design_template = UNSET
        else:
            design_template = check_custom_email_input_campaign_design_template(_design_template)

        custom_email_input_campaign = cls(
            email_subject=email_subject,
            email_body=email_body,
            email_pre_header=email_pre_header,
            design_template=design_template,
        )

        custom_email_input_campaign.additional_properties = d
        return custom_email_input_campaign

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
