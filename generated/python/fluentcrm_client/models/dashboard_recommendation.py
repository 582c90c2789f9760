from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DashboardRecommendation")


@_attrs_define
class DashboardRecommendation:
    """An upgrade suggestion for a detected third-party plugin (WooCommerce, an LMS, a membership plugin, ...).

    Attributes:
        provider (str):
        title (str):
        description (str):
        btn_text (str):
        base_title (str):
        learn_more (str | Unset): Product page; missing for some providers.
    """

    provider: str
    title: str
    description: str
    btn_text: str
    base_title: str
    learn_more: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        title = self.title

        description = self.description

        btn_text = self.btn_text

        base_title = self.base_title

        learn_more = self.learn_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "title": title,
                "description": description,
                "btn_text": btn_text,
                "base_title": base_title,
            }
        )
        if learn_more is not UNSET:
            field_dict["learn_more"] = learn_more

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider = d.pop("provider")

        title = d.pop("title")

        description = d.pop("description")

        btn_text = d.pop("btn_text")

        base_title = d.pop("base_title")

        learn_more = d.pop("learn_more", UNSET)

        dashboard_recommendation = cls(
            provider=provider,
            title=title,
            description=description,
            btn_text=btn_text,
            base_title=base_title,
            learn_more=learn_more,
        )

        dashboard_recommendation.additional_properties = d
        return dashboard_recommendation

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
