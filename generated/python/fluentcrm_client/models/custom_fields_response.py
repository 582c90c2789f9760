from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_definition import CustomFieldDefinition
    from ..models.custom_field_group import CustomFieldGroup
    from ..models.custom_fields_response_field_types import CustomFieldsResponseFieldTypes


T = TypeVar("T", bound="CustomFieldsResponse")


@_attrs_define
class CustomFieldsResponse:
    """Body of `GET /custom-fields/contacts`: the field definitions, plus the type catalogue and the groups when asked for
    with `with[]`.

        Attributes:
            fields (list[CustomFieldDefinition]): Every contact custom field, in display order; `[]` when none has been
                defined.
            field_types (CustomFieldsResponseFieldTypes | Unset): Present with `with[]=field_types`. The catalogue of field
                types, keyed by `field_key`.
            field_groups (list[CustomFieldGroup] | Unset): Present with `with[]=field_groups`. The available groups (a
                single default group on a fresh site).
    """

    fields: list[CustomFieldDefinition]
    field_types: CustomFieldsResponseFieldTypes | Unset = UNSET
    field_groups: list[CustomFieldGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        field_types: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_types, Unset):
            field_types = self.field_types.to_dict()

        field_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_groups, Unset):
            field_groups = []
            for field_groups_item_data in self.field_groups:
                field_groups_item = field_groups_item_data.to_dict()
                field_groups.append(field_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fields": fields,
            }
        )
        if field_types is not UNSET:
            field_dict["field_types"] = field_types
        if field_groups is not UNSET:
            field_dict["field_groups"] = field_groups

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = CustomFieldDefinition.from_dict(fields_item_data)

            fields.append(fields_item)

        _field_types = d.pop("field_types", UNSET)
        field_types: CustomFieldsResponseFieldTypes | Unset
        if isinstance(_field_types, Unset):
            field_types = UNSET
        else:
            field_types = CustomFieldsResponseFieldTypes.from_dict(_field_types)

        _field_groups = d.pop("field_groups", UNSET)
        field_groups: list[CustomFieldGroup] | Unset = UNSET
        if _field_groups is not UNSET:
            field_groups = []
            for field_groups_item_data in _field_groups:
                field_groups_item = CustomFieldGroup.from_dict(field_groups_item_data)

                field_groups.append(field_groups_item)

        custom_fields_response = cls(
            fields=fields,
            field_types=field_types,
            field_groups=field_groups,
        )

        custom_fields_response.additional_properties = d
        return custom_fields_response

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
from ..models.custom_field_definition import CustomFieldDefinition  # noqa: E402
from ..models.custom_field_group import CustomFieldGroup  # noqa: E402
from ..models.custom_fields_response_field_types import CustomFieldsResponseFieldTypes  # noqa: E402
