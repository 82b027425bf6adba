-- Every text a citizen reads exists in Spanish (_es) and English (_en).

CREATE TABLE IF NOT EXISTS states (
    code    TEXT PRIMARY KEY,
    name_es TEXT NOT NULL,
    name_en TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS categories (
    slug           TEXT PRIMARY KEY,
    position       INTEGER NOT NULL,
    name_es        TEXT NOT NULL,
    name_en        TEXT NOT NULL,
    description_es TEXT NOT NULL,
    description_en TEXT NOT NULL
);

-- A demo population registry: the people whose CURP can be consulted.
CREATE TABLE IF NOT EXISTS curp_registry (
    curp               TEXT PRIMARY KEY,
    given_names        TEXT NOT NULL,
    first_surname      TEXT NOT NULL,
    second_surname     TEXT NOT NULL,
    birth_date         TEXT NOT NULL,
    sex                TEXT NOT NULL,
    birth_state        TEXT NOT NULL REFERENCES states(code),
    source_document_es TEXT NOT NULL,
    source_document_en TEXT NOT NULL,
    registered_on      TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS life_events (
    slug           TEXT PRIMARY KEY,
    position       INTEGER NOT NULL,
    name_es        TEXT NOT NULL,
    name_en        TEXT NOT NULL,
    description_es TEXT NOT NULL,
    description_en TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS agencies (
    slug           TEXT PRIMARY KEY,
    acronym        TEXT NOT NULL,
    name_es        TEXT NOT NULL,
    name_en        TEXT NOT NULL,
    description_es TEXT NOT NULL,
    description_en TEXT NOT NULL,
    website        TEXT NOT NULL,
    phone          TEXT NOT NULL,
    email          TEXT NOT NULL,
    address        TEXT NOT NULL
);

-- A service's sheet and summary are stored ready to serve, as JSON in each
-- language; the other columns are what lists filter and sort on.
CREATE TABLE IF NOT EXISTS services (
    slug        TEXT PRIMARY KEY,
    homoclave   TEXT NOT NULL UNIQUE,
    agency      TEXT NOT NULL REFERENCES agencies(slug),
    popularity  INTEGER NOT NULL,
    online      INTEGER NOT NULL,
    in_person   INTEGER NOT NULL,
    phone       INTEGER NOT NULL,
    updated     TEXT NOT NULL,
    name_es     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    summary_es  TEXT NOT NULL,
    summary_en  TEXT NOT NULL,
    sheet_es    TEXT NOT NULL,
    sheet_en    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS services_by_agency ON services(agency, popularity DESC);
CREATE INDEX IF NOT EXISTS services_by_popularity ON services(popularity DESC, slug);

CREATE TABLE IF NOT EXISTS service_categories (
    category TEXT NOT NULL REFERENCES categories(slug),
    service  TEXT NOT NULL REFERENCES services(slug),
    PRIMARY KEY (category, service)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS service_life_events (
    life_event TEXT NOT NULL REFERENCES life_events(slug),
    service    TEXT NOT NULL REFERENCES services(slug),
    PRIMARY KEY (life_event, service)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS offices (
    id            TEXT PRIMARY KEY,
    agency        TEXT NOT NULL REFERENCES agencies(slug),
    name          TEXT NOT NULL,
    address       TEXT NOT NULL,
    municipality  TEXT NOT NULL,
    state         TEXT NOT NULL REFERENCES states(code),
    postal_code   TEXT NOT NULL,
    lat           REAL NOT NULL,
    lng           REAL NOT NULL,
    phone         TEXT NOT NULL,
    hours         TEXT NOT NULL,  -- JSON list of DayHours
    accessibility TEXT NOT NULL   -- JSON list of features
);
CREATE INDEX IF NOT EXISTS offices_by_state ON offices(state, municipality);

CREATE TABLE IF NOT EXISTS office_services (
    service TEXT NOT NULL REFERENCES services(slug),
    office  TEXT NOT NULL REFERENCES offices(id),
    PRIMARY KEY (service, office)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS office_services_by_office ON office_services(office);

-- What people call each service, folded (lower case, no accents): a query
-- that is exactly one of these names ranks that service first.
CREATE TABLE IF NOT EXISTS service_keywords (
    keyword TEXT NOT NULL,
    service TEXT NOT NULL REFERENCES services(slug),
    PRIMARY KEY (keyword, service)
) WITHOUT ROWID;

-- One row per service, agency and office, with both languages' words, so a
-- search in either language finds it. Accents and case are ignored.
CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(
    kind UNINDEXED, id UNINDEXED, title, keywords, body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
-- Names weigh most, then keywords, then descriptions.
INSERT INTO search_index(search_index, rank) VALUES ('rank', 'bm25(0.0, 0.0, 10.0, 6.0, 1.0)');
CREATE VIRTUAL TABLE IF NOT EXISTS search_vocabulary USING fts5vocab(search_index, 'row');

-- Online procedures: each form definition, localized, as the API serves it.
CREATE TABLE IF NOT EXISTS forms (
    id      TEXT PRIMARY KEY,
    service TEXT NOT NULL REFERENCES services(slug),
    json_es TEXT NOT NULL,
    json_en TEXT NOT NULL
);

-- Applications sent. The idempotency key makes a retried submission the
-- same application; the request hash tells a retry from a different one.
CREATE TABLE IF NOT EXISTS applications (
    folio           TEXT PRIMARY KEY,
    form            TEXT NOT NULL REFERENCES forms(id),
    applicant_curp  TEXT NOT NULL,
    answers         TEXT NOT NULL,
    status          TEXT NOT NULL,
    submitted_at    TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    request_hash    TEXT NOT NULL,
    -- When the retention period deleted the answers (RFC 3339); the folio,
    -- the CURP that tracking asks for and the history stay.
    answers_deleted_at TEXT
);

CREATE TABLE IF NOT EXISTS status_history (
    folio  TEXT NOT NULL REFERENCES applications(folio),
    status TEXT NOT NULL,
    at     TEXT NOT NULL,
    -- The agency's words to the applicant with this change.
    note   TEXT,
    -- The applicant's answer that brought it back to review; deleted with
    -- the answers.
    reply  TEXT
);
CREATE INDEX IF NOT EXISTS status_history_by_folio ON status_history(folio);

-- Every SMS sent (the outbox the gateway delivers from).
CREATE TABLE IF NOT EXISTS sms_outbox (
    id         INTEGER PRIMARY KEY,
    phone      TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at INTEGER NOT NULL  -- seconds since 1970
);
CREATE INDEX IF NOT EXISTS sms_outbox_by_phone ON sms_outbox(phone, created_at);

-- One-time codes that confirm a phone, stored hashed; and who asked for
-- them, for the rate limits.
CREATE TABLE IF NOT EXISTS sms_codes (
    id         INTEGER PRIMARY KEY,
    folio      TEXT NOT NULL REFERENCES applications(folio),
    phone      TEXT NOT NULL,
    code_hash  TEXT NOT NULL,
    client     TEXT NOT NULL,
    lang       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0,
    used       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS sms_codes_by_phone ON sms_codes(phone, created_at);
CREATE INDEX IF NOT EXISTS sms_codes_by_client ON sms_codes(client, created_at);

CREATE TABLE IF NOT EXISTS sms_subscriptions (
    folio        TEXT NOT NULL REFERENCES applications(folio),
    phone        TEXT NOT NULL,
    lang         TEXT NOT NULL,
    confirmed_at INTEGER NOT NULL,
    PRIMARY KEY (folio, phone)
);

-- The agencies' people. A password (Argon2id) and a TOTP key once enrolled.
CREATE TABLE IF NOT EXISTS staff (
    id             INTEGER PRIMARY KEY,
    email          TEXT NOT NULL UNIQUE,  -- lower case
    password_hash  TEXT,
    totp_secret    BLOB,
    -- The TOTP time step of the last code accepted: each code is good once.
    totp_last_step INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL
);

-- Each role a person holds, in one agency (none for a platform admin).
CREATE TABLE IF NOT EXISTS staff_roles (
    staff  INTEGER NOT NULL REFERENCES staff(id),
    role   TEXT NOT NULL,
    agency TEXT REFERENCES agencies(slug)
);
-- A NULL agency (a platform admin's) counts as one value, as a UNIQUE constraint would not.
CREATE UNIQUE INDEX IF NOT EXISTS staff_roles_once ON staff_roles(staff, role, IFNULL(agency, ''));

-- Enrolment links, stored hashed, good once and until they expire; the TOTP
-- key they show is the account's once the enrolment is confirmed.
CREATE TABLE IF NOT EXISTS staff_enrolments (
    token_hash  TEXT PRIMARY KEY,
    staff       INTEGER NOT NULL REFERENCES staff(id),
    totp_secret BLOB NOT NULL,
    expires_at  INTEGER NOT NULL,
    used        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS staff_recovery_codes (
    staff     INTEGER NOT NULL REFERENCES staff(id),
    code_hash TEXT NOT NULL,
    used      INTEGER NOT NULL DEFAULT 0
);

-- Sessions by the hash of their cookie's id: a copy of the table opens none.
CREATE TABLE IF NOT EXISTS staff_sessions (
    id_hash    TEXT PRIMARY KEY,
    staff      INTEGER NOT NULL REFERENCES staff(id),
    csrf_token TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_seen  INTEGER NOT NULL
);

-- Every e-mail sent (the outbox a mail relay delivers from).
CREATE TABLE IF NOT EXISTS mail_outbox (
    id         INTEGER PRIMARY KEY,
    address    TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at INTEGER NOT NULL  -- seconds since 1970
);
CREATE INDEX IF NOT EXISTS mail_outbox_by_address ON mail_outbox(address, id);

-- Failed sign-ins, by client and by the hash of the e-mail given (whether or
-- not it is anyone's, so that a lock says nothing of who has an account).
CREATE TABLE IF NOT EXISTS sign_in_failures (
    client     TEXT NOT NULL,
    email_hash TEXT NOT NULL,
    at         INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sign_in_failures_by_email ON sign_in_failures(email_hash, at);
CREATE INDEX IF NOT EXISTS sign_in_failures_by_client ON sign_in_failures(client, at);

-- What staff did: append-only, each entry chained to the one before by its
-- hash, so that an edited or deleted row shows (`ventanilla-api audit verify`).
CREATE TABLE IF NOT EXISTS audit_log (
    id      INTEGER PRIMARY KEY,
    at      INTEGER NOT NULL,
    actor   TEXT NOT NULL,
    client  TEXT NOT NULL,
    action  TEXT NOT NULL,
    subject TEXT NOT NULL,
    before  TEXT,
    after   TEXT,
    hash    TEXT NOT NULL,
    -- The agency the action was in, whose admins read it.
    agency  TEXT
);
CREATE INDEX IF NOT EXISTS audit_log_by_agency ON audit_log(agency, id);
CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- What the agencies publish: each item stored ready to serve, as JSON in
-- each language (the Spanish one again when it has no English); the other
-- columns are what lists filter and sort on.
CREATE TABLE IF NOT EXISTS content (
    agency          TEXT NOT NULL REFERENCES agencies(slug),
    slug            TEXT NOT NULL,
    kind            TEXT NOT NULL,
    first_published TEXT NOT NULL,  -- RFC 3339, with Mexico City's offset
    summary_es      TEXT NOT NULL,
    summary_en      TEXT NOT NULL,
    item_es         TEXT NOT NULL,
    item_en         TEXT NOT NULL,
    PRIMARY KEY (agency, slug)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS content_by_date ON content(first_published DESC);

CREATE TABLE IF NOT EXISTS content_topics (
    topic  TEXT NOT NULL REFERENCES categories(slug),
    agency TEXT NOT NULL,
    slug   TEXT NOT NULL,
    PRIMARY KEY (topic, agency, slug),
    FOREIGN KEY (agency, slug) REFERENCES content(agency, slug)
) WITHOUT ROWID;

-- The agencies' content as its editors keep it: one row per item, where it
-- is in the workflow; every version saved; the public history's change
-- notes. `content` above holds the live version of each, ready to serve.
CREATE TABLE IF NOT EXISTS content_documents (
    agency           TEXT NOT NULL REFERENCES agencies(slug),
    slug             TEXT NOT NULL,
    kind             TEXT NOT NULL,
    state            TEXT NOT NULL,  -- draft, submitted, scheduled, published, withdrawn, unpublished
    version          INTEGER NOT NULL,  -- the newest
    live_version     INTEGER,
    submitted_by     TEXT,
    scheduled_at     INTEGER,  -- seconds since 1970, UTC
    first_published  TEXT,  -- RFC 3339, with Mexico City's offset
    withdrawn_at     TEXT,
    withdrawn_reason TEXT,  -- JSON: {"es": …, "en": …}
    PRIMARY KEY (agency, slug)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS content_due ON content_documents(scheduled_at) WHERE state = 'scheduled';

CREATE TABLE IF NOT EXISTS content_versions (
    agency     TEXT NOT NULL,
    slug       TEXT NOT NULL,
    number     INTEGER NOT NULL,
    draft      TEXT NOT NULL,  -- JSON, as the editor wrote it (ventanilla_core::api::Draft)
    author     TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (agency, slug, number),
    FOREIGN KEY (agency, slug) REFERENCES content_documents(agency, slug)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS content_changes (
    agency TEXT NOT NULL,
    slug   TEXT NOT NULL,
    at     TEXT NOT NULL,  -- RFC 3339
    note   TEXT NOT NULL,  -- JSON: {"es": …, "en": …}
    FOREIGN KEY (agency, slug) REFERENCES content_documents(agency, slug)
);
CREATE INDEX IF NOT EXISTS content_changes_of ON content_changes(agency, slug, at);

-- Paths that no longer serve a page: an unpublished item's (410 without a
-- target) and an imported site's old addresses (301 to the target).
CREATE TABLE IF NOT EXISTS moved_paths (
    path   TEXT PRIMARY KEY,
    target TEXT
) WITHOUT ROWID;

-- The old addresses of the pages an import made into items: each
-- answers with a 301 to its item once that is live (moved_paths).
CREATE TABLE IF NOT EXISTS content_imports (
    old_path TEXT PRIMARY KEY,
    agency   TEXT NOT NULL,
    slug     TEXT NOT NULL,
    FOREIGN KEY (agency, slug) REFERENCES content_documents(agency, slug)
) WITHOUT ROWID;

-- Files the agencies' editors uploaded, by their name on the site; the
-- bytes are in the file store's folder, by their SHA-256 (one copy of a
-- file uploaded twice).
CREATE TABLE IF NOT EXISTS uploads (
    file        TEXT NOT NULL,
    agency      TEXT NOT NULL REFERENCES agencies(slug),
    media_type  TEXT NOT NULL,
    size_bytes  INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    uploaded_by TEXT NOT NULL,
    uploaded_at TEXT NOT NULL,
    PRIMARY KEY (file, agency)
) WITHOUT ROWID;
