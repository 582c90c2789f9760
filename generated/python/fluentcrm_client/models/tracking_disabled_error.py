from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TrackingDisabledError")


@_attrs_define
class TrackingDisabledError:
    """A refusal with a machine-readable reason: `not_enabled` while event tracking is off, `subscriber_not_found` when
    no contact matches the event's e-mail.

        Attributes:
            message (str):
            error_code (str):
    """

    message: str
    error_code: str

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        error_code = self.error_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
                "error_code": error_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        error_code = d.pop("error_code")

        tracking_disabled_error = cls(
            message=message,
            error_code=error_code,
        )

        return tracking_disabled_error
