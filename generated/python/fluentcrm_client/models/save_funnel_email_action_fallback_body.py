from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.funnel_email_action_input_action_data import FunnelEmailActionInputActionData


from .funnel_email_action_input import FunnelEmailActionInput

T = TypeVar("T", bound="SaveFunnelEmailActionFallbackBody")


@_attrs_define
class SaveFunnelEmailActionFallbackBody(FunnelEmailActionInput):
    """
    Attributes:
        action_data (FunnelEmailActionInputActionData):
        funnel_id (int):
    """

    action_data: FunnelEmailActionInputActionData
    funnel_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_data = self.action_data.to_dict()

        funnel_id = self.funnel_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_data": action_data,
                "funnel_id": funnel_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_data = FunnelEmailActionInputActionData.from_dict(d.pop("action_data"))

        funnel_id = d.pop("funnel_id")

        save_funnel_email_action_fallback_body = cls(
            action_data=action_data,
            funnel_id=funnel_id,
        )

        save_funnel_email_action_fallback_body.additional_properties = d
        return save_funnel_email_action_fallback_body

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
from ..models.funnel_email_action_input_action_data import FunnelEmailActionInputActionData  # noqa: E402
