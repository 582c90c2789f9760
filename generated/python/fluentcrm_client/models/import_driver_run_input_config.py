from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_driver_run_input_config_double_optin_email import (
    ImportDriverRunInputConfigDoubleOptinEmail,
    check_import_driver_run_input_config_double_optin_email,
)
from ..models.import_driver_run_input_config_import_silently import (
    ImportDriverRunInputConfigImportSilently,
    check_import_driver_run_input_config_import_silently,
)
from ..models.import_status_input import ImportStatusInput, check_import_status_input
from ..models.import_update_input_value import ImportUpdateInputValue, check_import_update_input_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportDriverRunInputConfig")


@_attrs_define
class ImportDriverRunInputConfig:
    """The driver's settings; for `users` the roles, and what to do with the contacts.

    Attributes:
        roles (list[str] | Unset):
        tags (list[int] | Unset):
        lists (list[int] | Unset):
        update (bool | ImportUpdateInputValue | Unset): Whether contacts whose e-mail already exists are updated with
            the imported values (and get the import's tags and
            lists). Only JSON `true` or the string `"true"` does that; anything else, `"yes"` included, leaves existing
            contacts as they are without reporting them as skipped.
        status (ImportStatusInput | Unset): The status given to imported contacts that are new (existing ones keep
            theirs unless it is a strict status such as `unsubscribed`, or `force_update_status` is `yes`).
        double_optin_email (ImportDriverRunInputConfigDoubleOptinEmail | Unset):
        import_silently (ImportDriverRunInputConfigImportSilently | Unset):
    """

    roles: list[str] | Unset = UNSET
    tags: list[int] | Unset = UNSET
    lists: list[int] | Unset = UNSET
    update: bool | ImportUpdateInputValue | Unset = UNSET
    status: ImportStatusInput | Unset = UNSET
    double_optin_email: ImportDriverRunInputConfigDoubleOptinEmail | Unset = UNSET
    import_silently: ImportDriverRunInputConfigImportSilently | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        tags: list[int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        lists: list[int] | Unset = UNSET
        if not isinstance(self.lists, Unset):
            lists = self.lists

        update: bool | str | Unset
        if isinstance(self.update, Unset):
            update = UNSET
        elif isinstance(self.update, str):
            update = self.update
        else:
            update = self.update

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        double_optin_email: str | Unset = UNSET
        if not isinstance(self.double_optin_email, Unset):
            double_optin_email = self.double_optin_email

        import_silently: str | Unset = UNSET
        if not isinstance(self.import_silently, Unset):
            import_silently = self.import_silently

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if roles is not UNSET:
            field_dict["roles"] = roles
        if tags is not UNSET:
            field_dict["tags"] = tags
        if lists is not UNSET:
            field_dict["lists"] = lists
        if update is not UNSET:
            field_dict["update"] = update
        if status is not UNSET:
            field_dict["status"] = status
        if double_optin_email is not UNSET:
            field_dict["double_optin_email"] = double_optin_email
        if import_silently is not UNSET:
            field_dict["import_silently"] = import_silently

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        roles = cast(list[str], d.pop("roles", UNSET))

        tags = cast(list[int], d.pop("tags", UNSET))

        lists = cast(list[int], d.pop("lists", UNSET))

        def _parse_update(data: object) -> bool | ImportUpdateInputValue | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_import_update_input_import_update_input_value = check_import_update_input_value(data)

                return componentsschemas_import_update_input_import_update_input_value
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | ImportUpdateInputValue | Unset, data)

        update = _parse_update(d.pop("update", UNSET))

        _status = d.pop("status", UNSET)
        status: ImportStatusInput | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_import_status_input(_status)

        _double_optin_email = d.pop("double_optin_email", UNSET)
        double_optin_email: ImportDriverRunInputConfigDoubleOptinEmail | Unset
        if isinstance(_double_optin_email, Unset):
            double_optin_email = UNSET
        else:
            double_optin_email = check_import_driver_run_input_config_double_optin_email(_double_optin_email)

        _import_silently = d.pop("import_silently", UNSET)
        import_silently: ImportDriverRunInputConfigImportSilently | Unset
        if isinstance(_import_silently, Unset):
            import_silently = UNSET
        else:
            import_silently = check_import_driver_run_input_config_import_silently(_import_silently)

        import_driver_run_input_config = cls(
            roles=roles,
            tags=tags,
            lists=lists,
            update=update,
            status=status,
            double_optin_email=double_optin_email,
            import_silently=import_silently,
        )

        import_driver_run_input_config.additional_properties = d
        return import_driver_run_input_config

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
