from typing import Literal, cast

UpdateCampaignByBodyBodyDesignTemplate = Literal[
    "classic", "plain", "raw_classic", "raw_html", "simple", "visual_builder"
]

UPDATE_CAMPAIGN_BY_BODY_BODY_DESIGN_TEMPLATE_VALUES: set[UpdateCampaignByBodyBodyDesignTemplate] = {
    "classic",
    "plain",
    "raw_classic",
    "raw_html",
    "simple",
    "visual_builder",
}


def check_update_campaign_by_body_body_design_template(value: str) -> UpdateCampaignByBodyBodyDesignTemplate:
    """Return ``value`` typed as UpdateCampaignByBodyBodyDesignTemplate; values this client does not know are kept as they are."""
    if value in UPDATE_CAMPAIGN_BY_BODY_BODY_DESIGN_TEMPLATE_VALUES or isinstance(value, str):
        return cast(UpdateCampaignByBodyBodyDesignTemplate, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CAMPAIGN_BY_BODY_BODY_DESIGN_TEMPLATE_VALUES!r}"
    )
