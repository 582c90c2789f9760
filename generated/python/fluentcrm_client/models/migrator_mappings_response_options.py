from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.migrator_mappings_response_options_contact_fields_item import (
        MigratorMappingsResponseOptionsContactFieldsItem,
    )
    from ..models.migrator_mappings_response_options_contact_fillables import (
        MigratorMappingsResponseOptionsContactFillables,
    )
    from ..models.migrator_mappings_response_options_lists_item import MigratorMappingsResponseOptionsListsItem
    from ..models.migrator_mappings_response_options_tags_item import MigratorMappingsResponseOptionsTagsItem


T = TypeVar("T", bound="MigratorMappingsResponseOptions")


@_attrs_define
class MigratorMappingsResponseOptions:
    """What the remote account offers and how it maps onto FluentCRM: remote `tags` (and `lists` for Mailchimp), the
    remote `contact_fields`, and the FluentCRM fields they can fill (`contact_fillables`). Entries are empty or
    blank when the remote service could not be reached.

        Attributes:
            lists (list[MigratorMappingsResponseOptionsListsItem] | Unset):
            tags (list[MigratorMappingsResponseOptionsTagsItem] | Unset): One mapping row per remote tag (or group).
            contact_fields (list[MigratorMappingsResponseOptionsContactFieldsItem] | Unset): One mapping row per remote
                contact field.
            contact_fillables (list[str] | MigratorMappingsResponseOptionsContactFillables | Unset):
            all_ready (bool | Unset):
    """

    lists: list[MigratorMappingsResponseOptionsListsItem] | Unset = UNSET
    tags: list[MigratorMappingsResponseOptionsTagsItem] | Unset = UNSET
    contact_fields: list[MigratorMappingsResponseOptionsContactFieldsItem] | Unset = UNSET
    contact_fillables: list[str] | MigratorMappingsResponseOptionsContactFillables | Unset = UNSET
    all_ready: bool | Unset = UNSET
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

        contact_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_fields, Unset):
            contact_fields = []
            for contact_fields_item_data in self.contact_fields:
                contact_fields_item = contact_fields_item_data.to_dict()
                contact_fields.append(contact_fields_item)

        contact_fillables: dict[str, Any] | list[str] | Unset
        if isinstance(self.contact_fillables, Unset):
            contact_fillables = UNSET
        elif isinstance(self.contact_fillables, MigratorMappingsResponseOptionsContactFillables):
            contact_fillables = self.contact_fillables.to_dict()
        else:
            contact_fillables = self.contact_fillables

        all_ready = self.all_ready

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lists is not UNSET:
            field_dict["lists"] = lists
        if tags is not UNSET:
            field_dict["tags"] = tags
        if contact_fields is not UNSET:
            field_dict["contact_fields"] = contact_fields
        if contact_fillables is not UNSET:
            field_dict["contact_fillables"] = contact_fillables
        if all_ready is not UNSET:
            field_dict["all_ready"] = all_ready

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _lists = d.pop("lists", UNSET)
        lists: list[MigratorMappingsResponseOptionsListsItem] | Unset = UNSET
        if _lists is not UNSET:
            lists = []
            for lists_item_data in _lists:
                lists_item = MigratorMappingsResponseOptionsListsItem.from_dict(lists_item_data)

                lists.append(lists_item)

        _tags = d.pop("tags", UNSET)
        tags: list[MigratorMappingsResponseOptionsTagsItem] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = MigratorMappingsResponseOptionsTagsItem.from_dict(tags_item_data)

                tags.append(tags_item)

        _contact_fields = d.pop("contact_fields", UNSET)
        contact_fields: list[MigratorMappingsResponseOptionsContactFieldsItem] | Unset = UNSET
        if _contact_fields is not UNSET:
            contact_fields = []
            for contact_fields_item_data in _contact_fields:
                contact_fields_item = MigratorMappingsResponseOptionsContactFieldsItem.from_dict(
                    contact_fields_item_data
                )

                contact_fields.append(contact_fields_item)

        def _parse_contact_fillables(
            data: object,
        ) -> list[str] | MigratorMappingsResponseOptionsContactFillables | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_fillables_contact_fillables = MigratorMappingsResponseOptionsContactFillables.from_dict(data)

                return contact_fillables_contact_fillables
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            contact_fillables_type_1 = cast(list[str], data)

            return contact_fillables_type_1

        contact_fillables = _parse_contact_fillables(d.pop("contact_fillables", UNSET))

        all_ready = d.pop("all_ready", UNSET)

        migrator_mappings_response_options = cls(
            lists=lists,
            tags=tags,
            contact_fields=contact_fields,
            contact_fillables=contact_fillables,
            all_ready=all_ready,
        )

        migrator_mappings_response_options.additional_properties = d
        return migrator_mappings_response_options

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
from ..models.migrator_mappings_response_options_contact_fields_item import (
    MigratorMappingsResponseOptionsContactFieldsItem,  # noqa: E402
)
from ..models.migrator_mappings_response_options_contact_fillables import (
    MigratorMappingsResponseOptionsContactFillables,  # noqa: E402
)
from ..models.migrator_mappings_response_options_lists_item import MigratorMappingsResponseOptionsListsItem  # noqa: E402
from ..models.migrator_mappings_response_options_tags_item import MigratorMappingsResponseOptionsTagsItem  # noqa: E402
