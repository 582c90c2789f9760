from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_mock_settings import EmailMockSettings


T = TypeVar("T", bound="EmailMock")


@_attrs_define
class EmailMock:
    """A blank custom e-mail, the starting point of the "send an e-mail to this contact" editor. `id` and
    `template_id` are empty strings because nothing is stored yet; `utm_status` is the integer `0`.

        Attributes:
            id (str):
            title (str):
            status (str):
            template_id (str):
            email_subject (str):
            email_pre_header (str):
            email_body (str):
            utm_status (int):
            design_template (str):
            settings (EmailMockSettings):
            utm_source (str | Unset):
            utm_medium (str | Unset):
            utm_campaign (str | Unset):
            utm_term (str | Unset):
            utm_content (str | Unset):
    """

    id: str
    title: str
    status: str
    template_id: str
    email_subject: str
    email_pre_header: str
    email_body: str
    utm_status: int
    design_template: str
    settings: EmailMockSettings
    utm_source: str | Unset = UNSET
    utm_medium: str | Unset = UNSET
    utm_campaign: str | Unset = UNSET
    utm_term: str | Unset = UNSET
    utm_content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        status = self.status

        template_id = self.template_id

        email_subject = self.email_subject

        email_pre_header = self.email_pre_header

        email_body = self.email_body

        utm_status = self.utm_status

        design_template = self.design_template

        settings = self.settings.to_dict()

        utm_source = self.utm_source

        utm_medium = self.utm_medium

        utm_campaign = self.utm_campaign

        utm_term = self.utm_term

        utm_content = self.utm_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "status": status,
                "template_id": template_id,
                "email_subject": email_subject,
                "email_pre_header": email_pre_header,
                "email_body": email_body,
                "utm_status": utm_status,
                "design_template": design_template,
                "settings": settings,
            }
        )
        if utm_source is not UNSET:
            field_dict["utm_source"] = utm_source
        if utm_medium is not UNSET:
            field_dict["utm_medium"] = utm_medium
        if utm_campaign is not UNSET:
            field_dict["utm_campaign"] = utm_campaign
        if utm_term is not UNSET:
            field_dict["utm_term"] = utm_term
        if utm_content is not UNSET:
            field_dict["utm_content"] = utm_content

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        status = d.pop("status")

        template_id = d.pop("template_id")

        email_subject = d.pop("email_subject")

        email_pre_header = d.pop("email_pre_header")

        email_body = d.pop("email_body")

        utm_status = d.pop("utm_status")

        design_template = d.pop("design_template")

        settings = EmailMockSettings.from_dict(d.pop("settings"))

        utm_source = d.pop("utm_source", UNSET)

        utm_medium = d.pop("utm_medium", UNSET)

        utm_campaign = d.pop("utm_campaign", UNSET)

        utm_term = d.pop("utm_term", UNSET)

        utm_content = d.pop("utm_content", UNSET)

        email_mock = cls(
            id=id,
            title=title,
            status=status,
            template_id=template_id,
            email_subject=email_subject,
            email_pre_header=email_pre_header,
            email_body=email_body,
            utm_status=utm_status,
            design_template=design_template,
            settings=settings,
            utm_source=utm_source,
            utm_medium=utm_medium,
            utm_campaign=utm_campaign,
            utm_term=utm_term,
            utm_content=utm_content,
        )

        email_mock.additional_properties = d
        return email_mock

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
from ..models.email_mock_settings import EmailMockSettings  # noqa: E402
