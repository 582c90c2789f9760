from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_field_description_dependency import FormFieldDescriptionDependency


T = TypeVar("T", bound="FormFieldDescription")


@_attrs_define
class FormFieldDescription:
    """How FluentCRM's admin screen draws one settings field: its widget `type` and labels, and sometimes its options
    and the field it depends on. Only `type` is always present.

        Attributes:
            type_ (str): The widget, such as `inline-checkbox`, `option-selector`, `input-text` or `wp-editor`.
            label (str | Unset):
            help_ (str | Unset):
            placeholder (str | Unset):
            inline_help (str | Unset):
            checkbox_label (str | Unset):
            true_label (str | Unset):
            false_label (str | Unset):
            option_key (str | Unset):
            is_multiple (bool | Unset):
            creatable (bool | Unset):
            disabled (bool | Unset):
            dependency (FormFieldDescriptionDependency | Unset):
    """

    type_: str
    label: str | Unset = UNSET
    help_: str | Unset = UNSET
    placeholder: str | Unset = UNSET
    inline_help: str | Unset = UNSET
    checkbox_label: str | Unset = UNSET
    true_label: str | Unset = UNSET
    false_label: str | Unset = UNSET
    option_key: str | Unset = UNSET
    is_multiple: bool | Unset = UNSET
    creatable: bool | Unset = UNSET
    disabled: bool | Unset = UNSET
    dependency: FormFieldDescriptionDependency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        label = self.label

        help_ = self.help_

        placeholder = self.placeholder

        inline_help = self.inline_help

        checkbox_label = self.checkbox_label

        true_label = self.true_label

        false_label = self.false_label

        option_key = self.option_key

        is_multiple = self.is_multiple

        creatable = self.creatable

        disabled = self.disabled

        dependency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dependency, Unset):
            dependency = self.dependency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if help_ is not UNSET:
            field_dict["help"] = help_
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if inline_help is not UNSET:
            field_dict["inline_help"] = inline_help
        if checkbox_label is not UNSET:
            field_dict["checkbox_label"] = checkbox_label
        if true_label is not UNSET:
            field_dict["true_label"] = true_label
        if false_label is not UNSET:
            field_dict["false_label"] = false_label
        if option_key is not UNSET:
            field_dict["option_key"] = option_key
        if is_multiple is not UNSET:
            field_dict["is_multiple"] = is_multiple
        if creatable is not UNSET:
            field_dict["creatable"] = creatable
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if dependency is not UNSET:
            field_dict["dependency"] = dependency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.form_field_description_dependency import FormFieldDescriptionDependency  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        label = d.pop("label", UNSET)

        help_ = d.pop("help", UNSET)

        placeholder = d.pop("placeholder", UNSET)

        inline_help = d.pop("inline_help", UNSET)

        checkbox_label = d.pop("checkbox_label", UNSET)

        true_label = d.pop("true_label", UNSET)

        false_label = d.pop("false_label", UNSET)

        option_key = d.pop("option_key", UNSET)

        is_multiple = d.pop("is_multiple", UNSET)

        creatable = d.pop("creatable", UNSET)

        disabled = d.pop("disabled", UNSET)

        _dependency = d.pop("dependency", UNSET)
        dependency: FormFieldDescriptionDependency | Unset
        if isinstance(_dependency, Unset):
            dependency = UNSET
        else:
            dependency = FormFieldDescriptionDependency.from_dict(_dependency)

        form_field_description = cls(
            type_=type_,
            label=label,
            help_=help_,
            placeholder=placeholder,
            inline_help=inline_help,
            checkbox_label=checkbox_label,
            true_label=true_label,
            false_label=false_label,
            option_key=option_key,
            is_multiple=is_multiple,
            creatable=creatable,
            disabled=disabled,
            dependency=dependency,
        )

        form_field_description.additional_properties = d
        return form_field_description

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
