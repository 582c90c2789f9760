from typing import Literal, cast

CampaignTestEmailInputTestCampaign = Literal["yes"]

CAMPAIGN_TEST_EMAIL_INPUT_TEST_CAMPAIGN_VALUES: set[CampaignTestEmailInputTestCampaign] = {
    "yes",
}


def check_campaign_test_email_input_test_campaign(value: str) -> CampaignTestEmailInputTestCampaign:
    """Return ``value`` typed as CampaignTestEmailInputTestCampaign; values this client does not know are kept as they are."""
    if value in CAMPAIGN_TEST_EMAIL_INPUT_TEST_CAMPAIGN_VALUES or isinstance(value, str):
        return cast(CampaignTestEmailInputTestCampaign, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_TEST_EMAIL_INPUT_TEST_CAMPAIGN_VALUES!r}")
