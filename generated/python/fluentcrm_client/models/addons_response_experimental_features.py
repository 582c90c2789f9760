from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddonsResponseExperimentalFeatures")


@_attrs_define
class AddonsResponseExperimentalFeatures:
    """Only with `with[]=experimental_features`: the experimental settings (`"yes"`/`"no"` switches and a few
    campaign-archive options), as `GET /setting/experiments` holds them.

        Attributes:
            campaign_max_number (int | str | Unset): An integer until the experiments are saved, then a numeric string.
            campaign_ids (list[int] | Unset):
            campaign_search (str | Unset):
            campaign_status (str | Unset):
    """

    campaign_max_number: int | str | Unset = UNSET
    campaign_ids: list[int] | Unset = UNSET
    campaign_search: str | Unset = UNSET
    campaign_status: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_max_number: int | str | Unset
        if isinstance(self.campaign_max_number, Unset):
            campaign_max_number = UNSET
        else:
            campaign_max_number = self.campaign_max_number

        campaign_ids: list[int] | Unset = UNSET
        if not isinstance(self.campaign_ids, Unset):
            campaign_ids = self.campaign_ids

        campaign_search = self.campaign_search

        campaign_status = self.campaign_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_max_number is not UNSET:
            field_dict["campaign_max_number"] = campaign_max_number
        if campaign_ids is not UNSET:
            field_dict["campaign_ids"] = campaign_ids
        if campaign_search is not UNSET:
            field_dict["campaign_search"] = campaign_search
        if campaign_status is not UNSET:
            field_dict["campaign_status"] = campaign_status

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_campaign_max_number(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        campaign_max_number = _parse_campaign_max_number(d.pop("campaign_max_number", UNSET))

        campaign_ids = cast(list[int], d.pop("campaign_ids", UNSET))

        campaign_search = d.pop("campaign_search", UNSET)

        campaign_status = d.pop("campaign_status", UNSET)

        addons_response_experimental_features = cls(
            campaign_max_number=campaign_max_number,
            campaign_ids=campaign_ids,
            campaign_search=campaign_search,
            campaign_status=campaign_status,
        )

        addons_response_experimental_features.additional_properties = d
        return addons_response_experimental_features

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
