from typing import Literal, cast

SendFunnelTestWebhookBodyDataHeaderType = Literal["no_headers", "with_headers"]

SEND_FUNNEL_TEST_WEBHOOK_BODY_DATA_HEADER_TYPE_VALUES: set[SendFunnelTestWebhookBodyDataHeaderType] = {
    "no_headers",
    "with_headers",
}


def check_send_funnel_test_webhook_body_data_header_type(value: str) -> SendFunnelTestWebhookBodyDataHeaderType:
    """Return ``value`` typed as SendFunnelTestWebhookBodyDataHeaderType; values this client does not know are kept as they are."""
    if value in SEND_FUNNEL_TEST_WEBHOOK_BODY_DATA_HEADER_TYPE_VALUES or isinstance(value, str):
        return cast(SendFunnelTestWebhookBodyDataHeaderType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEND_FUNNEL_TEST_WEBHOOK_BODY_DATA_HEADER_TYPE_VALUES!r}"
    )
