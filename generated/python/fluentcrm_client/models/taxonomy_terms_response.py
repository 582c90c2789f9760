from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.taxonomy_terms_response_options_item import TaxonomyTermsResponseOptionsItem


T = TypeVar("T", bound="TaxonomyTermsResponse")


@_attrs_define
class TaxonomyTermsResponse:
    """
    Attributes:
        options (list[TaxonomyTermsResponseOptionsItem]): The terms, each with its WordPress term id as a numeric
            string.
    """

    options: list[TaxonomyTermsResponseOptionsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "options": options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = TaxonomyTermsResponseOptionsItem.from_dict(options_item_data)

            options.append(options_item)

        taxonomy_terms_response = cls(
            options=options,
        )

        taxonomy_terms_response.additional_properties = d
        return taxonomy_terms_response

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
from ..models.taxonomy_terms_response_options_item import TaxonomyTermsResponseOptionsItem  # noqa: E402
