from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_definition import CustomFieldDefinition
    from ..models.report_options_automation_funnels_item import ReportOptionsAutomationFunnelsItem
    from ..models.report_options_campaigns_item import ReportOptionsCampaignsItem
    from ..models.report_options_countries_item import ReportOptionsCountriesItem
    from ..models.report_options_email_sequences_item import ReportOptionsEmailSequencesItem
    from ..models.report_options_lists_item import ReportOptionsListsItem
    from ..models.report_options_profile_sections import ReportOptionsProfileSections
    from ..models.report_options_segments_item import ReportOptionsSegmentsItem
    from ..models.report_options_tags_item import ReportOptionsTagsItem
    from ..models.select_option import SelectOption


T = TypeVar("T", bound="ReportOptions")


@_attrs_define
class ReportOptions:
    """The option lists the admin screens fill their drop-downs from, one key per requested field. Only the fields asked
    for in `fields` are present; names FluentCRM does not know are skipped, and a site with FluentCRM Pro or other
    plugins may answer more fields than the ones described here.

        Attributes:
            lists (list[ReportOptionsListsItem] | Unset): Every list, ordered by title. `subscribersCount` (subscribed
                contacts only) is added with `with_count[]=lists`.
            tags (list[ReportOptionsTagsItem] | Unset): Every tag, ordered by title, with its id repeated as the string
                `value` and its title as `label`.
            campaigns (list[ReportOptionsCampaignsItem] | Unset): Campaigns (id and title).
            statuses (list[SelectOption] | Unset): Every contact status.
            editable_statuses (list[SelectOption] | Unset): The statuses an administrator may set by hand.
            contact_types (list[SelectOption] | Unset):
            user_roles_options (list[SelectOption] | Unset): The WordPress user roles.
            countries (list[ReportOptionsCountriesItem] | Unset): ISO 3166 countries; `id` and `slug` repeat the two-letter
                `code`.
            email_sequences (list[ReportOptionsEmailSequencesItem] | Unset): E-mail sequences (a FluentCRM Pro feature;
                always empty on the free plugin).
            automation_funnels (list[ReportOptionsAutomationFunnelsItem] | Unset): Automations.
            segments (list[ReportOptionsSegmentsItem] | Unset): Dynamic segments (a FluentCRM Pro feature; always empty on
                the free plugin).
            custom_fields (list[CustomFieldDefinition] | Unset): The contact custom-field definitions, as `GET /custom-
                fields/contacts` lists them.
            profile_sections (ReportOptionsProfileSections | Unset): The sections of a contact's profile page, by name.
            sample_csv (str | Unset): URL of the sample CSV file shipped with the plugin.
    """

    lists: list[ReportOptionsListsItem] | Unset = UNSET
    tags: list[ReportOptionsTagsItem] | Unset = UNSET
    campaigns: list[ReportOptionsCampaignsItem] | Unset = UNSET
    statuses: list[SelectOption] | Unset = UNSET
    editable_statuses: list[SelectOption] | Unset = UNSET
    contact_types: list[SelectOption] | Unset = UNSET
    user_roles_options: list[SelectOption] | Unset = UNSET
    countries: list[ReportOptionsCountriesItem] | Unset = UNSET
    email_sequences: list[ReportOptionsEmailSequencesItem] | Unset = UNSET
    automation_funnels: list[ReportOptionsAutomationFunnelsItem] | Unset = UNSET
    segments: list[ReportOptionsSegmentsItem] | Unset = UNSET
    custom_fields: list[CustomFieldDefinition] | Unset = UNSET
    profile_sections: ReportOptionsProfileSections | Unset = UNSET
    sample_csv: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lists, Unset):
            lists = []
            for lists_item_data in self.lists:
                lists_item = lists_item_data.to_dict()
                lists.append(lists_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        campaigns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.campaigns, Unset):
            campaigns = []
            for campaigns_item_data in self.campaigns:
                campaigns_item = campaigns_item_data.to_dict()
                campaigns.append(campaigns_item)

        statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = []
            for statuses_item_data in self.statuses:
                statuses_item = statuses_item_data.to_dict()
                statuses.append(statuses_item)

        editable_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.editable_statuses, Unset):
            editable_statuses = []
            for editable_statuses_item_data in self.editable_statuses:
                editable_statuses_item = editable_statuses_item_data.to_dict()
                editable_statuses.append(editable_statuses_item)

        contact_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_types, Unset):
            contact_types = []
            for contact_types_item_data in self.contact_types:
                contact_types_item = contact_types_item_data.to_dict()
                contact_types.append(contact_types_item)

        user_roles_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_roles_options, Unset):
            user_roles_options = []
            for user_roles_options_item_data in self.user_roles_options:
                user_roles_options_item = user_roles_options_item_data.to_dict()
                user_roles_options.append(user_roles_options_item)

        countries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = []
            for countries_item_data in self.countries:
                countries_item = countries_item_data.to_dict()
                countries.append(countries_item)

        email_sequences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.email_sequences, Unset):
            email_sequences = []
            for email_sequences_item_data in self.email_sequences:
                email_sequences_item = email_sequences_item_data.to_dict()
                email_sequences.append(email_sequences_item)

        automation_funnels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.automation_funnels, Unset):
            automation_funnels = []
            for automation_funnels_item_data in self.automation_funnels:
                automation_funnels_item = automation_funnels_item_data.to_dict()
                automation_funnels.append(automation_funnels_item)

        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        profile_sections: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile_sections, Unset):
            profile_sections = self.profile_sections.to_dict()

        sample_csv = self.sample_csv

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lists is not UNSET:
            field_dict["lists"] = lists
        if tags is not UNSET:
            field_dict["tags"] = tags
        if campaigns is not UNSET:
            field_dict["campaigns"] = campaigns
        if statuses is not UNSET:
            field_dict["statuses"] = statuses
        if editable_statuses is not UNSET:
            field_dict["editable_statuses"] = editable_statuses
        if contact_types is not UNSET:
            field_dict["contact_types"] = contact_types
        if user_roles_options is not UNSET:
            field_dict["user_roles_options"] = user_roles_options
        if countries is not UNSET:
            field_dict["countries"] = countries
        if email_sequences is not UNSET:
            field_dict["email_sequences"] = email_sequences
        if automation_funnels is not UNSET:
            field_dict["automation_funnels"] = automation_funnels
        if segments is not UNSET:
            field_dict["segments"] = segments
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if profile_sections is not UNSET:
            field_dict["profile_sections"] = profile_sections
        if sample_csv is not UNSET:
            field_dict["sampleCsv"] = sample_csv

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _lists = d.pop("lists", UNSET)
        lists: list[ReportOptionsListsItem] | Unset = UNSET
        if _lists is not UNSET:
            lists = []
            for lists_item_data in _lists:
                lists_item = ReportOptionsListsItem.from_dict(lists_item_data)

                lists.append(lists_item)

        _tags = d.pop("tags", UNSET)
        tags: list[ReportOptionsTagsItem] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = ReportOptionsTagsItem.from_dict(tags_item_data)

                tags.append(tags_item)

        _campaigns = d.pop("campaigns", UNSET)
        campaigns: list[ReportOptionsCampaignsItem] | Unset = UNSET
        if _campaigns is not UNSET:
            campaigns = []
            for campaigns_item_data in _campaigns:
                campaigns_item = ReportOptionsCampaignsItem.from_dict(campaigns_item_data)

                campaigns.append(campaigns_item)

        _statuses = d.pop("statuses", UNSET)
        statuses: list[SelectOption] | Unset = UNSET
        if _statuses is not UNSET:
            statuses = []
            for statuses_item_data in _statuses:
                statuses_item = SelectOption.from_dict(statuses_item_data)

                statuses.append(statuses_item)

        _editable_statuses = d.pop("editable_statuses", UNSET)
        editable_statuses: list[SelectOption] | Unset = UNSET
        if _editable_statuses is not UNSET:
            editable_statuses = []
            for editable_statuses_item_data in _editable_statuses:
                editable_statuses_item = SelectOption.from_dict(editable_statuses_item_data)

                editable_statuses.append(editable_statuses_item)

        _contact_types = d.pop("contact_types", UNSET)
        contact_types: list[SelectOption] | Unset = UNSET
        if _contact_types is not UNSET:
            contact_types = []
            for contact_types_item_data in _contact_types:
                contact_types_item = SelectOption.from_dict(contact_types_item_data)

                contact_types.append(contact_types_item)

        _user_roles_options = d.pop("user_roles_options", UNSET)
        user_roles_options: list[SelectOption] | Unset = UNSET
        if _user_roles_options is not UNSET:
            user_roles_options = []
            for user_roles_options_item_data in _user_roles_options:
                user_roles_options_item = SelectOption.from_dict(user_roles_options_item_data)

                user_roles_options.append(user_roles_options_item)

        _countries = d.pop("countries", UNSET)
        countries: list[ReportOptionsCountriesItem] | Unset = UNSET
        if _countries is not UNSET:
            countries = []
            for countries_item_data in _countries:
                countries_item = ReportOptionsCountriesItem.from_dict(countries_item_data)

                countries.append(countries_item)

        _email_sequences = d.pop("email_sequences", UNSET)
        email_sequences: list[ReportOptionsEmailSequencesItem] | Unset = UNSET
        if _email_sequences is not UNSET:
            email_sequences = []
            for email_sequences_item_data in _email_sequences:
                email_sequences_item = ReportOptionsEmailSequencesItem.from_dict(email_sequences_item_data)

                email_sequences.append(email_sequences_item)

        _automation_funnels = d.pop("automation_funnels", UNSET)
        automation_funnels: list[ReportOptionsAutomationFunnelsItem] | Unset = UNSET
        if _automation_funnels is not UNSET:
            automation_funnels = []
            for automation_funnels_item_data in _automation_funnels:
                automation_funnels_item = ReportOptionsAutomationFunnelsItem.from_dict(automation_funnels_item_data)

                automation_funnels.append(automation_funnels_item)

        _segments = d.pop("segments", UNSET)
        segments: list[ReportOptionsSegmentsItem] | Unset = UNSET
        if _segments is not UNSET:
            segments = []
            for segments_item_data in _segments:
                segments_item = ReportOptionsSegmentsItem.from_dict(segments_item_data)

                segments.append(segments_item)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldDefinition] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldDefinition.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _profile_sections = d.pop("profile_sections", UNSET)
        profile_sections: ReportOptionsProfileSections | Unset
        if isinstance(_profile_sections, Unset):
            profile_sections = UNSET
        else:
            profile_sections = ReportOptionsProfileSections.from_dict(_profile_sections)

        sample_csv = d.pop("sampleCsv", UNSET)

        report_options = cls(
            lists=lists,
            tags=tags,
            campaigns=campaigns,
            statuses=statuses,
            editable_statuses=editable_statuses,
            contact_types=contact_types,
            user_roles_options=user_roles_options,
            countries=countries,
            email_sequences=email_sequences,
            automation_funnels=automation_funnels,
            segments=segments,
            custom_fields=custom_fields,
            profile_sections=profile_sections,
            sample_csv=sample_csv,
        )

        report_options.additional_properties = d
        return report_options

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
from ..models.custom_field_definition import CustomFieldDefinition  # noqa: E402
from ..models.report_options_automation_funnels_item import ReportOptionsAutomationFunnelsItem  # noqa: E402
from ..models.report_options_campaigns_item import ReportOptionsCampaignsItem  # noqa: E402
from ..models.report_options_countries_item import ReportOptionsCountriesItem  # noqa: E402
from ..models.report_options_email_sequences_item import ReportOptionsEmailSequencesItem  # noqa: E402
from ..models.report_options_lists_item import ReportOptionsListsItem  # noqa: E402
from ..models.report_options_profile_sections import ReportOptionsProfileSections  # noqa: E402
from ..models.report_options_segments_item import ReportOptionsSegmentsItem  # noqa: E402
from ..models.report_options_tags_item import ReportOptionsTagsItem  # noqa: E402
from ..models.select_option import SelectOption  # noqa: E402
