"""``/reports/dashboard-stats``: the dashboard summary, computed from the stored data."""

from __future__ import annotations

from typing import Any

from emulator.context import Context, Reply


def dashboard_stats(ctx: Context) -> Reply:
    with ctx.db.read() as conn:

        def count(sql: str) -> int:
            return ctx.db.cached(("dashboard", sql), lambda: int(conn.execute(sql).fetchone()[0]))

        active = count("SELECT COUNT(*) FROM subscribers WHERE status = 'subscribed'")
        contacts = count("SELECT COUNT(*) FROM subscribers")
        campaigns = count("SELECT COUNT(*) FROM campaigns")
        sent = count("SELECT COUNT(*) FROM campaign_emails WHERE status = 'sent'")
        tags = count("SELECT COUNT(*) FROM tags")
    site = ctx.site_url
    admin = f"{site}/wp-admin/admin.php?page=fluentcrm-admin#"
    steps: list[dict[str, Any]] = [
        {"label": "Create a Tag", "completed": tags > 0, "route": {"name": "tags"}},
        {"label": "Import Contacts", "completed": contacts > 0, "route": {"name": "subscribers"}},
        {"label": "Create a Campaign", "completed": campaigns > 0, "route": {"name": "campaigns"}},
        {"label": "Create an Automation", "completed": False, "route": {"name": "funnels"}},
        {"label": "Create a Form", "completed": False, "route": {"name": "forms"}},
    ]
    return Reply(
        {
            "stats": {
                "total_subscribers": {
                    "title": "Active Contacts",
                    "count": active,
                    "route": {"name": "subscribers"},
                },
                "total_campaigns": {"title": "Campaigns", "count": campaigns, "route": {"name": "campaigns"}},
                "email_sent": {"title": "Emails Sent", "count": sent, "route": {"name": "all_emails"}},
                "tags": {"title": "Tags", "count": tags, "route": {"name": "tags"}},
                "total_templates": {"title": "Email Templates", "count": 0, "route": {"name": "templates"}},
                "total_automations": {
                    "title": "Active Automations",
                    "count": 0,
                    "route": {"name": "funnels"},
                },
            },
            "sales": [],
            "dashboard_notices": [],
            "onboarding": {
                "total": len(steps),
                "completed": sum(1 for step in steps if step["completed"]),
                "steps": steps,
            },
            "quick_links": [
                {
                    "title": "Contact Segments",
                    "url": f"{admin}/contact-groups/lists",
                    "icon": "el-icon-folder",
                },
                {
                    "title": "Recurring Campaigns",
                    "url": f"{admin}/email/recurring-campaigns",
                    "icon": "el-icon-message",
                },
                {
                    "title": "Email Sequences",
                    "url": f"{admin}/email/sequences",
                    "icon": "el-icon-alarm-clock",
                },
                {"title": "Documentations", "url": f"{admin}/documentation", "icon": "el-icon-document"},
                {
                    "title": "Video Tutorials (Free)",
                    "url": "https://www.youtube.com/playlist?list=PLXpD0vT4thWG-ZPeM6cco7BS5cJY9bTjL",
                    "icon": "el-icon-video-camera",
                    "is_external": True,
                },
            ],
            "ff_config": {
                "is_installed": False,
                "create_form_link": f"{site}/wp-admin/admin.php?page=fluent_forms#add=1",
            },
            "recommendation": False,
            "system_tips": "",
        }
    )
