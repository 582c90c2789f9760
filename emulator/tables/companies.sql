-- Companies (wp_fc_companies) and their notes. FluentCRM keeps company notes in the contact-notes table with
-- status '_company_note_'; the emulator gives them a table of their own so the contact notes stay separate.
-- Contacts are linked to companies through subscriber_pivot (object_type 'FluentCrm\App\Models\Company').
CREATE TABLE IF NOT EXISTS companies (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    hash TEXT NOT NULL,
    owner_id INTEGER,
    name TEXT NOT NULL,
    industry TEXT,
    email TEXT,
    timezone TEXT,
    address_line_1 TEXT,
    address_line_2 TEXT,
    postal_code TEXT,
    city TEXT,
    state TEXT,
    country TEXT,
    employees_number INTEGER NOT NULL DEFAULT 0,
    description TEXT,
    phone TEXT,
    type TEXT NOT NULL DEFAULT '',
    logo TEXT,
    website TEXT,
    linkedin_url TEXT,
    facebook_url TEXT,
    twitter_url TEXT,
    date_of_start TEXT,
    meta TEXT,
    created_at TEXT,
    updated_at TEXT
);
CREATE INDEX IF NOT EXISTS companies_name ON companies (name COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS company_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    subscriber_id INTEGER NOT NULL,
    parent_id INTEGER,
    created_by INTEGER,
    status TEXT NOT NULL DEFAULT '_company_note_',
    type TEXT NOT NULL DEFAULT 'note',
    is_private INTEGER NOT NULL DEFAULT 1,
    title TEXT,
    description TEXT,
    created_at TEXT,
    updated_at TEXT
);
CREATE INDEX IF NOT EXISTS company_notes_company ON company_notes (subscriber_id);
