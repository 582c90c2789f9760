from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bounce_configs_response_bounce_settings import BounceConfigsResponseBounceSettings
    from ..models.bounce_configs_response_fluentsmtp_info import BounceConfigsResponseFluentsmtpInfo


T = TypeVar("T", bound="BounceConfigsResponse")


@_attrs_define
class BounceConfigsResponse:
    """Bounce-handler webhook URLs for every supported e-mail service, and whether FluentSMTP is installed.

    Attributes:
        bounce_settings (BounceConfigsResponseBounceSettings): One entry per service: `ses`, `mailgun`, `pepipost`,
            `postmark`, `sendgrid`, `sparkpost`, `elasticemail`, `postalserver`, `smtp2go`, `brevo`.
        fluentsmtp_info (bool | BounceConfigsResponseFluentsmtpInfo): `false` without FluentSMTP; with it, whether it is
            configured and where.
    """

    bounce_settings: BounceConfigsResponseBounceSettings
    fluentsmtp_info: bool | BounceConfigsResponseFluentsmtpInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bounce_settings = self.bounce_settings.to_dict()

        fluentsmtp_info: bool | dict[str, Any]
        if isinstance(self.fluentsmtp_info, BounceConfigsResponseFluentsmtpInfo):
            fluentsmtp_info = self.fluentsmtp_info.to_dict()
        else:
            fluentsmtp_info = self.fluentsmtp_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bounce_settings": bounce_settings,
                "fluentsmtp_info": fluentsmtp_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bounce_settings = BounceConfigsResponseBounceSettings.from_dict(d.pop("bounce_settings"))

        def _parse_fluentsmtp_info(data: object) -> bool | BounceConfigsResponseFluentsmtpInfo:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fluentsmtp_info_fluentsmtp_info = BounceConfigsResponseFluentsmtpInfo.from_dict(data)

                return fluentsmtp_info_fluentsmtp_info
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BounceConfigsResponseFluentsmtpInfo, data)

        fluentsmtp_info = _parse_fluentsmtp_info(d.pop("fluentsmtp_info"))

        bounce_configs_response = cls(
            bounce_settings=bounce_settings,
            fluentsmtp_info=fluentsmtp_info,
        )

        bounce_configs_response.additional_properties = d
        return bounce_configs_response

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
from ..models.bounce_configs_response_bounce_settings import BounceConfigsResponseBounceSettings  # noqa: E402
from ..models.bounce_configs_response_fluentsmtp_info import BounceConfigsResponseFluentsmtpInfo  # noqa: E402
