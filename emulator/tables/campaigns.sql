-- The campaign columns the reports' `campaigns` table (emulator/storage.py) does not carry, one row per campaign,
-- plus the outbox where every e-mail the emulator "sends" ends up instead of leaving the machine.
CREATE TABLE IF NOT EXISTS campaign_details (
    campaign_id INTEGER PRIMARY KEY,
    type TEXT NOT NULL DEFAULT 'campaign',
    slug TEXT NOT NULL,
    template_id INTEGER,
    email_subject TEXT,
    email_pre_header TEXT,
    email_body TEXT,
    recipients_count INTEGER NOT NULL DEFAULT 0,
    utm TEXT NOT NULL DEFAULT '{}',
    design_template TEXT,
    scheduled_at TEXT,
    settings TEXT,
    created_by INTEGER NOT NULL DEFAULT 1,
    next_step TEXT,
    label_ids TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    campaign_id INTEGER,
    to_email TEXT NOT NULL,
    subject TEXT,
    body TEXT,
    created_at TEXT
);
