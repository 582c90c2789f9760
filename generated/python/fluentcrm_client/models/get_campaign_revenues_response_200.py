from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_campaign_revenues_response_200_labels import GetCampaignRevenuesResponse200Labels
    from ..models.get_campaign_revenues_response_200_orders_item import GetCampaignRevenuesResponse200OrdersItem


T = TypeVar("T", bound="GetCampaignRevenuesResponse200")


@_attrs_define
class GetCampaignRevenuesResponse200:
    """
    Attributes:
        orders (list[GetCampaignRevenuesResponse200OrdersItem]): Orders (shape defined by the commerce integration).
        labels (GetCampaignRevenuesResponse200Labels):
        total (float):
    """

    orders: list[GetCampaignRevenuesResponse200OrdersItem]
    labels: GetCampaignRevenuesResponse200Labels
    total: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        labels = self.labels.to_dict()

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orders": orders,
                "labels": labels,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        orders = []
        _orders = d.pop("orders")
        for orders_item_data in _orders:
            orders_item = GetCampaignRevenuesResponse200OrdersItem.from_dict(orders_item_data)

            orders.append(orders_item)

        labels = GetCampaignRevenuesResponse200Labels.from_dict(d.pop("labels"))

        total = d.pop("total")

        get_campaign_revenues_response_200 = cls(
            orders=orders,
            labels=labels,
            total=total,
        )

        get_campaign_revenues_response_200.additional_properties = d
        return get_campaign_revenues_response_200

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
from ..models.get_campaign_revenues_response_200_labels import GetCampaignRevenuesResponse200Labels  # noqa: E402
from ..models.get_campaign_revenues_response_200_orders_item import GetCampaignRevenuesResponse200OrdersItem  # noqa: E402
