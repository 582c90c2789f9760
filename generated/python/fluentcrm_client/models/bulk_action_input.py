from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_action_input_action_name import BulkActionInputActionName, check_bulk_action_input_action_name
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_action_input_custom_field import BulkActionInputCustomField


T = TypeVar("T", bound="BulkActionInput")


@_attrs_define
class BulkActionInput:
    """One action applied to a selection of contacts. What else is needed depends on `action_name`: `add_to_tags`,
    `remove_from_tags`, `add_to_lists` and `remove_from_lists` take tag or list ids in `action_options`;
    `change_contact_status` and `change_contact_type` take the new value in `new_status`; `update_custom_fields`
    takes `custom_field: {key, value}`; `add_to_company` takes a company id in `new_status`. `delete_contacts`
    deletes the contacts for good.

        Attributes:
            action_name (BulkActionInputActionName):
            subscriber_ids (list[int]):
            action_options (list[int] | Unset): Tag or list ids for the tag and list actions.
            new_status (int | str | Unset): The new status or contact type, or the company or sequence id, depending on the
                action.
            custom_field (BulkActionInputCustomField | Unset):
    """

    action_name: BulkActionInputActionName
    subscriber_ids: list[int]
    action_options: list[int] | Unset = UNSET
    new_status: int | str | Unset = UNSET
    custom_field: BulkActionInputCustomField | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_name: str = self.action_name

        subscriber_ids = self.subscriber_ids

        action_options: list[int] | Unset = UNSET
        if not isinstance(self.action_options, Unset):
            action_options = self.action_options

        new_status: int | str | Unset
        if isinstance(self.new_status, Unset):
            new_status = UNSET
        else:
            new_status = self.new_status

        custom_field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_field, Unset):
            custom_field = self.custom_field.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_name": action_name,
                "subscriber_ids": subscriber_ids,
            }
        )
        if action_options is not UNSET:
            field_dict["action_options"] = action_options
        if new_status is not UNSET:
            field_dict["new_status"] = new_status
        if custom_field is not UNSET:
            field_dict["custom_field"] = custom_field

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_name = check_bulk_action_input_action_name(d.pop("action_name"))

        subscriber_ids = cast(list[int], d.pop("subscriber_ids"))

        action_options = cast(list[int], d.pop("action_options", UNSET))

        def _parse_new_status(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        new_status = _parse_new_status(d.pop("new_status", UNSET))

        _custom_field = d.pop("custom_field", UNSET)
        custom_field: BulkActionInputCustomField | Unset
        if isinstance(_custom_field, Unset):
            custom_field = UNSET
        else:
            custom_field = BulkActionInputCustomField.from_dict(_custom_field)

        bulk_action_input = cls(
            action_name=action_name,
            subscriber_ids=subscriber_ids,
            action_options=action_options,
            new_status=new_status,
            custom_field=custom_field,
        )

        bulk_action_input.additional_properties = d
        return bulk_action_input

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
from ..models.bulk_action_input_custom_field import BulkActionInputCustomField  # noqa: E402
