from typing import Literal, cast

SendFunnelTestWebhookBodyDataBodyDataType = Literal["selected_fields", "subscriber_data"]

SEND_FUNNEL_TEST_WEBHOOK_BODY_DATA_BODY_DATA_TYPE_VALUES: set[SendFunnelTestWebhookBodyDataBodyDataType] = {
    "selected_fields",
    "subscriber_data",
}


def check_send_funnel_test_webhook_body_data_body_data_type(value: str) -> SendFunnelTestWebhookBodyDataBodyDataType:
    """Return ``value`` typed as SendFunnelTestWebhookBodyDataBodyDataType; values this client does not know are kept as they are."""
    if value in SEND_FUNNEL_TEST_WEBHOOK_BODY_DATA_BODY_DATA_TYPE_VALUES or isinstance(value, str):
        return cast(SendFunnelTestWebhookBodyDataBodyDataType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEND_FUNNEL_TEST_WEBHOOK_BODY_DATA_BODY_DATA_TYPE_VALUES!r}"
    )
