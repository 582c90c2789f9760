"""``/migrators``: copying contacts from hosted e-mail services, as a site that cannot reach them answers.

The emulator never makes outgoing requests, so every migrator that would contact its service fails the way
FluentCRM does when WordPress blocks outgoing HTTP: 422 ``User has blocked requests through HTTP.``. An unknown
driver gets FluentCRM's own 422. The list of migrators is served in full.
"""

from __future__ import annotations

from typing import Any

from emulator import errors
from emulator.context import Context, Reply
from emulator.handlers.report_helpers import ASSETS

NO_DRIVER = "Sorry no driver found for the selected CRM"
BLOCKED = "User has blocked requests through HTTP."
FIELD_MAP_INFO = "Email Address and First name will be mapped automatically"
MAIN_FIELDS_INFO = "Email and main contact fields will be mapped automatically"


def _field(label: str, placeholder: str, data_type: str, inline_help: str) -> dict[str, str]:
    return {
        "label": label,
        "placeholder": placeholder,
        "data_type": data_type,
        "type": "input-text",
        "inline_help": inline_help,
    }


def _supports(tags: bool, lists: bool, empty_tags: bool, active_only: bool, **more: bool) -> dict[str, bool]:
    return {
        "tags": tags,
        "lists": lists,
        "empty_tags": empty_tags,
        "active_imports_only": active_only,
        **more,
    }


def _driver(
    title: str,
    description: str,
    logo: str,
    supports: dict[str, bool],
    fields: dict[str, dict[str, str]],
    doc: str,
    *,
    refresh: bool = False,
    **info: str,
) -> dict[str, Any]:
    return {
        "title": title,
        "description": description,
        "logo": logo,
        "supports": supports,
        **{key: value for key, value in info.items()},
        "credentials": {name: "" for name in fields},
        "credential_fields": fields,
        "refresh_on_list_change": refresh,
        "doc_url": f"https://fluentcrm.com/docs/migrating-into-fluentcrm-from-{doc}/",
    }


def drivers(site_url: str) -> dict[str, dict[str, Any]]:
    """The five migrators of FluentCRM 2.9.84, keyed as the other routes expect ``driver`` (case matters)."""
    logos = site_url + ASSETS + "/images/migrators/"
    api_key = "API Key"
    return {
        "mailchimp": _driver(
            "MailChimp",
            "Transfer your mailchimp lists, tags and contacts from MailChimp to FluentCRM",
            logos + "mailchimp.png",
            _supports(True, True, True, True, auto_tag_mapper=True),
            {
                "api_key": _field(
                    api_key,
                    "MailChimp API Key",
                    "password",
                    "You can find your API key at MailChimp Account -> Extras -> API keys",
                )
            },
            "mailchimp",
            refresh=True,
        ),
        "ConvertKit": _driver(
            "ConvertKit",
            "Migrate your ConvertKit contacts and associate to FluentCRM",
            logos + "convertkit.png",
            _supports(True, False, False, False),
            {
                "api_key": _field(
                    api_key,
                    "ConvertKit API Key",
                    "text",
                    "You can find your API key at ConvertKit Account -> Settings -> Advanced",
                ),
                "api_secret": _field(
                    "API Secret",
                    "ConvertKit API Secret",
                    "password",
                    "You can find your API Secret key at ConvertKit Account -> Settings -> Advanced",
                ),
            },
            "convertkit",
            field_map_info=FIELD_MAP_INFO,
            tags_map_info="Only Selected tags will be imported from ConvertKit",
        ),
        "MailerLite": _driver(
            "MailerLite",
            "Migrate your MailerLite contacts and associate to FluentCRM",
            logos + "mailerlite.png",
            _supports(True, False, False, True),
            {
                "api_key": _field(
                    api_key,
                    "MailerLite API Key",
                    "password",
                    "You can find your API key at MailerLite Account -> Integrations -> Developer API",
                )
            },
            "mailerlite",
            field_map_info=FIELD_MAP_INFO,
            tags_map_info="Only Selected Groups will be imported from MailerLite",
        ),
        "Drip": _driver(
            "Drip",
            "Transfer your Drip tags and contacts to FluentCRM",
            logos + "drip.png",
            _supports(True, False, True, True),
            {
                "api_key": _field(
                    "API Token",
                    "Drip API Token",
                    "password",
                    "You can find your API key at Drip Profile -> User Info -> API Token",
                ),
                "account_id": _field(
                    "Account ID",
                    "Drip Account ID",
                    "text",
                    "You can find Account ID Settings -> General Info -> Account ID",
                ),
            },
            "drip",
            field_map_info=MAIN_FIELDS_INFO,
        ),
        "ActiveCampaign": _driver(
            "ActiveCampaign",
            "Transfer your ActiveCampaign tags and contacts to FluentCRM",
            logos + "active_campaign.png",
            _supports(False, False, True, True, has_list_mapper=True),
            {
                "api_url": _field(
                    "API Access URL",
                    "API Access URL",
                    "url",
                    "You can find Account ID Settings -> Developer -> API Access",
                ),
                "api_key": _field(
                    "API Access Key",
                    "ActiveCampaign API Token",
                    "password",
                    "You can find your API key at ActiveCampaign Settings -> Developer -> API Access",
                ),
            },
            "activecampaign",
            field_map_info=MAIN_FIELDS_INFO,
        ),
    }


def list_migrators(ctx: Context) -> Reply:
    return Reply({"drivers": drivers(ctx.site_url)})


def remote_call(ctx: Context) -> Reply:
    """verify-cred, list-tag-mappings, summary and import: each needs the remote service."""
    driver = ctx.get("driver")
    if not isinstance(driver, str) or driver not in drivers(ctx.site_url):
        raise errors.message(422, NO_DRIVER)
    raise errors.message(422, BLOCKED)
