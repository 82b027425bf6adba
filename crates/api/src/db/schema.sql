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
