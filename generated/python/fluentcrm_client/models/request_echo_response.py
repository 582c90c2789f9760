from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.request_echo_response_params import RequestEchoResponseParams


T = TypeVar("T", bound="RequestEchoResponse")


@_attrs_define
class RequestEchoResponse:
    """The answer of the `/setting/test` diagnostic: `Valid` and every request parameter FluentCRM read (query and body
    merged). JSON values keep their types; query and form values are strings. With no parameters, `params` is `[]`.

        Attributes:
            message (Literal['Valid']):
            params (list[str] | RequestEchoResponseParams): The merged request parameters, echoed.
    """

    message: Literal["Valid"]
    params: list[str] | RequestEchoResponseParams
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        params: dict[str, Any] | list[str]
        if isinstance(self.params, RequestEchoResponseParams):
            params = self.params.to_dict()
        else:
            params = self.params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = cast(Literal["Valid"], d.pop("message"))
        if message != "Valid":
            raise ValueError(f"message must match const 'Valid', got '{message}'")

        def _parse_params(data: object) -> list[str] | RequestEchoResponseParams:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_params = RequestEchoResponseParams.from_dict(data)

                return params_params
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            params_type_1 = cast(list[str], data)

            return params_type_1

        params = _parse_params(d.pop("params"))

        request_echo_response = cls(
            message=message,
            params=params,
        )

        request_echo_response.additional_properties = d
        return request_echo_response

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
from ..models.request_echo_response_params import RequestEchoResponseParams  # noqa: E402
