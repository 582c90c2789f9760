from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_recipients_input_sending_filter import (
    CampaignRecipientsInputSendingFilter,
    check_campaign_recipients_input_sending_filter,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_recipients_input_advanced_filters_item_item import (
        CampaignRecipientsInputAdvancedFiltersItemItem,
    )
    from ..models.campaign_recipients_input_dynamic_segment import CampaignRecipientsInputDynamicSegment
    from ..models.campaign_recipients_input_excluded_subscribers_item import (
        CampaignRecipientsInputExcludedSubscribersItem,
    )
    from ..models.campaign_recipients_input_subscribers_item import CampaignRecipientsInputSubscribersItem


T = TypeVar("T", bound="CampaignRecipientsInput")


@_attrs_define
class CampaignRecipientsInput:
    """A recipient selection: the lists and tags to include and exclude, or another filter. Every key is optional; an empty
    selection means every subscribed contact.

        Attributes:
            subscribers (list[CampaignRecipientsInputSubscribersItem] | Unset): Lists and tags to include: each row a list
                id and a tag id, or `all`.
            excluded_subscribers (list[CampaignRecipientsInputExcludedSubscribersItem] | Unset): Lists and tags whose
                contacts are left out.
            sending_filter (CampaignRecipientsInputSendingFilter | Unset): How recipients are chosen (default `list_tag`).
                An unknown value selects nobody.
            dynamic_segment (CampaignRecipientsInputDynamicSegment | Unset):
            advanced_filters (list[list[CampaignRecipientsInputAdvancedFiltersItemItem]] | Unset): Filter groups (free-form
                rules of the contact filter).
    """

    subscribers: list[CampaignRecipientsInputSubscribersItem] | Unset = UNSET
    excluded_subscribers: list[CampaignRecipientsInputExcludedSubscribersItem] | Unset = UNSET
    sending_filter: CampaignRecipientsInputSendingFilter | Unset = UNSET
    dynamic_segment: CampaignRecipientsInputDynamicSegment | Unset = UNSET
    advanced_filters: list[list[CampaignRecipientsInputAdvancedFiltersItemItem]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscribers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscribers, Unset):
            subscribers = []
            for subscribers_item_data in self.subscribers:
                subscribers_item = subscribers_item_data.to_dict()
                subscribers.append(subscribers_item)

        excluded_subscribers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.excluded_subscribers, Unset):
            excluded_subscribers = []
            for excluded_subscribers_item_data in self.excluded_subscribers:
                excluded_subscribers_item = excluded_subscribers_item_data.to_dict()
                excluded_subscribers.append(excluded_subscribers_item)

        sending_filter: str | Unset = UNSET
        if not isinstance(self.sending_filter, Unset):
            sending_filter = self.sending_filter

        dynamic_segment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic_segment, Unset):
            dynamic_segment = self.dynamic_segment.to_dict()

        advanced_filters: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.advanced_filters, Unset):
            advanced_filters = []
            for advanced_filters_item_data in self.advanced_filters:
                advanced_filters_item = []
                for advanced_filters_item_item_data in advanced_filters_item_data:
                    advanced_filters_item_item = advanced_filters_item_item_data.to_dict()
                    advanced_filters_item.append(advanced_filters_item_item)

                advanced_filters.append(advanced_filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscribers is not UNSET:
            field_dict["subscribers"] = subscribers
        if excluded_subscribers is not UNSET:
            field_dict["excludedSubscribers"] = excluded_subscribers
        if sending_filter is not UNSET:
            field_dict["sending_filter"] = sending_filter
        if dynamic_segment is not UNSET:
            field_dict["dynamic_segment"] = dynamic_segment
        if advanced_filters is not UNSET:
            field_dict["advanced_filters"] = advanced_filters

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _subscribers = d.pop("subscribers", UNSET)
        subscribers: list[CampaignRecipientsInputSubscribersItem] | Unset = UNSET
        if _subscribers is not UNSET:
            subscribers = []
            for subscribers_item_data in _subscribers:
                subscribers_item = CampaignRecipientsInputSubscribersItem.from_dict(subscribers_item_data)

                subscribers.append(subscribers_item)

        _excluded_subscribers = d.pop("excludedSubscribers", UNSET)
        excluded_subscribers: list[CampaignRecipientsInputExcludedSubscribersItem] | Unset = UNSET
        if _excluded_subscribers is not UNSET:
            excluded_subscribers = []
            for excluded_subscribers_item_data in _excluded_subscribers:
                excluded_subscribers_item = CampaignRecipientsInputExcludedSubscribersItem.from_dict(
                    excluded_subscribers_item_data
                )

                excluded_subscribers.append(excluded_subscribers_item)

        _sending_filter = d.pop("sending_filter", UNSET)
        sending_filter: CampaignRecipientsInputSendingFilter | Unset
        if isinstance(_sending_filter, Unset):
            sending_filter = UNSET
        else:
            sending_filter = check_campaign_recipients_input_sending_filter(_sending_filter)

        _dynamic_segment = d.pop("dynamic_segment", UNSET)
        dynamic_segment: CampaignRecipientsInputDynamicSegment | Unset
        if isinstance(_dynamic_segment, Unset):
            dynamic_segment = UNSET
        else:
            dynamic_segment = CampaignRecipientsInputDynamicSegment.from_dict(_dynamic_segment)

        _advanced_filters = d.pop("advanced_filters", UNSET)
        advanced_filters: list[list[CampaignRecipientsInputAdvancedFiltersItemItem]] | Unset = UNSET
        if _advanced_filters is not UNSET:
            advanced_filters = []
            for advanced_filters_item_data in _advanced_filters:
                advanced_filters_item = []
                _advanced_filters_item = advanced_filters_item_data
                for advanced_filters_item_item_data in _advanced_filters_item:
                    advanced_filters_item_item = CampaignRecipientsInputAdvancedFiltersItemItem.from_dict(
                        advanced_filters_item_item_data
                    )

                    advanced_filters_item.append(advanced_filters_item_item)

                advanced_filters.append(advanced_filters_item)

        campaign_recipients_input = cls(
            subscribers=subscribers,
            excluded_subscribers=excluded_subscribers,
            sending_filter=sending_filter,
            dynamic_segment=dynamic_segment,
            advanced_filters=advanced_filters,
        )

        campaign_recipients_input.additional_properties = d
        return campaign_recipients_input

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
from ..models.campaign_recipients_input_advanced_filters_item_item import CampaignRecipientsInputAdvancedFiltersItemItem  # noqa: E402
from ..models.campaign_recipients_input_dynamic_segment import CampaignRecipientsInputDynamicSegment  # noqa: E402
from ..models.campaign_recipients_input_excluded_subscribers_item import CampaignRecipientsInputExcludedSubscribersItem  # noqa: E402
from ..models.campaign_recipients_input_subscribers_item import CampaignRecipientsInputSubscribersItem  # noqa: E402
