from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_object import ListObject
    from ..models.list_webhooks_response_200_companies_item import ListWebhooksResponse200CompaniesItem
    from ..models.tag import Tag
    from ..models.webhook import Webhook
    from ..models.webhook_field import WebhookField


T = TypeVar("T", bound="ListWebhooksResponse200")


@_attrs_define
class ListWebhooksResponse200:
    """
    Attributes:
        webhooks (list[Webhook]):
        fields (list[WebhookField]):
        custom_fields (list[WebhookField]):
        lists (list[ListObject]):
        tags (list[Tag]):
        companies (list[ListWebhooksResponse200CompaniesItem] | Unset): Every company, when the company module is on.
    """

    webhooks: list[Webhook]
    fields: list[WebhookField]
    custom_fields: list[WebhookField]
    lists: list[ListObject]
    tags: list[Tag]
    companies: list[ListWebhooksResponse200CompaniesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhooks = []
        for webhooks_item_data in self.webhooks:
            webhooks_item = webhooks_item_data.to_dict()
            webhooks.append(webhooks_item)

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        lists = []
        for lists_item_data in self.lists:
            lists_item = lists_item_data.to_dict()
            lists.append(lists_item)

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        companies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.companies, Unset):
            companies = []
            for companies_item_data in self.companies:
                companies_item = companies_item_data.to_dict()
                companies.append(companies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhooks": webhooks,
                "fields": fields,
                "custom_fields": custom_fields,
                "lists": lists,
                "tags": tags,
            }
        )
        if companies is not UNSET:
            field_dict["companies"] = companies

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        webhooks = []
        _webhooks = d.pop("webhooks")
        for webhooks_item_data in _webhooks:
            webhooks_item = Webhook.from_dict(webhooks_item_data)

            webhooks.append(webhooks_item)

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = WebhookField.from_dict(fields_item_data)

            fields.append(fields_item)

        custom_fields = []
        _custom_fields = d.pop("custom_fields")
        for custom_fields_item_data in _custom_fields:
            custom_fields_item = WebhookField.from_dict(custom_fields_item_data)

            custom_fields.append(custom_fields_item)

        lists = []
        _lists = d.pop("lists")
        for lists_item_data in _lists:
            lists_item = ListObject.from_dict(lists_item_data)

            lists.append(lists_item)

        tags = []
        _tags = d.pop("tags")
        for tags_item_data in _tags:
            tags_item = Tag.from_dict(tags_item_data)

            tags.append(tags_item)

        _companies = d.pop("companies", UNSET)
        companies: list[ListWebhooksResponse200CompaniesItem] | Unset = UNSET
        if _companies is not UNSET:
            companies = []
            for companies_item_data in _companies:
                companies_item = ListWebhooksResponse200CompaniesItem.from_dict(companies_item_data)

                companies.append(companies_item)

        list_webhooks_response_200 = cls(
            webhooks=webhooks,
            fields=fields,
            custom_fields=custom_fields,
            lists=lists,
            tags=tags,
            companies=companies,
        )

        list_webhooks_response_200.additional_properties = d
        return list_webhooks_response_200

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
from ..models.list_object import ListObject  # noqa: E402
from ..models.list_webhooks_response_200_companies_item import ListWebhooksResponse200CompaniesItem  # noqa: E402
from ..models.tag import Tag  # noqa: E402
from ..models.webhook import Webhook  # noqa: E402
from ..models.webhook_field import WebhookField  # noqa: E402
