from typing import Literal, cast

SendFunnelTestWebhookBodyDataRequestFormat = Literal["form", "json"]

SEND_FUNNEL_TEST_WEBHOOK_BODY_DATA_REQUEST_FORMAT_VALUES: set[SendFunnelTestWebhookBodyDataRequestFormat] = {
    "form",
    "json",
}


def check_send_funnel_test_webhook_body_data_request_format(value: str) -> SendFunnelTestWebhookBodyDataRequestFormat:
    """Return ``value`` typed as SendFunnelTestWebhookBodyDataRequestFormat; values this client does not know are kept as they are."""
    if value in SEND_FUNNEL_TEST_WEBHOOK_BODY_DATA_REQUEST_FORMAT_VALUES or isinstance(value, str):
        return cast(SendFunnelTestWebhookBodyDataRequestFormat, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEND_FUNNEL_TEST_WEBHOOK_BODY_DATA_REQUEST_FORMAT_VALUES!r}"
    )
