from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_field_description_dependency import FormFieldDescriptionDependency
    from ..models.form_field_description_field_option_selector import FormFieldDescriptionFieldOptionSelector
    from ..models.form_field_description_options import FormFieldDescriptionOptions
    from ..models.form_field_description_options_item import FormFieldDescriptionOptionsItem
    from ..models.form_field_description_remote_field import FormFieldDescriptionRemoteField
    from ..models.form_field_description_selector_options_item import FormFieldDescriptionSelectorOptionsItem


T = TypeVar("T", bound="FormFieldDescription")


@_attrs_define
class FormFieldDescription:
    """How FluentCRM's admin screen draws one settings field: its widget `type`, its labels and help texts (strings),
    its switches (booleans), and sometimes its options and the field it depends on. Only `type` is always present.

        Attributes:
            type (str): The widget, such as `inline-checkbox`, `option-selector`, `input-text`, `wp-editor` or `image-
                radio`.
            is_multiple (bool | Unset):
            creatable (bool | Unset):
            disabled (bool | Unset):
            manage_serial (bool | Unset):
            dependency (FormFieldDescriptionDependency | Unset):
            options (FormFieldDescriptionOptions | list[FormFieldDescriptionOptionsItem] | Unset): Choices; a list of `{id,
                label}`, or e-mail designs keyed by id.
            selector_options (list[FormFieldDescriptionSelectorOptionsItem] | Unset): Choices of a mapping widget, such as
                WordPress roles.
            field_option_selector (FormFieldDescriptionFieldOptionSelector | Unset):
            remote_field (FormFieldDescriptionRemoteField | Unset):
    """

    type: str
    is_multiple: bool | Unset = UNSET
    creatable: bool | Unset = UNSET
    disabled: bool | Unset = UNSET
    manage_serial: bool | Unset = UNSET
    dependency: FormFieldDescriptionDependency | Unset = UNSET
    options: FormFieldDescriptionOptions | list[FormFieldDescriptionOptionsItem] | Unset = UNSET
    selector_options: list[FormFieldDescriptionSelectorOptionsItem] | Unset = UNSET
    field_option_selector: FormFieldDescriptionFieldOptionSelector | Unset = UNSET
    remote_field: FormFieldDescriptionRemoteField | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type = self.type

        is_multiple = self.is_multiple

        creatable = self.creatable

        disabled = self.disabled

        manage_serial = self.manage_serial

        dependency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dependency, Unset):
            dependency = self.dependency.to_dict()

        options: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = []
            for options_type_0_item_data in self.options:
                options_type_0_item = options_type_0_item_data.to_dict()
                options.append(options_type_0_item)

        else:
            options = self.options.to_dict()

        selector_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.selector_options, Unset):
            selector_options = []
            for selector_options_item_data in self.selector_options:
                selector_options_item = selector_options_item_data.to_dict()
                selector_options.append(selector_options_item)

        field_option_selector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_option_selector, Unset):
            field_option_selector = self.field_option_selector.to_dict()

        remote_field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remote_field, Unset):
            remote_field = self.remote_field.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if is_multiple is not UNSET:
            field_dict["is_multiple"] = is_multiple
        if creatable is not UNSET:
            field_dict["creatable"] = creatable
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if manage_serial is not UNSET:
            field_dict["manage_serial"] = manage_serial
        if dependency is not UNSET:
            field_dict["dependency"] = dependency
        if options is not UNSET:
            field_dict["options"] = options
        if selector_options is not UNSET:
            field_dict["selector_options"] = selector_options
        if field_option_selector is not UNSET:
            field_dict["field_option_selector"] = field_option_selector
        if remote_field is not UNSET:
            field_dict["remote_field"] = remote_field

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type = d.pop("type")

        is_multiple = d.pop("is_multiple", UNSET)

        creatable = d.pop("creatable", UNSET)

        disabled = d.pop("disabled", UNSET)

        manage_serial = d.pop("manage_serial", UNSET)

        _dependency = d.pop("dependency", UNSET)
        dependency: FormFieldDescriptionDependency | Unset
        if isinstance(_dependency, Unset):
            dependency = UNSET
        else:
            dependency = FormFieldDescriptionDependency.from_dict(_dependency)

        def _parse_options(data: object) -> FormFieldDescriptionOptions | list[FormFieldDescriptionOptionsItem] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                options_type_0 = []
                _options_type_0 = data
                for options_type_0_item_data in _options_type_0:
                    options_type_0_item = FormFieldDescriptionOptionsItem.from_dict(options_type_0_item_data)

                    options_type_0.append(options_type_0_item)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            options_options = FormFieldDescriptionOptions.from_dict(data)

            return options_options

        options = _parse_options(d.pop("options", UNSET))

        _selector_options = d.pop("selector_options", UNSET)
        selector_options: list[FormFieldDescriptionSelectorOptionsItem] | Unset = UNSET
        if _selector_options is not UNSET:
            selector_options = []
            for selector_options_item_data in _selector_options:
                selector_options_item = FormFieldDescriptionSelectorOptionsItem.from_dict(selector_options_item_data)

                selector_options.append(selector_options_item)

        _field_option_selector = d.pop("field_option_selector", UNSET)
        field_option_selector: FormFieldDescriptionFieldOptionSelector | Unset
        if isinstance(_field_option_selector, Unset):
            field_option_selector = UNSET
        else:
            field_option_selector = FormFieldDescriptionFieldOptionSelector.from_dict(_field_option_selector)

        _remote_field = d.pop("remote_field", UNSET)
        remote_field: FormFieldDescriptionRemoteField | Unset
        if isinstance(_remote_field, Unset):
            remote_field = UNSET
        else:
            remote_field = FormFieldDescriptionRemoteField.from_dict(_remote_field)

        form_field_description = cls(
            type=type,
            is_multiple=is_multiple,
            creatable=creatable,
            disabled=disabled,
            manage_serial=manage_serial,
            dependency=dependency,
            options=options,
            selector_options=selector_options,
            field_option_selector=field_option_selector,
            remote_field=remote_field,
        )

        form_field_description.additional_properties = d
        return form_field_description

    @builtins.property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models refer to each other, so these come after the class; at module level they are resolved once, where an
# import inside each method would run again on every call (and a list of contacts calls them hundreds of times).
from ..models.form_field_description_dependency import FormFieldDescriptionDependency  # noqa: E402
from ..models.form_field_description_field_option_selector import FormFieldDescriptionFieldOptionSelector  # noqa: E402
from ..models.form_field_description_options import FormFieldDescriptionOptions  # noqa: E402
from ..models.form_field_description_options_item import FormFieldDescriptionOptionsItem  # noqa: E402
from ..models.form_field_description_remote_field import FormFieldDescriptionRemoteField  # noqa: E402
from ..models.form_field_description_selector_options_item import FormFieldDescriptionSelectorOptionsItem  # noqa: E402
