from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.editor_field_dependency import EditorFieldDependency
    from ..models.editor_field_options_item import EditorFieldOptionsItem


T = TypeVar("T", bound="EditorField")


@_attrs_define
class EditorField:
    """One field of a form FluentCRM's funnel editor draws (trigger settings, entry conditions, a block's settings). Its
    common keys are typed here; a field type may add keys of its own, which are free-form.

        Attributes:
            type (str | Unset): The widget, e.g. `radio`, `input-text`, `option_selectors`, `html`, `yes_no_check`.
            label (str | Unset):
            sub_title (str | Unset):
            help (str | Unset):
            inline_help (str | Unset):
            placeholder (str | Unset):
            wrapper_class (str | Unset):
            check_label (str | Unset):
            true_label (str | Unset):
            false_label (str | Unset):
            option_key (str | Unset):
            info (str | Unset):
            is_multiple (bool | Unset):
            options (list[EditorFieldOptionsItem] | Unset):
            dependency (EditorFieldDependency | Unset):
    """

    type: str | Unset = UNSET
    label: str | Unset = UNSET
    sub_title: str | Unset = UNSET
    help: str | Unset = UNSET
    inline_help: str | Unset = UNSET
    placeholder: str | Unset = UNSET
    wrapper_class: str | Unset = UNSET
    check_label: str | Unset = UNSET
    true_label: str | Unset = UNSET
    false_label: str | Unset = UNSET
    option_key: str | Unset = UNSET
    info: str | Unset = UNSET
    is_multiple: bool | Unset = UNSET
    options: list[EditorFieldOptionsItem] | Unset = UNSET
    dependency: EditorFieldDependency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type = self.type

        label = self.label

        sub_title = self.sub_title

        help = self.help

        inline_help = self.inline_help

        placeholder = self.placeholder

        wrapper_class = self.wrapper_class

        check_label = self.check_label

        true_label = self.true_label

        false_label = self.false_label

        option_key = self.option_key

        info = self.info

        is_multiple = self.is_multiple

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        dependency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dependency, Unset):
            dependency = self.dependency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type is not UNSET:
            field_dict["type"] = type
        if label is not UNSET:
            field_dict["label"] = label
        if sub_title is not UNSET:
            field_dict["sub_title"] = sub_title
        if help is not UNSET:
            field_dict["help"] = help
        if inline_help is not UNSET:
            field_dict["inline_help"] = inline_help
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if wrapper_class is not UNSET:
            field_dict["wrapper_class"] = wrapper_class
        if check_label is not UNSET:
            field_dict["check_label"] = check_label
        if true_label is not UNSET:
            field_dict["true_label"] = true_label
        if false_label is not UNSET:
            field_dict["false_label"] = false_label
        if option_key is not UNSET:
            field_dict["option_key"] = option_key
        if info is not UNSET:
            field_dict["info"] = info
        if is_multiple is not UNSET:
            field_dict["is_multiple"] = is_multiple
        if options is not UNSET:
            field_dict["options"] = options
        if dependency is not UNSET:
            field_dict["dependency"] = dependency

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type = d.pop("type", UNSET)

        label = d.pop("label", UNSET)

        sub_title = d.pop("sub_title", UNSET)

        help = d.pop("help", UNSET)

        inline_help = d.pop("inline_help", UNSET)

        placeholder = d.pop("placeholder", UNSET)

        wrapper_class = d.pop("wrapper_class", UNSET)

        check_label = d.pop("check_label", UNSET)

        true_label = d.pop("true_label", UNSET)

        false_label = d.pop("false_label", UNSET)

        option_key = d.pop("option_key", UNSET)

        info = d.pop("info", UNSET)

        is_multiple = d.pop("is_multiple", UNSET)

        _options = d.pop("options", UNSET)
        options: list[EditorFieldOptionsItem] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = EditorFieldOptionsItem.from_dict(options_item_data)

                options.append(options_item)

        _dependency = d.pop("dependency", UNSET)
        dependency: EditorFieldDependency | Unset
        if isinstance(_dependency, Unset):
            dependency = UNSET
        else:
            dependency = EditorFieldDependency.from_dict(_dependency)

        editor_field = cls(
            type=type,
            label=label,
            sub_title=sub_title,
            help=help,
            inline_help=inline_help,
            placeholder=placeholder,
            wrapper_class=wrapper_class,
            check_label=check_label,
            true_label=true_label,
            false_label=false_label,
            option_key=option_key,
            info=info,
            is_multiple=is_multiple,
            options=options,
            dependency=dependency,
        )

        editor_field.additional_properties = d
        return editor_field

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
from ..models.editor_field_dependency import EditorFieldDependency  # noqa: E402
from ..models.editor_field_options_item import EditorFieldOptionsItem  # noqa: E402
