-- Log tables of the settings area. FluentCRM keeps system log lines as contact notes of status `_system_log_`
-- (wp_fc_subscriber_notes) and activity in wp_fc_activity_logs; the emulator gives each its own table.
CREATE TABLE IF NOT EXISTS system_logs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    subscriber_id INTEGER,
    parent_id INTEGER,
    created_by INTEGER,
    status TEXT NOT NULL DEFAULT '_system_log_',
    type TEXT,
    title TEXT,
    description TEXT,
    created_at TEXT,
    updated_at TEXT
);
CREATE TABLE IF NOT EXISTS activity_logs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    object_type TEXT NOT NULL,
    object_id INTEGER,
    action TEXT NOT NULL,
    source TEXT DEFAULT 'wp_admin',
    description TEXT,
    activity_by INTEGER,
    created_at TEXT,
    updated_at TEXT
);
