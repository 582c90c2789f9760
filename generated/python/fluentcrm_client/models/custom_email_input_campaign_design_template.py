from typing import Literal, cast

CustomEmailInputCampaignDesignTemplate = Literal["classic", "plain", "raw_classic", "raw_html", "simple"]

CUSTOM_EMAIL_INPUT_CAMPAIGN_DESIGN_TEMPLATE_VALUES: set[CustomEmailInputCampaignDesignTemplate] = {
    "classic",
    "plain",
    "raw_classic",
    "raw_html",
    "simple",
}


def check_custom_email_input_campaign_design_template(value: str) -> CustomEmailInputCampaignDesignTemplate:
    """Return ``value`` typed as CustomEmailInputCampaignDesignTemplate; values this client does not know are kept as they are."""
    if value in CUSTOM_EMAIL_INPUT_CAMPAIGN_DESIGN_TEMPLATE_VALUES or isinstance(value, str):
        return cast(CustomEmailInputCampaignDesignTemplate, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_EMAIL_INPUT_CAMPAIGN_DESIGN_TEMPLATE_VALUES!r}"
    )
