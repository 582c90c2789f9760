-- Global labels (wp_fc_labels). settings holds the JSON object {"color": ...}.
CREATE TABLE IF NOT EXISTS labels (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    parent_id INTEGER,
    slug TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    position REAL NOT NULL DEFAULT 1,
    description TEXT,
    settings TEXT,
    created_at TEXT,
    updated_at TEXT
);
