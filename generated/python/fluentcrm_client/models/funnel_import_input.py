from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funnel_import_input_funnel import FunnelImportInputFunnel
    from ..models.funnel_import_input_sequences_item import FunnelImportInputSequencesItem


T = TypeVar("T", bound="FunnelImportInput")


@_attrs_define
class FunnelImportInput:
    """A funnel export as FluentCRM's "export" button writes it.

    Attributes:
        funnel (FunnelImportInputFunnel):
        sequences (list[FunnelImportInputSequencesItem] | Unset): The steps, as `FunnelSequence` objects without ids.
    """

    funnel: FunnelImportInputFunnel
    sequences: list[FunnelImportInputSequencesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
                "funnel": funnel,
            }
        )
        if sequences is not UNSET:
            field_dict["sequences"] = sequences

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        funnel = FunnelImportInputFunnel.from_dict(d.pop("funnel"))

        _sequences = d.pop("sequences", UNSET)
        sequences: list[FunnelImportInputSequencesItem] | Unset = UNSET
        if _sequences is not UNSET:
            sequences = []
            for sequences_item_data in _sequences:
                sequences_item = FunnelImportInputSequencesItem.from_dict(sequences_item_data)

                sequences.append(sequences_item)

        funnel_import_input = cls(
            funnel=funnel,
            sequences=sequences,
        )

        funnel_import_input.additional_properties = d
        return funnel_import_input

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
from ..models.funnel_import_input_funnel import FunnelImportInputFunnel  # noqa: E402
from ..models.funnel_import_input_sequences_item import FunnelImportInputSequencesItem  # noqa: E402
