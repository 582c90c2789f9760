from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.report_options import ReportOptions
    from ..models.report_options_response_options_item import ReportOptionsResponseOptionsItem


T = TypeVar("T", bound="ReportOptionsResponse")


@_attrs_define
class ReportOptionsResponse:
    """
    Attributes:
        options (list[ReportOptionsResponseOptionsItem] | ReportOptions): The requested option lists; an empty JSON
            array `[]` when no requested field is known.
    """

    options: list[ReportOptionsResponseOptionsItem] | ReportOptions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        options: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.options, ReportOptions):
            options = self.options.to_dict()
        else:
            options = []
            for options_type_1_item_data in self.options:
                options_type_1_item = options_type_1_item_data.to_dict()
                options.append(options_type_1_item)

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

        def _parse_options(data: object) -> list[ReportOptionsResponseOptionsItem] | ReportOptions:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                options_type_0 = ReportOptions.from_dict(data)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            options_type_1 = []
            _options_type_1 = data
            for options_type_1_item_data in _options_type_1:
                options_type_1_item = ReportOptionsResponseOptionsItem.from_dict(options_type_1_item_data)

                options_type_1.append(options_type_1_item)

            return options_type_1

        options = _parse_options(d.pop("options"))

        report_options_response = cls(
            options=options,
        )

        report_options_response.additional_properties = d
        return report_options_response

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
from ..models.report_options import ReportOptions  # noqa: E402
from ..models.report_options_response_options_item import ReportOptionsResponseOptionsItem  # noqa: E402
