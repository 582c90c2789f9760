-- E-mail templates: FluentCRM keeps them as WordPress posts of type fc_template with their design in post meta.
CREATE TABLE IF NOT EXISTS email_templates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    post_title TEXT NOT NULL,
    post_content TEXT NOT NULL DEFAULT '',
    post_excerpt TEXT NOT NULL DEFAULT '',
    post_status TEXT NOT NULL DEFAULT 'draft',
    email_subject TEXT NOT NULL DEFAULT '',
    edit_type TEXT NOT NULL DEFAULT 'html',
    design_template TEXT NOT NULL DEFAULT 'simple',
    template_config TEXT NOT NULL DEFAULT '{}',
    footer_settings TEXT NOT NULL DEFAULT '{}',
    created_at TEXT,
    updated_at TEXT
);
