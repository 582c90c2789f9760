from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bounce_handled_success import BounceHandledSuccess, check_bounce_handled_success

T = TypeVar("T", bound="BounceHandled")


@_attrs_define
class BounceHandled:
    """The request reached a service handler. For a service FluentCRM does not know, `success` is 0 and `result`
    `""` (add-ons may answer for such services instead). For a known service with the right code, `success` is 1
    and `result` is `true` when a contact's status was changed (or a new bounced contact stored), `false` when
    the payload held no usable event or the contact already had that status.

        Attributes:
            success (BounceHandledSuccess):
            message (str):
            service (str):
            result (bool | None | str):
            time (int): The server's clock as a Unix timestamp (not a `Timestamp` string).
    """

    success: BounceHandledSuccess
    message: str
    service: str
    result: bool | None | str
    time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success: int = self.success

        message = self.message

        service = self.service

        result: bool | None | str
        result = self.result

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
                "service": service,
                "result": result,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = check_bounce_handled_success(d.pop("success"))

        message = d.pop("message")

        service = d.pop("service")

        def _parse_result(data: object) -> bool | None | str:
            if data is None:
                return data
            return cast(bool | None | str, data)

        result = _parse_result(d.pop("result"))

        time = d.pop("time")

        bounce_handled = cls(
            success=success,
            message=message,
            service=service,
            result=result,
            time=time,
        )

        bounce_handled.additional_properties = d
        return bounce_handled

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
