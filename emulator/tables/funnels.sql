-- Funnels (automations): fc_funnels, their steps, contacts' progress and the hidden e-mail campaigns of their steps.
CREATE TABLE IF NOT EXISTS funnels (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    type TEXT NOT NULL DEFAULT 'funnels',
    title TEXT NOT NULL,
    trigger_name TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft',
    conditions TEXT NOT NULL DEFAULT '[]',
    settings TEXT NOT NULL DEFAULT '[]',
    created_by INTEGER,
    created_at TEXT,
    updated_at TEXT
);
CREATE TABLE IF NOT EXISTS funnel_meta (
    funnel_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    value TEXT,
    PRIMARY KEY (funnel_id, key)
);
CREATE TABLE IF NOT EXISTS funnel_sequences (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    funnel_id INTEGER NOT NULL,
    parent_id INTEGER NOT NULL DEFAULT 0,
    action_name TEXT NOT NULL,
    condition_type TEXT,
    type TEXT NOT NULL DEFAULT 'action',
    title TEXT NOT NULL DEFAULT '',
    description TEXT,
    status TEXT NOT NULL DEFAULT 'published',
    conditions TEXT NOT NULL DEFAULT '[]',
    settings TEXT NOT NULL DEFAULT '[]',
    note TEXT,
    delay INTEGER NOT NULL DEFAULT 0,
    c_delay INTEGER NOT NULL DEFAULT 0,
    sequence INTEGER NOT NULL DEFAULT 1,
    created_by INTEGER,
    created_at TEXT,
    updated_at TEXT
);
CREATE INDEX IF NOT EXISTS funnel_sequences_funnel ON funnel_sequences (funnel_id, sequence);
CREATE TABLE IF NOT EXISTS funnel_subscribers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    funnel_id INTEGER NOT NULL,
    starting_sequence_id INTEGER,
    next_sequence INTEGER,
    subscriber_id INTEGER NOT NULL,
    last_sequence_id INTEGER,
    next_sequence_id INTEGER,
    last_sequence_status TEXT,
    status TEXT NOT NULL DEFAULT 'active',
    type TEXT NOT NULL DEFAULT 'funnel',
    last_executed_time TEXT,
    next_execution_time TEXT,
    notes TEXT,
    source_trigger_name TEXT,
    source_ref_id INTEGER,
    created_at TEXT,
    updated_at TEXT
);
CREATE INDEX IF NOT EXISTS funnel_subscribers_funnel ON funnel_subscribers (funnel_id, subscriber_id);
CREATE INDEX IF NOT EXISTS funnel_subscribers_contact ON funnel_subscribers (subscriber_id);
CREATE TABLE IF NOT EXISTS funnel_metrics (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    funnel_id INTEGER NOT NULL,
    sequence_id INTEGER NOT NULL,
    subscriber_id INTEGER NOT NULL,
    benchmark_value INTEGER NOT NULL DEFAULT 0,
    benchmark_currency TEXT NOT NULL DEFAULT 'USD',
    status TEXT NOT NULL DEFAULT 'completed',
    notes TEXT,
    created_at TEXT,
    updated_at TEXT
);
CREATE INDEX IF NOT EXISTS funnel_metrics_funnel ON funnel_metrics (funnel_id, subscriber_id);
CREATE TABLE IF NOT EXISTS funnel_campaigns (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    parent_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft',
    template_id INTEGER,
    email_subject TEXT,
    email_pre_header TEXT,
    email_body TEXT,
    utm_status INTEGER NOT NULL DEFAULT 0,
    utm_source TEXT,
    utm_medium TEXT,
    utm_campaign TEXT,
    utm_term TEXT,
    utm_content TEXT,
    design_template TEXT NOT NULL DEFAULT 'simple',
    settings TEXT NOT NULL DEFAULT '[]',
    created_at TEXT,
    updated_at TEXT
);
