from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_design_template_config import EmailDesignTemplateConfig


T = TypeVar("T", bound="EmailDesignTemplate")


@_attrs_define
class EmailDesignTemplate:
    """An e-mail design FluentCRM offers, with its preview image and default style.

    Attributes:
        id (str):
        label (str):
        image (str | Unset): URL of the preview image.
        use_gutenberg (bool | Unset):
        template_type (str | Unset):
        template_info (str | Unset):
        config (EmailDesignTemplateConfig | Unset): Default style; sizes are integers (pixels), colours and fonts
            strings (empty for "inherit").
    """

    id: str
    label: str
    image: str | Unset = UNSET
    use_gutenberg: bool | Unset = UNSET
    template_type: str | Unset = UNSET
    template_info: str | Unset = UNSET
    config: EmailDesignTemplateConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        image = self.image

        use_gutenberg = self.use_gutenberg

        template_type = self.template_type

        template_info = self.template_info

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "label": label,
            }
        )
        if image is not UNSET:
            field_dict["image"] = image
        if use_gutenberg is not UNSET:
            field_dict["use_gutenberg"] = use_gutenberg
        if template_type is not UNSET:
            field_dict["template_type"] = template_type
        if template_info is not UNSET:
            field_dict["template_info"] = template_info
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label")

        image = d.pop("image", UNSET)

        use_gutenberg = d.pop("use_gutenberg", UNSET)

        template_type = d.pop("template_type", UNSET)

        template_info = d.pop("template_info", UNSET)

        _config = d.pop("config", UNSET)
        config: EmailDesignTemplateConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = EmailDesignTemplateConfig.from_dict(_config)

        email_design_template = cls(
            id=id,
            label=label,
            image=image,
            use_gutenberg=use_gutenberg,
            template_type=template_type,
            template_info=template_info,
            config=config,
        )

        email_design_template.additional_properties = d
        return email_design_template

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
from ..models.email_design_template_config import EmailDesignTemplateConfig  # noqa: E402
