from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.migrator_driver_credential_fields import MigratorDriverCredentialFields
    from ..models.migrator_driver_credentials import MigratorDriverCredentials
    from ..models.migrator_driver_supports import MigratorDriverSupports


T = TypeVar("T", bound="MigratorDriver")


@_attrs_define
class MigratorDriver:
    """A hosted e-mail service FluentCRM can copy contacts from, and the credentials it needs.

    Attributes:
        title (str):
        description (str):
        logo (str):
        supports (MigratorDriverSupports): What the migrator can carry over (`tags`, `lists`, `empty_tags`,
            `active_imports_only`, ...).
        credentials (MigratorDriverCredentials): The credential keys to send to the other migrator routes, with empty
            defaults.
        credential_fields (MigratorDriverCredentialFields): How to ask for each credential.
        refresh_on_list_change (bool):
        doc_url (str):
        field_map_info (str | Unset):
        tags_map_info (str | Unset):
    """

    title: str
    description: str
    logo: str
    supports: MigratorDriverSupports
    credentials: MigratorDriverCredentials
    credential_fields: MigratorDriverCredentialFields
    refresh_on_list_change: bool
    doc_url: str
    field_map_info: str | Unset = UNSET
    tags_map_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        logo = self.logo

        supports = self.supports.to_dict()

        credentials = self.credentials.to_dict()

        credential_fields = self.credential_fields.to_dict()

        refresh_on_list_change = self.refresh_on_list_change

        doc_url = self.doc_url

        field_map_info = self.field_map_info

        tags_map_info = self.tags_map_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "description": description,
                "logo": logo,
                "supports": supports,
                "credentials": credentials,
                "credential_fields": credential_fields,
                "refresh_on_list_change": refresh_on_list_change,
                "doc_url": doc_url,
            }
        )
        if field_map_info is not UNSET:
            field_dict["field_map_info"] = field_map_info
        if tags_map_info is not UNSET:
            field_dict["tags_map_info"] = tags_map_info

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        description = d.pop("description")

        logo = d.pop("logo")

        supports = MigratorDriverSupports.from_dict(d.pop("supports"))

        credentials = MigratorDriverCredentials.from_dict(d.pop("credentials"))

        credential_fields = MigratorDriverCredentialFields.from_dict(d.pop("credential_fields"))

        refresh_on_list_change = d.pop("refresh_on_list_change")

        doc_url = d.pop("doc_url")

        field_map_info = d.pop("field_map_info", UNSET)

        tags_map_info = d.pop("tags_map_info", UNSET)

        migrator_driver = cls(
            title=title,
            description=description,
            logo=logo,
            supports=supports,
            credentials=credentials,
            credential_fields=credential_fields,
            refresh_on_list_change=refresh_on_list_change,
            doc_url=doc_url,
            field_map_info=field_map_info,
            tags_map_info=tags_map_info,
        )

        migrator_driver.additional_properties = d
        return migrator_driver

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
from ..models.migrator_driver_credential_fields import MigratorDriverCredentialFields  # noqa: E402
from ..models.migrator_driver_credentials import MigratorDriverCredentials  # noqa: E402
from ..models.migrator_driver_supports import MigratorDriverSupports  # noqa: E402
