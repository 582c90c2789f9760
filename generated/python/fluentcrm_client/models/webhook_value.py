from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookValue")


@_attrs_define
class WebhookValue:
    """The settings of an incoming contact webhook (stored serialised in `fc_meta`). `name`, `status`, `lists`, `tags` and
    `url` are what FluentCRM's screen writes; `companies` appears once the webhook was updated. The create operation
    stores **every** parameter of the request here, so any other key a client sent comes back as well, and it does
    not check types: a `name` or `status` sent as a list, a number or a boolean is stored as such (the emulator refuses
    it with 422). This
    description covers the string values FluentCRM's screen writes.

        Attributes:
            name (str):
            status (str): Status given to contacts the webhook creates (open set, normally a contact status).
            url (str): The address a remote system posts contacts to (`<site>/?fluentcrm=1&route=contact&hash=<key>`).
            lists (Any | Unset): A `lists`, `tags` or `companies` entry of a webhook's settings, stored exactly as the
                client sent it: normally an array of ids (integers or numeric strings), but the server keeps whatever arrived,
                so any JSON value can come back.
            tags (Any | Unset): A `lists`, `tags` or `companies` entry of a webhook's settings, stored exactly as the client
                sent it: normally an array of ids (integers or numeric strings), but the server keeps whatever arrived, so any
                JSON value can come back.
            companies (Any | Unset): A `lists`, `tags` or `companies` entry of a webhook's settings, stored exactly as the
                client sent it: normally an array of ids (integers or numeric strings), but the server keeps whatever arrived,
                so any JSON value can come back.
    """

    name: str
    status: str
    url: str
    lists: Any | Unset = UNSET
    tags: Any | Unset = UNSET
    companies: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status = self.status

        url = self.url

        lists = self.lists

        tags = self.tags

        companies = self.companies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "status": status,
                "url": url,
            }
        )
        if lists is not UNSET:
            field_dict["lists"] = lists
        if tags is not UNSET:
            field_dict["tags"] = tags
        if companies is not UNSET:
            field_dict["companies"] = companies

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        status = d.pop("status")

        url = d.pop("url")

        lists = d.pop("lists", UNSET)

        tags = d.pop("tags", UNSET)

        companies = d.pop("companies", UNSET)

        webhook_value = cls(
            name=name,
            status=status,
            url=url,
            lists=lists,
            tags=tags,
            companies=companies,
        )

        webhook_value.additional_properties = d
        return webhook_value

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
