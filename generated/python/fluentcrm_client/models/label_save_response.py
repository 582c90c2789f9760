from __future__ import annotations

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
        field_bench (float): `__bench`: seconds the server spent on the request, as a float. FluentCRM adds it to most
            responses; clients
            should ignore it. Its value is different on every call.
    """

    label: CreatedLabel | Label
    message: str
    field_bench: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.label import Label  # noqa: PLC0415

        label: dict[str, Any]
        if isinstance(self.label, Label):
            label = self.label.to_dict()
        else:
            label = self.label.to_dict()

        message = self.message

        field_bench = self.field_bench

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "message": message,
                "__bench": field_bench,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.created_label import CreatedLabel  # noqa: PLC0415
        from ..models.label import Label  # noqa: PLC0415

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

        field_bench = d.pop("__bench")

        label_save_response = cls(
            label=label,
            message=message,
            field_bench=field_bench,
        )

        label_save_response.additional_properties = d
        return label_save_response

    @property
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
