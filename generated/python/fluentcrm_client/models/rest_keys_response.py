from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rest_keys_response_managers_item import RestKeysResponseManagersItem
    from ..models.rest_keys_response_rest_keys_item import RestKeysResponseRestKeysItem


T = TypeVar("T", bound="RestKeysResponse")


@_attrs_define
class RestKeysResponse:
    """The users who may get a REST key (non-administrators with FluentCRM access) and the keys FluentCRM created.

    Attributes:
        managers (list[RestKeysResponseManagersItem]):
        rest_keys (list[RestKeysResponseRestKeysItem]):
    """

    managers: list[RestKeysResponseManagersItem]
    rest_keys: list[RestKeysResponseRestKeysItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        managers = []
        for managers_item_data in self.managers:
            managers_item = managers_item_data.to_dict()
            managers.append(managers_item)

        rest_keys = []
        for rest_keys_item_data in self.rest_keys:
            rest_keys_item = rest_keys_item_data.to_dict()
            rest_keys.append(rest_keys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "managers": managers,
                "rest_keys": rest_keys,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        managers = []
        _managers = d.pop("managers")
        for managers_item_data in _managers:
            managers_item = RestKeysResponseManagersItem.from_dict(managers_item_data)

            managers.append(managers_item)

        rest_keys = []
        _rest_keys = d.pop("rest_keys")
        for rest_keys_item_data in _rest_keys:
            rest_keys_item = RestKeysResponseRestKeysItem.from_dict(rest_keys_item_data)

            rest_keys.append(rest_keys_item)

        rest_keys_response = cls(
            managers=managers,
            rest_keys=rest_keys,
        )

        rest_keys_response.additional_properties = d
        return rest_keys_response

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
from ..models.rest_keys_response_managers_item import RestKeysResponseManagersItem  # noqa: E402
from ..models.rest_keys_response_rest_keys_item import RestKeysResponseRestKeysItem  # noqa: E402
