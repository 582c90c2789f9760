from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookValue")


@_attrs_define
class WebhookValue:
    """The settings of an incoming contact webhook (stored serialised in `fc_meta`). `name`, `status`, `lists`, `tags` and
    `url` are what FluentCRM's screen writes; `companies` appears once the webhook was updated. The create operation
    stores **every** parameter of the request here, so any other key a client sent comes back as well.

        Attributes:
            name (str):
            status (str): Status given to contacts the webhook creates (open set, normally a contact status).
            url (str): The address a remote system posts contacts to (`<site>/?fluentcrm=1&route=contact&hash=<key>`).
            lists (list[int | str] | Unset): List ids (as sent, integers or numeric strings) added to every contact the
                webhook receives.
            tags (list[int | str] | Unset): Tag ids (as sent, integers or numeric strings) added to every contact the
                webhook receives.
            companies (list[int | str] | Unset): Company ids (as sent) added to every contact the webhook receives.
    """

    name: str
    status: str
    url: str
    lists: list[int | str] | Unset = UNSET
    tags: list[int | str] | Unset = UNSET
    companies: list[int | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status = self.status

        url = self.url

        lists: list[int | str] | Unset = UNSET
        if not isinstance(self.lists, Unset):
            lists = []
            for lists_item_data in self.lists:
                lists_item: int | str
                lists_item = lists_item_data
                lists.append(lists_item)

        tags: list[int | str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item: int | str
                tags_item = tags_item_data
                tags.append(tags_item)

        companies: list[int | str] | Unset = UNSET
        if not isinstance(self.companies, Unset):
            companies = []
            for companies_item_data in self.companies:
                companies_item: int | str
                companies_item = companies_item_data
                companies.append(companies_item)

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        status = d.pop("status")

        url = d.pop("url")

        _lists = d.pop("lists", UNSET)
        lists: list[int | str] | Unset = UNSET
        if _lists is not UNSET:
            lists = []
            for lists_item_data in _lists:

                def _parse_lists_item(data: object) -> int | str:
                    return cast(int | str, data)

                lists_item = _parse_lists_item(lists_item_data)

                lists.append(lists_item)

        _tags = d.pop("tags", UNSET)
        tags: list[int | str] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:

                def _parse_tags_item(data: object) -> int | str:
                    return cast(int | str, data)

                tags_item = _parse_tags_item(tags_item_data)

                tags.append(tags_item)

        _companies = d.pop("companies", UNSET)
        companies: list[int | str] | Unset = UNSET
        if _companies is not UNSET:
            companies = []
            for companies_item_data in _companies:

                def _parse_companies_item(data: object) -> int | str:
                    return cast(int | str, data)

                companies_item = _parse_companies_item(companies_item_data)

                companies.append(companies_item)

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

    @property
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
