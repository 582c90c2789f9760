from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.route_description_endpoints_item_args_type_0 import RouteDescriptionEndpointsItemArgsType0


T = TypeVar("T", bound="RouteDescriptionEndpointsItem")


@_attrs_define
class RouteDescriptionEndpointsItem:
    """
    Attributes:
        methods (list[str]):
        args (list[str] | RouteDescriptionEndpointsItemArgsType0): Argument schemas by name; PHP sends `[]` when there
            are none.
    """

    methods: list[str]
    args: list[str] | RouteDescriptionEndpointsItemArgsType0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.route_description_endpoints_item_args_type_0 import RouteDescriptionEndpointsItemArgsType0  # noqa: PLC0415

        methods = self.methods

        args: dict[str, Any] | list[str]
        if isinstance(self.args, RouteDescriptionEndpointsItemArgsType0):
            args = self.args.to_dict()
        else:
            args = self.args

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "methods": methods,
                "args": args,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.route_description_endpoints_item_args_type_0 import RouteDescriptionEndpointsItemArgsType0  # noqa: PLC0415

        d = dict(src_dict)
        methods = cast(list[str], d.pop("methods"))

        def _parse_args(data: object) -> list[str] | RouteDescriptionEndpointsItemArgsType0:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                args_type_0 = RouteDescriptionEndpointsItemArgsType0.from_dict(data)

                return args_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            args_type_1 = cast(list[str], data)

            return args_type_1

        args = _parse_args(d.pop("args"))

        route_description_endpoints_item = cls(
            methods=methods,
            args=args,
        )

        route_description_endpoints_item.additional_properties = d
        return route_description_endpoints_item

    @property
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
