from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.route_description_route_endpoint import RouteDescriptionRouteEndpoint
    from ..models.route_description_route_links import RouteDescriptionRouteLinks


T = TypeVar("T", bound="RouteDescription")


@_attrs_define
class RouteDescription:
    """WordPress's self-description of a REST route, returned for `OPTIONS`. It lists the methods the route serves; the
    per-method `args` are empty because FluentCRM registers its routes without argument schemas.

        Attributes:
            namespace (str):
            methods (list[str]):
            endpoints (list[RouteDescriptionRouteEndpoint]):
            links (RouteDescriptionRouteLinks | Unset):
    """

    namespace: str
    methods: list[str]
    endpoints: list[RouteDescriptionRouteEndpoint]
    links: RouteDescriptionRouteLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        methods = self.methods

        endpoints = []
        for endpoints_item_data in self.endpoints:
            endpoints_item = endpoints_item_data.to_dict()
            endpoints.append(endpoints_item)

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "namespace": namespace,
                "methods": methods,
                "endpoints": endpoints,
            }
        )
        if links is not UNSET:
            field_dict["_links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        namespace = d.pop("namespace")

        methods = cast(list[str], d.pop("methods"))

        endpoints = []
        _endpoints = d.pop("endpoints")
        for endpoints_item_data in _endpoints:
            endpoints_item = RouteDescriptionRouteEndpoint.from_dict(endpoints_item_data)

            endpoints.append(endpoints_item)

        _links = d.pop("_links", UNSET)
        links: RouteDescriptionRouteLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = RouteDescriptionRouteLinks.from_dict(_links)

        route_description = cls(
            namespace=namespace,
            methods=methods,
            endpoints=endpoints,
            links=links,
        )

        route_description.additional_properties = d
        return route_description

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
from ..models.route_description_route_endpoint import RouteDescriptionRouteEndpoint  # noqa: E402
from ..models.route_description_route_links import RouteDescriptionRouteLinks  # noqa: E402
