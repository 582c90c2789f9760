from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wp_error_wp_error_data_params import WpErrorWpErrorDataParams


T = TypeVar("T", bound="WpErrorWpErrorData")


@_attrs_define
class WpErrorWpErrorData:
    """
    Attributes:
        status (int): The HTTP status code of the response.
        params (WpErrorWpErrorDataParams | Unset): For `rest_invalid_param`, one message per invalid parameter.
        json_error_code (int | Unset): For `rest_invalid_json`, PHP's `json_last_error()` code (4 is a syntax error).
        json_error_message (str | Unset): For `rest_invalid_json`, PHP's description of the JSON error.
    """

    status: int
    params: WpErrorWpErrorDataParams | Unset = UNSET
    json_error_code: int | Unset = UNSET
    json_error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        json_error_code = self.json_error_code

        json_error_message = self.json_error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params
        if json_error_code is not UNSET:
            field_dict["json_error_code"] = json_error_code
        if json_error_message is not UNSET:
            field_dict["json_error_message"] = json_error_message

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        _params = d.pop("params", UNSET)
        params: WpErrorWpErrorDataParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = WpErrorWpErrorDataParams.from_dict(_params)

        json_error_code = d.pop("json_error_code", UNSET)

        json_error_message = d.pop("json_error_message", UNSET)

        wp_error_wp_error_data = cls(
            status=status,
            params=params,
            json_error_code=json_error_code,
            json_error_message=json_error_message,
        )

        wp_error_wp_error_data.additional_properties = d
        return wp_error_wp_error_data

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
from ..models.wp_error_wp_error_data_params import WpErrorWpErrorDataParams  # noqa: E402
