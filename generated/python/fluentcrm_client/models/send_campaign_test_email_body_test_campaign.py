from typing import Literal, cast

SendCampaignTestEmailBodyTestCampaign = Literal["yes"]

SEND_CAMPAIGN_TEST_EMAIL_BODY_TEST_CAMPAIGN_VALUES: set[SendCampaignTestEmailBodyTestCampaign] = {
    "yes",
}


def check_send_campaign_test_email_body_test_campaign(value: str) -> SendCampaignTestEmailBodyTestCampaign:
    """Return ``value`` typed as SendCampaignTestEmailBodyTestCampaign; values this client does not know are kept as they are."""
    if value in SEND_CAMPAIGN_TEST_EMAIL_BODY_TEST_CAMPAIGN_VALUES or isinstance(value, str):
        return cast(SendCampaignTestEmailBodyTestCampaign, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEND_CAMPAIGN_TEST_EMAIL_BODY_TEST_CAMPAIGN_VALUES!r}"
    )
