from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_import_driver_config import UserImportDriverConfig
    from ..models.user_import_driver_fields import UserImportDriverFields
    from ..models.user_import_driver_labels import UserImportDriverLabels


T = TypeVar("T", bound="UserImportDriver")


@_attrs_define
class UserImportDriver:
    """The WordPress-user driver's form. With `summary=1` the server answers `UserImportSummary` instead.

    Attributes:
        config (UserImportDriverConfig):
        fields (UserImportDriverFields):
        labels (UserImportDriverLabels):
    """

    config: UserImportDriverConfig
    fields: UserImportDriverFields
    labels: UserImportDriverLabels
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config = self.config.to_dict()

        fields = self.fields.to_dict()

        labels = self.labels.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "fields": fields,
                "labels": labels,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        config = UserImportDriverConfig.from_dict(d.pop("config"))

        fields = UserImportDriverFields.from_dict(d.pop("fields"))

        labels = UserImportDriverLabels.from_dict(d.pop("labels"))

        user_import_driver = cls(
            config=config,
            fields=fields,
            labels=labels,
        )

        user_import_driver.additional_properties = d
        return user_import_driver

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
from ..models.user_import_driver_config import UserImportDriverConfig  # noqa: E402
from ..models.user_import_driver_fields import UserImportDriverFields  # noqa: E402
from ..models.user_import_driver_labels import UserImportDriverLabels  # noqa: E402
