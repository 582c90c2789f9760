from typing import Literal, cast

CampaignByBodyInputDesignTemplate = Literal["classic", "plain", "raw_classic", "raw_html", "simple", "visual_builder"]

CAMPAIGN_BY_BODY_INPUT_DESIGN_TEMPLATE_VALUES: set[CampaignByBodyInputDesignTemplate] = {
    "classic",
    "plain",
    "raw_classic",
    "raw_html",
    "simple",
    "visual_builder",
}


def check_campaign_by_body_input_design_template(value: str) -> CampaignByBodyInputDesignTemplate:
    """Return ``value`` typed as CampaignByBodyInputDesignTemplate; values this client does not know are kept as they are."""
    if value in CAMPAIGN_BY_BODY_INPUT_DESIGN_TEMPLATE_VALUES or isinstance(value, str):
        return cast(CampaignByBodyInputDesignTemplate, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_BY_BODY_INPUT_DESIGN_TEMPLATE_VALUES!r}")
