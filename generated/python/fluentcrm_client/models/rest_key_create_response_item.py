from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rest_key_create_response_item_info import RestKeyCreateResponseItemInfo


T = TypeVar("T", bound="RestKeyCreateResponseItem")


@_attrs_define
class RestKeyCreateResponseItem:
    """
    Attributes:
        uuid (str):
        name (str):
        info (RestKeyCreateResponseItemInfo):
        app_id (str | Unset):
        password (str | Unset): The stored hash, not the password.
        created (int | Unset): Unix time.
        last_used (int | None | Unset):
        last_ip (None | str | Unset):
    """

    uuid: str
    name: str
    info: RestKeyCreateResponseItemInfo
    app_id: str | Unset = UNSET
    password: str | Unset = UNSET
    created: int | Unset = UNSET
    last_used: int | None | Unset = UNSET
    last_ip: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name = self.name

        info = self.info.to_dict()

        app_id = self.app_id

        password = self.password

        created = self.created

        last_used: int | None | Unset
        if isinstance(self.last_used, Unset):
            last_used = UNSET
        else:
            last_used = self.last_used

        last_ip: None | str | Unset
        if isinstance(self.last_ip, Unset):
            last_ip = UNSET
        else:
            last_ip = self.last_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "info": info,
            }
        )
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if password is not UNSET:
            field_dict["password"] = password
        if created is not UNSET:
            field_dict["created"] = created
        if last_used is not UNSET:
            field_dict["last_used"] = last_used
        if last_ip is not UNSET:
            field_dict["last_ip"] = last_ip

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        name = d.pop("name")

        info = RestKeyCreateResponseItemInfo.from_dict(d.pop("info"))

        app_id = d.pop("app_id", UNSET)

        password = d.pop("password", UNSET)

        created = d.pop("created", UNSET)

        def _parse_last_used(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_used = _parse_last_used(d.pop("last_used", UNSET))

        last_ip = d.pop("last_ip", UNSET)

        rest_key_create_response_item = cls(
            uuid=uuid,
            name=name,
            info=info,
            app_id=app_id,
            password=password,
            created=created,
            last_used=last_used,
            last_ip=last_ip,
        )

        rest_key_create_response_item.additional_properties = d
        return rest_key_create_response_item

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
from ..models.rest_key_create_response_item_info import RestKeyCreateResponseItemInfo  # noqa: E402
