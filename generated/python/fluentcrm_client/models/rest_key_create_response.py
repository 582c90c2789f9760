from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rest_key_create_response_item import RestKeyCreateResponseItem


T = TypeVar("T", bound="RestKeyCreateResponse")


@_attrs_define
class RestKeyCreateResponse:
    """The new WordPress application password. `info.api_password` is the only time the password is shown, in groups
    of four characters.

        Attributes:
            item (RestKeyCreateResponseItem):
            message (str):
    """

    item: RestKeyCreateResponseItem
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item = self.item.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item": item,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item = RestKeyCreateResponseItem.from_dict(d.pop("item"))

        message = d.pop("message")

        rest_key_create_response = cls(
            item=item,
            message=message,
        )

        rest_key_create_response.additional_properties = d
        return rest_key_create_response

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
from ..models.rest_key_create_response_item import RestKeyCreateResponseItem  # noqa: E402
