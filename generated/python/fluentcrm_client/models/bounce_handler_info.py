from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BounceHandlerInfo")


@_attrs_define
class BounceHandlerInfo:
    """Where one e-mail service should send its bounce and complaint webhooks.

    Attributes:
        label (str): Service name.
        webhook_url (str): The URL to configure at the service. It ends with (or, for Amazon SES, carries as
            `verify_key`) the site's
            secret bounce key.
        doc_url (str):
        input_title (str):
        input_info (str):
    """

    label: str
    webhook_url: str
    doc_url: str
    input_title: str
    input_info: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        webhook_url = self.webhook_url

        doc_url = self.doc_url

        input_title = self.input_title

        input_info = self.input_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "webhook_url": webhook_url,
                "doc_url": doc_url,
                "input_title": input_title,
                "input_info": input_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        webhook_url = d.pop("webhook_url")

        doc_url = d.pop("doc_url")

        input_title = d.pop("input_title")

        input_info = d.pop("input_info")

        bounce_handler_info = cls(
            label=label,
            webhook_url=webhook_url,
            doc_url=doc_url,
            input_title=input_title,
            input_info=input_info,
        )

        bounce_handler_info.additional_properties = d
        return bounce_handler_info

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
