from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.funnel_sequence import FunnelSequence
    from ..models.funnel_subscriber import FunnelSubscriber


T = TypeVar("T", bound="GetFunnelSubscriberReportResponse200")


@_attrs_define
class GetFunnelSubscriberReportResponse200:
    """
    Attributes:
        funnel_subscriber (FunnelSubscriber | None):
        sequences (list[FunnelSequence]):
    """

    funnel_subscriber: FunnelSubscriber | None
    sequences: list[FunnelSequence]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        funnel_subscriber: dict[str, Any] | None
        if isinstance(self.funnel_subscriber, FunnelSubscriber):
            funnel_subscriber = self.funnel_subscriber.to_dict()
        else:
            funnel_subscriber = self.funnel_subscriber

        sequences = []
        for sequences_item_data in self.sequences:
            sequences_item = sequences_item_data.to_dict()
            sequences.append(sequences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "funnel_subscriber": funnel_subscriber,
                "sequences": sequences,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_funnel_subscriber(data: object) -> FunnelSubscriber | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                funnel_subscriber_type_0 = FunnelSubscriber.from_dict(data)

                return funnel_subscriber_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FunnelSubscriber | None, data)

        funnel_subscriber = _parse_funnel_subscriber(d.pop("funnel_subscriber"))

        sequences = []
        _sequences = d.pop("sequences")
        for sequences_item_data in _sequences:
            sequences_item = FunnelSequence.from_dict(sequences_item_data)

            sequences.append(sequences_item)

        get_funnel_subscriber_report_response_200 = cls(
            funnel_subscriber=funnel_subscriber,
            sequences=sequences,
        )

        get_funnel_subscriber_report_response_200.additional_properties = d
        return get_funnel_subscriber_report_response_200

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
from ..models.funnel_sequence import FunnelSequence  # noqa: E402
from ..models.funnel_subscriber import FunnelSubscriber  # noqa: E402
