from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_funnel_test_webhook_body_data_body_data_type import (
    SendFunnelTestWebhookBodyDataBodyDataType,
    check_send_funnel_test_webhook_body_data_body_data_type,
)
from ..models.send_funnel_test_webhook_body_data_header_type import (
    SendFunnelTestWebhookBodyDataHeaderType,
    check_send_funnel_test_webhook_body_data_header_type,
)
from ..models.send_funnel_test_webhook_body_data_request_format import (
    SendFunnelTestWebhookBodyDataRequestFormat,
    check_send_funnel_test_webhook_body_data_request_format,
)
from ..models.send_funnel_test_webhook_body_data_sending_method import (
    SendFunnelTestWebhookBodyDataSendingMethod,
    check_send_funnel_test_webhook_body_data_sending_method,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_funnel_test_webhook_body_data_body_data_values_item import (
        SendFunnelTestWebhookBodyDataBodyDataValuesItem,
    )
    from ..models.send_funnel_test_webhook_body_data_header_data_item import SendFunnelTestWebhookBodyDataHeaderDataItem


T = TypeVar("T", bound="SendFunnelTestWebhookBodyData")


@_attrs_define
class SendFunnelTestWebhookBodyData:
    """
    Attributes:
        remote_url (str):
        sending_method (SendFunnelTestWebhookBodyDataSendingMethod | Unset):
        request_format (SendFunnelTestWebhookBodyDataRequestFormat | Unset):
        body_data_type (SendFunnelTestWebhookBodyDataBodyDataType | Unset):
        body_data_values (list[SendFunnelTestWebhookBodyDataBodyDataValuesItem] | Unset):
        header_type (SendFunnelTestWebhookBodyDataHeaderType | Unset):
        header_data (list[SendFunnelTestWebhookBodyDataHeaderDataItem] | Unset):
    """

    remote_url: str
    sending_method: SendFunnelTestWebhookBodyDataSendingMethod | Unset = UNSET
    request_format: SendFunnelTestWebhookBodyDataRequestFormat | Unset = UNSET
    body_data_type: SendFunnelTestWebhookBodyDataBodyDataType | Unset = UNSET
    body_data_values: list[SendFunnelTestWebhookBodyDataBodyDataValuesItem] | Unset = UNSET
    header_type: SendFunnelTestWebhookBodyDataHeaderType | Unset = UNSET
    header_data: list[SendFunnelTestWebhookBodyDataHeaderDataItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remote_url = self.remote_url

        sending_method: str | Unset = UNSET
        if not isinstance(self.sending_method, Unset):
            sending_method = self.sending_method

        request_format: str | Unset = UNSET
        if not isinstance(self.request_format, Unset):
            request_format = self.request_format

        body_data_type: str | Unset = UNSET
        if not isinstance(self.body_data_type, Unset):
            body_data_type = self.body_data_type

        body_data_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.body_data_values, Unset):
            body_data_values = []
            for body_data_values_item_data in self.body_data_values:
                body_data_values_item = body_data_values_item_data.to_dict()
                body_data_values.append(body_data_values_item)

        header_type: str | Unset = UNSET
        if not isinstance(self.header_type, Unset):
            header_type = self.header_type

        header_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.header_data, Unset):
            header_data = []
            for header_data_item_data in self.header_data:
                header_data_item = header_data_item_data.to_dict()
                header_data.append(header_data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "remote_url": remote_url,
            }
        )
        if sending_method is not UNSET:
            field_dict["sending_method"] = sending_method
        if request_format is not UNSET:
            field_dict["request_format"] = request_format
        if body_data_type is not UNSET:
            field_dict["body_data_type"] = body_data_type
        if body_data_values is not UNSET:
            field_dict["body_data_values"] = body_data_values
        if header_type is not UNSET:
            field_dict["header_type"] = header_type
        if header_data is not UNSET:
            field_dict["header_data"] = header_data

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        remote_url = d.pop("remote_url")

        _sending_method = d.pop("sending_method", UNSET)
        sending_method: SendFunnelTestWebhookBodyDataSendingMethod | Unset
        if isinstance(_sending_method, Unset):
            sending_method = UNSET
        else:
            sending_method = check_send_funnel_test_webhook_body_data_sending_method(_sending_method)

        _request_format = d.pop("request_format", UNSET)
        request_format: SendFunnelTestWebhookBodyDataRequestFormat | Unset
        if isinstance(_request_format, Unset):
            request_format = UNSET
        else:
            request_format = check_send_funnel_test_webhook_body_data_request_format(_request_format)

        _body_data_type = d.pop("body_data_type", UNSET)
        body_data_type: SendFunnelTestWebhookBodyDataBodyDataType | Unset
        if isinstance(_body_data_type, Unset):
            body_data_type = UNSET
        else:
            body_data_type = check_send_funnel_test_webhook_body_data_body_data_type(_body_data_type)

        _body_data_values = d.pop("body_data_values", UNSET)
        body_data_values: list[SendFunnelTestWebhookBodyDataBodyDataValuesItem] | Unset = UNSET
        if _body_data_values is not UNSET:
            body_data_values = []
            for body_data_values_item_data in _body_data_values:
                body_data_values_item = SendFunnelTestWebhookBodyDataBodyDataValuesItem.from_dict(
                    body_data_values_item_data
                )

                body_data_values.append(body_data_values_item)

        _header_type = d.pop("header_type", UNSET)
        header_type: SendFunnelTestWebhookBodyDataHeaderType | Unset
        if isinstance(_header_type, Unset):
            header_type = UNSET
        else:
            header_type = check_send_funnel_test_webhook_body_data_header_type(_header_type)

        _header_data = d.pop("header_data", UNSET)
        header_data: list[SendFunnelTestWebhookBodyDataHeaderDataItem] | Unset = UNSET
        if _header_data is not UNSET:
            header_data = []
            for header_data_item_data in _header_data:
                header_data_item = SendFunnelTestWebhookBodyDataHeaderDataItem.from_dict(header_data_item_data)

                header_data.append(header_data_item)

        send_funnel_test_webhook_body_data = cls(
            remote_url=remote_url,
            sending_method=sending_method,
            request_format=request_format,
            body_data_type=body_data_type,
            body_data_values=body_data_values,
            header_type=header_type,
            header_data=header_data,
        )

        send_funnel_test_webhook_body_data.additional_properties = d
        return send_funnel_test_webhook_body_data

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
from ..models.send_funnel_test_webhook_body_data_body_data_values_item import (
    SendFunnelTestWebhookBodyDataBodyDataValuesItem,  # noqa: E402
)
from ..models.send_funnel_test_webhook_body_data_header_data_item import SendFunnelTestWebhookBodyDataHeaderDataItem  # noqa: E402
