from typing import Literal, cast

SendFunnelTestWebhookBodyDataSendingMethod = Literal["DELETE", "GET", "PATCH", "POST", "PUT"]

SEND_FUNNEL_TEST_WEBHOOK_BODY_DATA_SENDING_METHOD_VALUES: set[SendFunnelTestWebhookBodyDataSendingMethod] = {
    "DELETE",
    "GET",
    "PATCH",
    "POST",
    "PUT",
}


def check_send_funnel_test_webhook_body_data_sending_method(value: str) -> SendFunnelTestWebhookBodyDataSendingMethod:
    """Return ``value`` typed as SendFunnelTestWebhookBodyDataSendingMethod; values this client does not know are kept as they are."""
    if value in SEND_FUNNEL_TEST_WEBHOOK_BODY_DATA_SENDING_METHOD_VALUES or isinstance(value, str):
        return cast(SendFunnelTestWebhookBodyDataSendingMethod, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEND_FUNNEL_TEST_WEBHOOK_BODY_DATA_SENDING_METHOD_VALUES!r}"
    )
