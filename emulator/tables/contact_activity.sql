-- The columns of fc_campaign_emails that the shared campaign_emails table leaves out, one row per e-mail that has
-- them (custom e-mails sent to one contact). E-mails without a row here read as campaign e-mails: subject from the
-- campaign, no body, parsed.
CREATE TABLE IF NOT EXISTS campaign_email_contents (
    email_id INTEGER PRIMARY KEY,
    email_type TEXT NOT NULL DEFAULT 'campaign',
    email_subject TEXT,
    email_body TEXT,
    email_headers TEXT,
    is_parsed INTEGER NOT NULL DEFAULT 1,
    note TEXT,
    email_hash TEXT
);
-- fc_event_tracking: custom events per contact. Like FluentCRM, deleting a contact leaves its events behind.
CREATE TABLE IF NOT EXISTS event_tracking (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    subscriber_id INTEGER NOT NULL,
    counter INTEGER NOT NULL DEFAULT 1,
    created_by INTEGER,
    provider TEXT NOT NULL DEFAULT 'custom',
    event_key TEXT NOT NULL,
    title TEXT NOT NULL,
    value TEXT,
    created_at TEXT,
    updated_at TEXT
);
CREATE INDEX IF NOT EXISTS events_subscriber_key ON event_tracking (subscriber_id, event_key);
