from typing import Literal, cast

CampaignInputDesignTemplate = Literal["classic", "plain", "raw_classic", "raw_html", "simple", "visual_builder"]

CAMPAIGN_INPUT_DESIGN_TEMPLATE_VALUES: set[CampaignInputDesignTemplate] = {
    "classic",
    "plain",
    "raw_classic",
    "raw_html",
    "simple",
    "visual_builder",
}


def check_campaign_input_design_template(value: str) -> CampaignInputDesignTemplate:
    """Return ``value`` typed as CampaignInputDesignTemplate; values this client does not know are kept as they are."""
    if value in CAMPAIGN_INPUT_DESIGN_TEMPLATE_VALUES or isinstance(value, str):
        return cast(CampaignInputDesignTemplate, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_INPUT_DESIGN_TEMPLATE_VALUES!r}")
