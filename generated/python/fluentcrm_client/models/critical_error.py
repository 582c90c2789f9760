from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.critical_error_data import CriticalErrorData


T = TypeVar("T", bound="CriticalError")


@_attrs_define
class CriticalError:
    """WordPress's answer to a PHP fatal error inside a REST request, in JSON: a `WpError` whose `code` is
    `internal_server_error` and whose `message` is an HTML fragment. Nothing in it names the cause; the PHP error
    goes to the site's debug log.

        Attributes:
            code (Literal['internal_server_error']):
            message (str): An HTML fragment saying that the site had a critical error, with a link to WordPress's help page.
            data (CriticalErrorData):
            additional_errors (list[Any]):
    """

    code: Literal["internal_server_error"]
    message: str
    data: CriticalErrorData
    additional_errors: list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        data = self.data.to_dict()

        additional_errors = self.additional_errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "data": data,
                "additional_errors": additional_errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal["internal_server_error"], d.pop("code"))
        if code != "internal_server_error":
            raise ValueError(f"code must match const 'internal_server_error', got '{code}'")

        message = d.pop("message")

        data = CriticalErrorData.from_dict(d.pop("data"))

        additional_errors = d.pop("additional_errors")

        critical_error = cls(
            code=code,
            message=message,
            data=data,
            additional_errors=additional_errors,
        )

        critical_error.additional_properties = d
        return critical_error

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
from ..models.critical_error_data import CriticalErrorData  # noqa: E402
