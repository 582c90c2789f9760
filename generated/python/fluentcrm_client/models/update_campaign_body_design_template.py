from typing import Literal, cast

UpdateCampaignBodyDesignTemplate = Literal["classic", "plain", "raw_classic", "raw_html", "simple", "visual_builder"]

UPDATE_CAMPAIGN_BODY_DESIGN_TEMPLATE_VALUES: set[UpdateCampaignBodyDesignTemplate] = {
    "classic",
    "plain",
    "raw_classic",
    "raw_html",
    "simple",
    "visual_builder",
}


def check_update_campaign_body_design_template(value: str) -> UpdateCampaignBodyDesignTemplate:
    """Return ``value`` typed as UpdateCampaignBodyDesignTemplate; values this client does not know are kept as they are."""
    if value in UPDATE_CAMPAIGN_BODY_DESIGN_TEMPLATE_VALUES or isinstance(value, str):
        return cast(UpdateCampaignBodyDesignTemplate, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_CAMPAIGN_BODY_DESIGN_TEMPLATE_VALUES!r}")
