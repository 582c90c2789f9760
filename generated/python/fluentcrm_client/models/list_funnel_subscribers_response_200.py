from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funnel import Funnel
    from ..models.funnel_sequence import FunnelSequence
    from ..models.funnel_subscriber_page import FunnelSubscriberPage


T = TypeVar("T", bound="ListFunnelSubscribersResponse200")


@_attrs_define
class ListFunnelSubscribersResponse200:
    """
    Attributes:
        funnel_subscribers (FunnelSubscriberPage): A page of funnel-subscriber rows.
        funnel (Funnel | Unset): A funnel (FluentCRM's interface calls it an *automation*) as stored in `fc_funnels`.

            The row's own keys are stable and always present. `settings` (the trigger's options) and `conditions` (its entry
            conditions) are free-form maps whose keys depend on the trigger; both are `[]` when empty. `created_by` is the
            integer user id on the object a create, clone or import returns, and a numeric string once read back from the
            database.
        sequences (list[FunnelSequence] | Unset):
    """

    funnel_subscribers: FunnelSubscriberPage
    funnel: Funnel | Unset = UNSET
    sequences: list[FunnelSequence] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        funnel_subscribers = self.funnel_subscribers.to_dict()

        funnel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.funnel, Unset):
            funnel = self.funnel.to_dict()

        sequences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sequences, Unset):
            sequences = []
            for sequences_item_data in self.sequences:
                sequences_item = sequences_item_data.to_dict()
                sequences.append(sequences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "funnel_subscribers": funnel_subscribers,
            }
        )
        if funnel is not UNSET:
            field_dict["funnel"] = funnel
        if sequences is not UNSET:
            field_dict["sequences"] = sequences

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        funnel_subscribers = FunnelSubscriberPage.from_dict(d.pop("funnel_subscribers"))

        _funnel = d.pop("funnel", UNSET)
        funnel: Funnel | Unset
        if isinstance(_funnel, Unset):
            funnel = UNSET
        else:
            funnel = Funnel.from_dict(_funnel)

        _sequences = d.pop("sequences", UNSET)
        sequences: list[FunnelSequence] | Unset = UNSET
        if _sequences is not UNSET:
            sequences = []
            for sequences_item_data in _sequences:
                sequences_item = FunnelSequence.from_dict(sequences_item_data)

                sequences.append(sequences_item)

        list_funnel_subscribers_response_200 = cls(
            funnel_subscribers=funnel_subscribers,
            funnel=funnel,
            sequences=sequences,
        )

        list_funnel_subscribers_response_200.additional_properties = d
        return list_funnel_subscribers_response_200

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
from ..models.funnel import Funnel  # noqa: E402
from ..models.funnel_sequence import FunnelSequence  # noqa: E402
from ..models.funnel_subscriber_page import FunnelSubscriberPage  # noqa: E402
