from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.wp_user import WpUser


T = TypeVar("T", bound="UserIndexResponse")


@_attrs_define
class UserIndexResponse:
    """Body of `GET /users` (no `__bench`).

    Attributes:
        users (list[WpUser]):
        total (int): Number of users matching `roles[]`, over all of them (not only the `limit` returned).
    """

    users: list[WpUser]
    total: int

    def to_dict(self) -> dict[str, Any]:
        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "users": users,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = WpUser.from_dict(users_item_data)

            users.append(users_item)

        total = d.pop("total")

        user_index_response = cls(
            users=users,
            total=total,
        )

        return user_index_response


# The models refer to each other, so these come after the class; at module level they are resolved once, where an
# import inside each method would run again on every call (and a list of contacts calls them hundreds of times).
from ..models.wp_user import WpUser  # noqa: E402
