from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funnel_detail import FunnelDetail
    from ..models.funnel_find_response_block_fields import FunnelFindResponseBlockFields
    from ..models.funnel_find_response_blocks import FunnelFindResponseBlocks
    from ..models.funnel_find_response_composer_context_codes_item import FunnelFindResponseComposerContextCodesItem
    from ..models.funnel_sequence import FunnelSequence


T = TypeVar("T", bound="FunnelFindResponse")


@_attrs_define
class FunnelFindResponse:
    """`GET /funnels/{id}`: the funnel and the parts `with[]` asked for. `blocks` and `block_fields` are FluentCRM's
    editor catalogues keyed by block name; their entries have a stable head (`title`, `description`, `type`, ...) and a
    free-form `settings` or `fields` part.

        Attributes:
            funnel (FunnelDetail): A funnel as `GET /funnels/{id}` returns it: the stored row, its `description` (`null`
                when none was saved) and the
                definition of its trigger in `trigger` (absent when the trigger is unknown to the server). `settings` is always
                an
                object here (`{}` when empty) because the controller casts it; `conditions` may still be `[]`.

                The trigger's editor can add its own keys: a `user_register` funnel, for instance, also carries `settingsFields`
                and `conditionFields` (form definitions for the editor) and has its default `settings` and `conditions` filled
                in. These keys are free-form and depend on the trigger.
            blocks (FunnelFindResponseBlocks | Unset): Every available action, benchmark and condition, keyed by its action
                name.
            block_fields (FunnelFindResponseBlockFields | Unset): The editor form of each block, keyed by action name.
            composer_context_codes (list[FunnelFindResponseComposerContextCodesItem] | Unset): Extra smart codes for the
                e-mail composer (empty in the free plugin; free-form).
            funnel_sequences (list[FunnelSequence] | Unset):
    """

    funnel: FunnelDetail
    blocks: FunnelFindResponseBlocks | Unset = UNSET
    block_fields: FunnelFindResponseBlockFields | Unset = UNSET
    composer_context_codes: list[FunnelFindResponseComposerContextCodesItem] | Unset = UNSET
    funnel_sequences: list[FunnelSequence] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        funnel = self.funnel.to_dict()

        blocks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blocks, Unset):
            blocks = self.blocks.to_dict()

        block_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.block_fields, Unset):
            block_fields = self.block_fields.to_dict()

        composer_context_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.composer_context_codes, Unset):
            composer_context_codes = []
            for composer_context_codes_item_data in self.composer_context_codes:
                composer_context_codes_item = composer_context_codes_item_data.to_dict()
                composer_context_codes.append(composer_context_codes_item)

        funnel_sequences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.funnel_sequences, Unset):
            funnel_sequences = []
            for funnel_sequences_item_data in self.funnel_sequences:
                funnel_sequences_item = funnel_sequences_item_data.to_dict()
                funnel_sequences.append(funnel_sequences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "funnel": funnel,
            }
        )
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if block_fields is not UNSET:
            field_dict["block_fields"] = block_fields
        if composer_context_codes is not UNSET:
            field_dict["composer_context_codes"] = composer_context_codes
        if funnel_sequences is not UNSET:
            field_dict["funnel_sequences"] = funnel_sequences

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        funnel = FunnelDetail.from_dict(d.pop("funnel"))

        _blocks = d.pop("blocks", UNSET)
        blocks: FunnelFindResponseBlocks | Unset
        if isinstance(_blocks, Unset):
            blocks = UNSET
        else:
            blocks = FunnelFindResponseBlocks.from_dict(_blocks)

        _block_fields = d.pop("block_fields", UNSET)
        block_fields: FunnelFindResponseBlockFields | Unset
        if isinstance(_block_fields, Unset):
            block_fields = UNSET
        else:
            block_fields = FunnelFindResponseBlockFields.from_dict(_block_fields)

        _composer_context_codes = d.pop("composer_context_codes", UNSET)
        composer_context_codes: list[FunnelFindResponseComposerContextCodesItem] | Unset = UNSET
        if _composer_context_codes is not UNSET:
            composer_context_codes = []
            for composer_context_codes_item_data in _composer_context_codes:
                composer_context_codes_item = FunnelFindResponseComposerContextCodesItem.from_dict(
                    composer_context_codes_item_data
                )

                composer_context_codes.append(composer_context_codes_item)

        _funnel_sequences = d.pop("funnel_sequences", UNSET)
        funnel_sequences: list[FunnelSequence] | Unset = UNSET
        if _funnel_sequences is not UNSET:
            funnel_sequences = []
            for funnel_sequences_item_data in _funnel_sequences:
                funnel_sequences_item = FunnelSequence.from_dict(funnel_sequences_item_data)

                funnel_sequences.append(funnel_sequences_item)

        funnel_find_response = cls(
            funnel=funnel,
            blocks=blocks,
            block_fields=block_fields,
            composer_context_codes=composer_context_codes,
            funnel_sequences=funnel_sequences,
        )

        funnel_find_response.additional_properties = d
        return funnel_find_response

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
from ..models.funnel_detail import FunnelDetail  # noqa: E402
from ..models.funnel_find_response_block_fields import FunnelFindResponseBlockFields  # noqa: E402
from ..models.funnel_find_response_blocks import FunnelFindResponseBlocks  # noqa: E402
from ..models.funnel_find_response_composer_context_codes_item import FunnelFindResponseComposerContextCodesItem  # noqa: E402
from ..models.funnel_sequence import FunnelSequence  # noqa: E402
