from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.created_label import CreatedLabel
    from ..models.label import Label


T = TypeVar("T", bound="LabelSaveResponse")


@_attrs_define
class LabelSaveResponse:
    """Body of a successful label create or update; the message is the same for both.

    Attributes:
        label (CreatedLabel | Label):
        message (str):
    """

    label: CreatedLabel | Label
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label: dict[str, Any]
        if isinstance(self.label, Label):
            label = self.label.to_dict()
        else:
            label = self.label.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_label(data: object) -> CreatedLabel | Label:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                label_type_0 = Label.from_dict(data)

                return label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            label_type_1 = CreatedLabel.from_dict(data)

            return label_type_1

        label = _parse_label(d.pop("label"))

        message = d.pop("message")

        label_save_response = cls(
            label=label,
            message=message,
        )

        label_save_response.additional_properties = d
        return label_save_response

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
from ..models.created_label import CreatedLabel  # noqa: E402
from ..models.label import Label  # noqa: E402
