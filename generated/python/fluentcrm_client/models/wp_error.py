from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wp_error_wp_error_data import WpErrorWpErrorData


T = TypeVar("T", bound="WpError")


@_attrs_define
class WpError:
    """The error envelope of the WordPress REST API itself (`WP_Error`), used for authentication and permission failures,
    unknown routes, unreadable JSON bodies, PHP fatals, and the emulator's parameter check. `data.status` repeats the
    HTTP status code.

        Attributes:
            code (str): Machine-readable error code, such as `rest_forbidden`, `rest_no_route` or `internal_server_error`.
            message (str): Human-readable text. For a PHP fatal it is an HTML fragment.
            data (WpErrorWpErrorData):
            additional_errors (list[Any] | Unset): Further errors WordPress collected; empty in every recorded case.
    """

    code: str
    message: str
    data: WpErrorWpErrorData
    additional_errors: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        data = self.data.to_dict()

        additional_errors: list[Any] | Unset = UNSET
        if not isinstance(self.additional_errors, Unset):
            additional_errors = self.additional_errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
        if additional_errors is not UNSET:
            field_dict["additional_errors"] = additional_errors

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        data = WpErrorWpErrorData.from_dict(d.pop("data"))

        additional_errors = d.pop("additional_errors", UNSET)

        wp_error = cls(
            code=code,
            message=message,
            data=data,
            additional_errors=additional_errors,
        )

        wp_error.additional_properties = d
        return wp_error

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
from ..models.wp_error_wp_error_data import WpErrorWpErrorData  # noqa: E402
