-- Incoming contact webhooks: the fc_meta rows whose object_type is 'webhook', settings kept as JSON.
CREATE TABLE IF NOT EXISTS webhooks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    value TEXT NOT NULL,
    created_at TEXT,
    updated_at TEXT
);
