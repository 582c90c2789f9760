from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_status_input import ImportStatusInput, check_import_status_input
from ..models.import_update_input_value import ImportUpdateInputValue, check_import_update_input_value
from ..models.user_import_input_double_optin_email import (
    UserImportInputDoubleOptinEmail,
    check_user_import_input_double_optin_email,
)
from ..models.user_import_input_import_silently import (
    UserImportInputImportSilently,
    check_user_import_input_import_silently,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserImportInput")


@_attrs_define
class UserImportInput:
    """Import one page (100 users) of WordPress users with the given roles as contacts.

    Attributes:
        roles (list[str] | Unset): WordPress roles to import; empty or absent imports users of every role.
        tags (list[int] | Unset):
        lists (list[int] | Unset):
        update (bool | ImportUpdateInputValue | Unset): Whether contacts whose e-mail already exists are updated with
            the imported values (and get the import's tags and
            lists). Only JSON `true` or the string `"true"` does that; anything else, `"yes"` included, leaves existing
            contacts as they are without reporting them as skipped.
        new_status (ImportStatusInput | Unset): The status given to imported contacts that are new (existing ones keep
            theirs unless it is a strict status such as `unsubscribed`, or `force_update_status` is `yes`).
        double_optin_email (UserImportInputDoubleOptinEmail | Unset):
        import_silently (UserImportInputImportSilently | Unset): `yes` attaches tags and lists without firing their
            automations.
        page (int | Unset):  Default: 1.
    """

    roles: list[str] | Unset = UNSET
    tags: list[int] | Unset = UNSET
    lists: list[int] | Unset = UNSET
    update: bool | ImportUpdateInputValue | Unset = UNSET
    new_status: ImportStatusInput | Unset = UNSET
    double_optin_email: UserImportInputDoubleOptinEmail | Unset = UNSET
    import_silently: UserImportInputImportSilently | Unset = UNSET
    page: int | Unset = 1
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

        new_status: str | Unset = UNSET
        if not isinstance(self.new_status, Unset):
            new_status = self.new_status

        double_optin_email: str | Unset = UNSET
        if not isinstance(self.double_optin_email, Unset):
            double_optin_email = self.double_optin_email

        import_silently: str | Unset = UNSET
        if not isinstance(self.import_silently, Unset):
            import_silently = self.import_silently

        page = self.page

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
        if new_status is not UNSET:
            field_dict["new_status"] = new_status
        if double_optin_email is not UNSET:
            field_dict["double_optin_email"] = double_optin_email
        if import_silently is not UNSET:
            field_dict["import_silently"] = import_silently
        if page is not UNSET:
            field_dict["page"] = page

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

        _new_status = d.pop("new_status", UNSET)
        new_status: ImportStatusInput | Unset
        if isinstance(_new_status, Unset):
            new_status = UNSET
        else:
            new_status = check_import_status_input(_new_status)

        _double_optin_email = d.pop("double_optin_email", UNSET)
        double_optin_email: UserImportInputDoubleOptinEmail | Unset
        if isinstance(_double_optin_email, Unset):
            double_optin_email = UNSET
        else:
            double_optin_email = check_user_import_input_double_optin_email(_double_optin_email)

        _import_silently = d.pop("import_silently", UNSET)
        import_silently: UserImportInputImportSilently | Unset
        if isinstance(_import_silently, Unset):
            import_silently = UNSET
        else:
            import_silently = check_user_import_input_import_silently(_import_silently)

        page = d.pop("page", UNSET)

        user_import_input = cls(
            roles=roles,
            tags=tags,
            lists=lists,
            update=update,
            new_status=new_status,
            double_optin_email=double_optin_email,
            import_silently=import_silently,
            page=page,
        )

        user_import_input.additional_properties = d
        return user_import_input

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
