from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rest_keys_response_rest_keys_item_api_keys_item import RestKeysResponseRestKeysItemApiKeysItem


T = TypeVar("T", bound="RestKeysResponseRestKeysItem")


@_attrs_define
class RestKeysResponseRestKeysItem:
    """
    Attributes:
        id (int):
        first_name (str):
        last_name (str):
        email (str):
        api_keys (list[RestKeysResponseRestKeysItemApiKeysItem]):
        manage_url (str):
    """

    id: int
    first_name: str
    last_name: str
    email: str
    api_keys: list[RestKeysResponseRestKeysItemApiKeysItem]
    manage_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        api_keys = []
        for api_keys_item_data in self.api_keys:
            api_keys_item = api_keys_item_data.to_dict()
            api_keys.append(api_keys_item)

        manage_url = self.manage_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
                "api_keys": api_keys,
                "manage_url": manage_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        email = d.pop("email")

        api_keys = []
        _api_keys = d.pop("api_keys")
        for api_keys_item_data in _api_keys:
            api_keys_item = RestKeysResponseRestKeysItemApiKeysItem.from_dict(api_keys_item_data)

            api_keys.append(api_keys_item)

        manage_url = d.pop("manage_url")

        rest_keys_response_rest_keys_item = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            email=email,
            api_keys=api_keys,
            manage_url=manage_url,
        )

        rest_keys_response_rest_keys_item.additional_properties = d
        return rest_keys_response_rest_keys_item

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
from ..models.rest_keys_response_rest_keys_item_api_keys_item import RestKeysResponseRestKeysItemApiKeysItem  # noqa: E402
