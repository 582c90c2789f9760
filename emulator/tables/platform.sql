-- Files staged by POST /import/csv-upload until POST /import/csv-import has read them to the end (FluentCRM keeps
-- them in wp-content/uploads/fluentcrm; the emulator keeps them here so a database holds its whole state).
CREATE TABLE IF NOT EXISTS import_files (
    name TEXT PRIMARY KEY,
    content BLOB NOT NULL,
    created_at TEXT
);
