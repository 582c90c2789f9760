"""The form descriptions FluentCRM sends with ``GET /setting/auto_subscribe_settings?with[]=fields``.

They are fixed texts of FluentCRM 2.9.84 (the admin screen draws its settings form from them); only the role list
of the role-based tagging section depends on the site, and the emulator's site has WordPress's five default roles.
"""

from __future__ import annotations

from typing import Any

AUTO_SUBSCRIBE_FORMS: dict[str, Any] = {
    "registration_fields": {
        "title": "User Signup Optin Settings",
        "sub_title": "Automatically add your new user signups as subscriber in FluentCRM",
        "fields": {
            "status": {
                "type": "inline-checkbox",
                "label": "",
                "checkbox_label": "Enable Create new contacts in FluentCRM when users register in WordPress",
                "true_label": "yes",
                "false_label": "no",
            },
            "target_list": {
                "type": "option-selector",
                "label": "Assign List",
                "option_key": "lists",
                "is_multiple": False,
                "creatable": True,
                "placeholder": "Select Assign List",
                "inline_help": "Select the list that will be assigned for new user registration in your site",
                "dependency": {"depends_on": "status", "operator": "=", "value": "yes"},
            },
            "target_tags": {
                "type": "option-selector",
                "label": "Assign Tags",
                "option_key": "tags",
                "is_multiple": True,
                "creatable": True,
                "placeholder": "Select Assign Tag",
                "inline_help": "Select the tags that will be assigned for new user registration in your site",
                "dependency": {"depends_on": "status", "operator": "=", "value": "yes"},
            },
            "double_optin": {
                "type": "inline-checkbox",
                "label": "Double Opt-In",
                "checkbox_label": "Enable Double-Optin Email Confirmation",
                "true_label": "yes",
                "false_label": "no",
                "dependency": {"depends_on": "status", "operator": "=", "value": "yes"},
            },
        },
    },
    "comment_fields": {
        "title": "Comment Form Subscription Settings",
        "sub_title": "Automatically add your site commenter as subscriber in FluentCRM",
        "fields": {
            "status": {
                "type": "inline-checkbox",
                "label": "",
                "true_label": "yes",
                "false_label": "no",
                "checkbox_label": "Enable Create new contacts in FluentCRM when a "
                "visitor add a comment in your comment form",
            },
            "checkbox_label": {
                "label": "Checkbox Label for Comment Form",
                "type": "input-text",
                "placeholder": "Checkbox Label for Comment Form",
                "dependency": {"depends_on": "status", "operator": "=", "value": "yes"},
            },
            "target_list": {
                "type": "option-selector",
                "label": "Assign List",
                "option_key": "lists",
                "is_multiple": False,
                "placeholder": "Select Assign List",
                "inline_help": "Select the list that will be assigned for comment "
                "will be made in comment forms",
                "dependency": {"depends_on": "status", "operator": "=", "value": "yes"},
            },
            "target_tags": {
                "type": "option-selector",
                "label": "Assign Tags",
                "option_key": "tags",
                "is_multiple": True,
                "placeholder": "Select Assign Tag",
                "inline_help": "Select the tags that will be assigned for new "
                "comment will be made in comment forms",
                "dependency": {"depends_on": "status", "operator": "=", "value": "yes"},
            },
            "auto_checked": {
                "type": "inline-checkbox",
                "label": "",
                "checkbox_label": "Enable auto checked status on Comment Form subscription",
                "true_label": "yes",
                "false_label": "no",
                "dependency": {"depends_on": "status", "operator": "=", "value": "yes"},
            },
            "show_only_new": {
                "type": "inline-checkbox",
                "label": "",
                "checkbox_label": "Do not show the checkbox if current user already subscribed state",
                "true_label": "yes",
                "false_label": "no",
                "dependency": {"depends_on": "status", "operator": "=", "value": "yes"},
            },
            "double_optin": {
                "type": "inline-checkbox",
                "label": "Double Opt-In",
                "checkbox_label": "Enable Double-Optin Email Confirmation",
                "true_label": "yes",
                "false_label": "no",
                "dependency": {"depends_on": "status", "operator": "=", "value": "yes"},
            },
        },
    },
    "user_syncing_fields": {
        "title": "Auto Sync User Data and Contact Data",
        "sub_title": "Automatically Sync your WP User Data and Fluent CRM Contact Data",
        "fields": {
            "status": {
                "type": "inline-checkbox",
                "label": "",
                "true_label": "yes",
                "false_label": "no",
                "checkbox_label": "Enable Sync between WP User Data and Fluent CRM Contact Data",
            },
            "delete_contact_on_user_delete": {
                "type": "inline-checkbox",
                "label": "",
                "true_label": "yes",
                "false_label": "no",
                "checkbox_label": "Delete FluentCRM contact on WP User delete",
            },
        },
    },
    "role_based_tagging_settings_fields": {
        "title": "WP User Role Based Tag Mapping",
        "sub_title": "Assign or Remove tags when a contact assign to a user role.",
        "fields": {
            "status": {
                "type": "inline-checkbox",
                "label": "",
                "checkbox_label": "Enable Role Based Tag Mapping",
                "true_label": "yes",
                "false_label": "no",
            },
            "tag_mappings": {
                "type": "tag-add-remove-mapping",
                "label": "Map Role and associate tags",
                "selector_label": "Target User Role",
                "add_tag_label": "Tags to be added",
                "remove_tag_label": "Tags to be removed",
                "selector_options": [
                    {"id": "administrator", "title": "Administrator"},
                    {"id": "editor", "title": "Editor"},
                    {"id": "author", "title": "Author"},
                    {"id": "contributor", "title": "Contributor"},
                    {"id": "subscriber", "title": "Subscriber"},
                ],
                "dependency": {"depends_on": "status", "operator": "=", "value": "yes"},
            },
        },
    },
}
