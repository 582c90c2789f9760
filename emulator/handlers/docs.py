"""``/docs``: FluentCRM's online documentation and the companion plugins.

The articles come from fluentcrm.com, which the emulator never contacts: it answers as FluentCRM does when the
site cannot be reached (no articles; an apology for one article). None of the companion plugins is installed.
"""

from __future__ import annotations

from typing import Any

from emulator import errors
from emulator.context import Context, Reply
from emulator.handlers.report_helpers import ASSETS

UNREACHABLE = "sorry, we could not fetch the doc at this moment. Please try again"

#: The experimental settings of a fresh site (``GET /docs/addons?with[]=experimental_features``).
EXPERIMENTAL_DEFAULTS: dict[str, Any] = {
    "quick_contact_navigation": "yes",
    "campaign_archive": "no",
    "campaign_group_by_month": "no",
    "campaign_search": "",
    "campaign_max_number": 50,
    "campaign_ids": [],
    "campaign_status": "archived",
    "classic_date_time": "no",
    "full_navigation": "no",
    "company_module": "no",
    "company_auto_logo": "no",
    "disable_visual_ai": "no",
    "multi_threading_emails": "no",
    "system_logs": "no",
    "event_tracking": "no",
    "abandoned_cart": "no",
    "activity_log": "no",
}

#: key → (title, logo file, wordpress.org slug, admin page, description)
ADDONS = (
    (
        "fluentform",
        "Fluent Forms",
        "fluentform.png",
        "fluentform",
        "admin.php?page=fluent_forms",
        (
            "Collect leads and build any type of forms, accept payments, connect with your CRM with the Fastest"
            " Contact Form Builder Plugin for WordPress"
        ),
    ),
    (
        "fluentsmtp",
        "Fluent SMTP",
        "fluent-smtp.svg",
        "fluent-smtp",
        "options-general.php?page=fluent-mail#/",
        (
            "The Ultimate SMTP and SES Plugin for WordPress. Connect with any SMTP, SendGrid, Mailgun, SES,"
            " Sendinblue, PepiPost, Google, Microsoft and more."
        ),
    ),
    (
        "fluent-support",
        "Fluent Support",
        "fluent-support.svg",
        "fluent-support",
        "admin.php?page=fluent-support#/",
        (
            "WordPress Helpdesk and Customer Support Ticket Plugin. Provide awesome support and manage customer"
            " queries right from your WordPress dashboard."
        ),
    ),
    (
        "fluentconnect",
        "Fluent Connect",
        "fluent-connect.svg",
        "fluent-connect",
        "admin.php?page=fluent-connect#/",
        (
            "Connect FluentCRM with ThriveCart and create, segment contact and run automation on ThriveCart"
            " purchase events."
        ),
    ),
)


def list_docs(ctx: Context) -> Reply:
    return Reply({"docs": []})


def get_doc(ctx: Context) -> Reply:
    if ctx.path_params["doc_id"] == "0":
        raise errors.invalid_param("id", "id must be a documentation article id above 0.")
    return Reply({"content": UNREACHABLE, "is_error": True})


def addons(ctx: Context) -> Reply:
    body: dict[str, Any] = {
        "addons": {
            key: {
                "title": title,
                "logo": f"{ctx.site_url}{ASSETS}/images/{logo}",
                "is_installed": False,
                "learn_more_url": f"https://wordpress.org/plugins/{slug}/",
                "settings_url": f"{ctx.site_url}/wp-admin/{page}",
                "action_text": f"Install {title}",
                "description": description,
            }
            for key, title, logo, slug, page, description in ADDONS
        }
    }
    wanted = ctx.get("with")
    if isinstance(wanted, (list, dict)) and "experimental_features" in (
        wanted.values() if isinstance(wanted, dict) else wanted
    ):
        body["experimental_features"] = dict(EXPERIMENTAL_DEFAULTS)
    return Reply(body)
