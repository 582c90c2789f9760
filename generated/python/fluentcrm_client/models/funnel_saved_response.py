from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.funnel import Funnel


T = TypeVar("T", bound="FunnelSavedResponse")


@_attrs_define
class FunnelSavedResponse:
    """The answer of an operation that writes a whole funnel (create, clone, import, trigger change): the funnel and a
    confirmation. After create, clone and import the funnel is the freshly inserted model, so `created_by` is an
    integer and `settings` and `conditions` are `[]`.

        Attributes:
            funnel (Funnel): A funnel (FluentCRM's interface calls it an *automation*) as stored in `fc_funnels`.

                The row's own keys are stable and always present. `settings` (the trigger's options) and `conditions` (its entry
                conditions) are free-form maps whose keys depend on the trigger; both are `[]` when empty. `created_by` is the
                integer user id on the object a create, clone or import returns, and a numeric string once read back from the
                database.
            message (str):
    """

    funnel: Funnel
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        funnel = self.funnel.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "funnel": funnel,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        funnel = Funnel.from_dict(d.pop("funnel"))

        message = d.pop("message")

        funnel_saved_response = cls(
            funnel=funnel,
            message=message,
        )

        funnel_saved_response.additional_properties = d
        return funnel_saved_response

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
