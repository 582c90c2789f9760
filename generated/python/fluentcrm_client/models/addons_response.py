from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.addons_response_addons import AddonsResponseAddons
    from ..models.addons_response_experimental_features import AddonsResponseExperimentalFeatures


T = TypeVar("T", bound="AddonsResponse")


@_attrs_define
class AddonsResponse:
    """
    Attributes:
        addons (AddonsResponseAddons): By plugin key (`fluentform`, `fluentsmtp`, `fluent-support`, `fluentconnect`).
        experimental_features (AddonsResponseExperimentalFeatures | Unset): Only with `with[]=experimental_features`:
            the experimental settings (`"yes"`/`"no"` switches and a few
            campaign-archive options), as `GET /setting/experiments` holds them.
    """

    addons: AddonsResponseAddons
    experimental_features: AddonsResponseExperimentalFeatures | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addons = self.addons.to_dict()

        experimental_features: dict[str, Any] | Unset = UNSET
        if not isinstance(self.experimental_features, Unset):
            experimental_features = self.experimental_features.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addons": addons,
            }
        )
        if experimental_features is not UNSET:
            field_dict["experimental_features"] = experimental_features

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addons = AddonsResponseAddons.from_dict(d.pop("addons"))

        _experimental_features = d.pop("experimental_features", UNSET)
        experimental_features: AddonsResponseExperimentalFeatures | Unset
        if isinstance(_experimental_features, Unset):
            experimental_features = UNSET
        else:
            experimental_features = AddonsResponseExperimentalFeatures.from_dict(_experimental_features)

        addons_response = cls(
            addons=addons,
            experimental_features=experimental_features,
        )

        addons_response.additional_properties = d
        return addons_response

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
from ..models.addons_response_addons import AddonsResponseAddons  # noqa: E402
from ..models.addons_response_experimental_features import AddonsResponseExperimentalFeatures  # noqa: E402
