from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_dynamic_segment import CampaignDynamicSegment
    from ..models.campaign_mailer_settings import CampaignMailerSettings
    from ..models.campaign_recipient_segment import CampaignRecipientSegment
    from ..models.campaign_settings_footer_settings import CampaignSettingsFooterSettings
    from ..models.template_config_object import TemplateConfigObject


T = TypeVar("T", bound="CampaignSettings")


@_attrs_define
class CampaignSettings:
    """A campaign's `settings` column: a PHP array FluentCRM serialises into the row and decodes on read. The keys below
    are the ones FluentCRM writes itself (on create, when recipients are drafted and when the campaign is scheduled);
    their types are stable. The object is otherwise free-form: the editor stores whatever it sends back (design
    options, `schedule_range`, keys of add-ons), so further keys are allowed and not described. Rows created outside
    the editor (older versions, imports) have `null` instead of an object.

        Attributes:
            mailer_settings (CampaignMailerSettings | list[str] | Unset): Per-campaign sender override. Stored as sent;
                PHP's empty array `[]` when cleared.
            subscribers (list[CampaignRecipientSegment] | None | Unset): The lists and tags whose contacts receive the
                campaign (with `sending_filter` `list_tag`); `null` after
                `draft-recipients` was called without a selection.
            excluded_subscribers (list[CampaignRecipientSegment] | None | Unset): Lists and tags whose contacts are left
                out; `null` once the campaign was duplicated or scheduled.
            sending_filter (str | Unset): How recipients are chosen. Known values `list_tag`, `dynamic_segment`,
                `advanced_filters`.
            dynamic_segment (CampaignDynamicSegment | list[Any] | None | Unset): The dynamic segment used with
                `sending_filter` `dynamic_segment`; `null` once cleared. FluentCRM stores the settings as sent, so an empty
                segment sent as `[]` (PHP's empty array) comes back as `[]`.
            advanced_filters (list[list[Any]] | Unset): Filter groups for `sending_filter` `advanced_filters`, one array of
                rules per OR-group. A rule is free-form
                (`{source: [provider, field], operator, value}` from the editor, or `[]` for an empty rule), so it is not
                described further.
            template_config (list[str] | TemplateConfigObject | Unset): Design options of an e-mail. The keys FluentCRM's
                own designs write are typed below (sizes in pixels as integers,
                colours and fonts as strings, `""` for "inherit"); designs and add-ons may store further options, so other keys
                are allowed (a string or a number, as the editor sent it). PHP's empty array `[]` when none are stored.
            footer_settings (CampaignSettingsFooterSettings | Unset): Custom footer of the design (editor-defined keys).
            sending_type (str | Unset): How the campaign was (or will be) started. Known values `instant`, `schedule`,
                `range_schedule`.
            schedule_range (list[int] | Unset): With `range_schedule`, the start and end of the sending window as Unix
                timestamps.
            is_transactional (str | Unset): `yes` for a transactional campaign (sent regardless of subscription status),
                `no` otherwise.
    """

    mailer_settings: CampaignMailerSettings | list[str] | Unset = UNSET
    subscribers: list[CampaignRecipientSegment] | None | Unset = UNSET
    excluded_subscribers: list[CampaignRecipientSegment] | None | Unset = UNSET
    sending_filter: str | Unset = UNSET
    dynamic_segment: CampaignDynamicSegment | list[Any] | None | Unset = UNSET
    advanced_filters: list[list[Any]] | Unset = UNSET
    template_config: list[str] | TemplateConfigObject | Unset = UNSET
    footer_settings: CampaignSettingsFooterSettings | Unset = UNSET
    sending_type: str | Unset = UNSET
    schedule_range: list[int] | Unset = UNSET
    is_transactional: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mailer_settings: dict[str, Any] | list[str] | Unset
        if isinstance(self.mailer_settings, Unset):
            mailer_settings = UNSET
        elif isinstance(self.mailer_settings, CampaignMailerSettings):
            mailer_settings = self.mailer_settings.to_dict()
        else:
            mailer_settings = self.mailer_settings

        subscribers: list[dict[str, Any]] | None | Unset
        if isinstance(self.subscribers, Unset):
            subscribers = UNSET
        elif isinstance(self.subscribers, list):
            subscribers = []
            for subscribers_type_0_item_data in self.subscribers:
                subscribers_type_0_item = subscribers_type_0_item_data.to_dict()
                subscribers.append(subscribers_type_0_item)

        else:
            subscribers = self.subscribers

        excluded_subscribers: list[dict[str, Any]] | None | Unset
        if isinstance(self.excluded_subscribers, Unset):
            excluded_subscribers = UNSET
        elif isinstance(self.excluded_subscribers, list):
            excluded_subscribers = []
            for excluded_subscribers_type_0_item_data in self.excluded_subscribers:
                excluded_subscribers_type_0_item = excluded_subscribers_type_0_item_data.to_dict()
                excluded_subscribers.append(excluded_subscribers_type_0_item)

        else:
            excluded_subscribers = self.excluded_subscribers

        sending_filter = self.sending_filter

        dynamic_segment: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.dynamic_segment, Unset):
            dynamic_segment = UNSET
        elif isinstance(self.dynamic_segment, CampaignDynamicSegment):
            dynamic_segment = self.dynamic_segment.to_dict()
        elif isinstance(self.dynamic_segment, list):
            dynamic_segment = self.dynamic_segment

        else:
            dynamic_segment = self.dynamic_segment

        advanced_filters: list[list[Any]] | Unset = UNSET
        if not isinstance(self.advanced_filters, Unset):
            advanced_filters = []
            for advanced_filters_item_data in self.advanced_filters:
                advanced_filters_item = advanced_filters_item_data

                advanced_filters.append(advanced_filters_item)

        template_config: dict[str, Any] | list[str] | Unset
        if isinstance(self.template_config, Unset):
            template_config = UNSET
        elif isinstance(self.template_config, TemplateConfigObject):
            template_config = self.template_config.to_dict()
        else:
            template_config = self.template_config

        footer_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.footer_settings, Unset):
            footer_settings = self.footer_settings.to_dict()

        sending_type = self.sending_type

        schedule_range: list[int] | Unset = UNSET
        if not isinstance(self.schedule_range, Unset):
            schedule_range = self.schedule_range

        is_transactional = self.is_transactional

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mailer_settings is not UNSET:
            field_dict["mailer_settings"] = mailer_settings
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
        if template_config is not UNSET:
            field_dict["template_config"] = template_config
        if footer_settings is not UNSET:
            field_dict["footer_settings"] = footer_settings
        if sending_type is not UNSET:
            field_dict["sending_type"] = sending_type
        if schedule_range is not UNSET:
            field_dict["schedule_range"] = schedule_range
        if is_transactional is not UNSET:
            field_dict["is_transactional"] = is_transactional

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_mailer_settings(data: object) -> CampaignMailerSettings | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mailer_settings_type_0 = CampaignMailerSettings.from_dict(data)

                return mailer_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            mailer_settings_type_1 = cast(list[str], data)

            return mailer_settings_type_1

        mailer_settings = _parse_mailer_settings(d.pop("mailer_settings", UNSET))

        def _parse_subscribers(data: object) -> list[CampaignRecipientSegment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                subscribers_type_0 = []
                _subscribers_type_0 = data
                for subscribers_type_0_item_data in _subscribers_type_0:
                    subscribers_type_0_item = CampaignRecipientSegment.from_dict(subscribers_type_0_item_data)

                    subscribers_type_0.append(subscribers_type_0_item)

                return subscribers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CampaignRecipientSegment] | None | Unset, data)

        subscribers = _parse_subscribers(d.pop("subscribers", UNSET))

        def _parse_excluded_subscribers(data: object) -> list[CampaignRecipientSegment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                excluded_subscribers_type_0 = []
                _excluded_subscribers_type_0 = data
                for excluded_subscribers_type_0_item_data in _excluded_subscribers_type_0:
                    excluded_subscribers_type_0_item = CampaignRecipientSegment.from_dict(
                        excluded_subscribers_type_0_item_data
                    )

                    excluded_subscribers_type_0.append(excluded_subscribers_type_0_item)

                return excluded_subscribers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CampaignRecipientSegment] | None | Unset, data)

        excluded_subscribers = _parse_excluded_subscribers(d.pop("excludedSubscribers", UNSET))

        sending_filter = d.pop("sending_filter", UNSET)

        def _parse_dynamic_segment(data: object) -> CampaignDynamicSegment | list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dynamic_segment_type_0 = CampaignDynamicSegment.from_dict(data)

                return dynamic_segment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dynamic_segment_empty_dynamic_segment = data

                return dynamic_segment_empty_dynamic_segment
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignDynamicSegment | list[Any] | None | Unset, data)

        dynamic_segment = _parse_dynamic_segment(d.pop("dynamic_segment", UNSET))

        _advanced_filters = d.pop("advanced_filters", UNSET)
        advanced_filters: list[list[Any]] | Unset = UNSET
        if _advanced_filters is not UNSET:
            advanced_filters = []
            for advanced_filters_item_data in _advanced_filters:
                advanced_filters_item = advanced_filters_item_data

                advanced_filters.append(advanced_filters_item)

        def _parse_template_config(data: object) -> list[str] | TemplateConfigObject | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_template_config_template_config_object = TemplateConfigObject.from_dict(data)

                return componentsschemas_template_config_template_config_object
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_template_config_type_1 = cast(list[str], data)

            return componentsschemas_template_config_type_1

        template_config = _parse_template_config(d.pop("template_config", UNSET))

        _footer_settings = d.pop("footer_settings", UNSET)
        footer_settings: CampaignSettingsFooterSettings | Unset
        if isinstance(_footer_settings, Unset):
            footer_settings = UNSET
        else:
            footer_settings = CampaignSettingsFooterSettings.from_dict(_footer_settings)

        sending_type = d.pop("sending_type", UNSET)

        schedule_range = cast(list[int], d.pop("schedule_range", UNSET))

        is_transactional = d.pop("is_transactional", UNSET)

        campaign_settings = cls(
            mailer_settings=mailer_settings,
            subscribers=subscribers,
            excluded_subscribers=excluded_subscribers,
            sending_filter=sending_filter,
            dynamic_segment=dynamic_segment,
            advanced_filters=advanced_filters,
            template_config=template_config,
            footer_settings=footer_settings,
            sending_type=sending_type,
            schedule_range=schedule_range,
            is_transactional=is_transactional,
        )

        campaign_settings.additional_properties = d
        return campaign_settings

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
from ..models.campaign_dynamic_segment import CampaignDynamicSegment  # noqa: E402
from ..models.campaign_mailer_settings import CampaignMailerSettings  # noqa: E402
from ..models.campaign_recipient_segment import CampaignRecipientSegment  # noqa: E402
from ..models.campaign_settings_footer_settings import CampaignSettingsFooterSettings  # noqa: E402
from ..models.template_config_object import TemplateConfigObject  # noqa: E402
