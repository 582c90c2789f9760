-- fc_subscriber_notes: notes kept on a contact. Deleting the contact deletes its notes (contact_model.delete).
CREATE TABLE IF NOT EXISTS subscriber_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    subscriber_id INTEGER NOT NULL,
    parent_id INTEGER,
    created_by INTEGER,
    status TEXT NOT NULL DEFAULT 'open',
    type TEXT NOT NULL DEFAULT 'note',
    is_private INTEGER NOT NULL DEFAULT 1,
    title TEXT,
    description TEXT,
    created_at TEXT,
    updated_at TEXT
);
CREATE INDEX IF NOT EXISTS notes_subscriber ON subscriber_notes (subscriber_id, id);
