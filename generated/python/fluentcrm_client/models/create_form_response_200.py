from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_form_response_200_created_form import CreateFormResponse200CreatedForm


T = TypeVar("T", bound="CreateFormResponse200")


@_attrs_define
class CreateFormResponse200:
    """
    Attributes:
        message (str):
        created_form (CreateFormResponse200CreatedForm | Unset): The new Fluent Forms form (its own object).
        edit_url (str | Unset):
    """

    message: str
    created_form: CreateFormResponse200CreatedForm | Unset = UNSET
    edit_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        created_form: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_form, Unset):
            created_form = self.created_form.to_dict()

        edit_url = self.edit_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if created_form is not UNSET:
            field_dict["created_form"] = created_form
        if edit_url is not UNSET:
            field_dict["edit_url"] = edit_url

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        _created_form = d.pop("created_form", UNSET)
        created_form: CreateFormResponse200CreatedForm | Unset
        if isinstance(_created_form, Unset):
            created_form = UNSET
        else:
            created_form = CreateFormResponse200CreatedForm.from_dict(_created_form)

        edit_url = d.pop("edit_url", UNSET)

        create_form_response_200 = cls(
            message=message,
            created_form=created_form,
            edit_url=edit_url,
        )

        create_form_response_200.additional_properties = d
        return create_form_response_200

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
from ..models.create_form_response_200_created_form import CreateFormResponse200CreatedForm  # noqa: E402
