-- Packs and the content they bring. Every row belongs to a pack; replacing a pack deletes
-- its rows (ON DELETE CASCADE) in the same transaction that inserts the new ones.

CREATE TABLE packs (
    id          INTEGER PRIMARY KEY,
    publisher   TEXT NOT NULL,            -- hex Ed25519 key
    pack_id     TEXT NOT NULL,
    version     INTEGER NOT NULL,
    title       TEXT NOT NULL,
    created     TEXT NOT NULL,
    imported_at INTEGER NOT NULL,         -- Unix seconds
    UNIQUE (publisher, pack_id)
) STRICT;

CREATE TABLE helplines (
    id            INTEGER PRIMARY KEY,
    pack          INTEGER NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    key           TEXT NOT NULL,
    country       TEXT NOT NULL,
    organisation  TEXT,                   -- NULL: the source does not say
    service       TEXT NOT NULL,
    operator      TEXT NOT NULL CHECK (operator IN ('ngo', 'government', 'police', 'immigration', 'intergovernmental')),
    operator_note TEXT,
    always_open   INTEGER NOT NULL,       -- 1: day and night
    time_zone     TEXT,                   -- IANA, when weekly hours are known
    hours_text    TEXT,
    interpreters  INTEGER NOT NULL,
    free          INTEGER,                -- NULL: not known
    source_url    TEXT NOT NULL,
    sources       TEXT NOT NULL,          -- JSON array of further sources
    source_date   TEXT,
    source_note   TEXT,
    confidence    TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    notes         TEXT,
    UNIQUE (pack, key)
) STRICT;
CREATE INDEX helplines_by_country ON helplines (country, time_zone);

CREATE TABLE helpline_channels (
    helpline INTEGER NOT NULL REFERENCES helplines (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('phone', 'sms', 'whatsapp', 'web', 'email')),
    dial     TEXT NOT NULL,
    display  TEXT NOT NULL,
    note     TEXT,
    PRIMARY KEY (helpline, position)
) STRICT, WITHOUT ROWID;

-- Weekly hours, one row per local-day interval (a span past midnight is two rows).
CREATE TABLE helpline_hours (
    helpline INTEGER NOT NULL REFERENCES helplines (id) ON DELETE CASCADE,
    day      INTEGER NOT NULL CHECK (day BETWEEN 0 AND 6),   -- 0 = Monday
    opens    INTEGER NOT NULL CHECK (opens BETWEEN 0 AND 1439),
    closes   INTEGER NOT NULL CHECK (closes BETWEEN 1 AND 1440),
    PRIMARY KEY (helpline, day, opens)
) STRICT, WITHOUT ROWID;

CREATE TABLE helpline_languages (
    helpline INTEGER NOT NULL REFERENCES helplines (id) ON DELETE CASCADE,
    language TEXT NOT NULL,               -- primary subtag, lowercase ("pt" for "pt-BR")
    tag      TEXT NOT NULL,               -- as the pack gives it
    PRIMARY KEY (helpline, tag)
) STRICT, WITHOUT ROWID;

CREATE TABLE helpline_specialties (
    helpline  INTEGER NOT NULL REFERENCES helplines (id) ON DELETE CASCADE,
    specialty TEXT NOT NULL,
    PRIMARY KEY (helpline, specialty)
) STRICT, WITHOUT ROWID;
CREATE INDEX helpline_specialties_by_name ON helpline_specialties (specialty);

-- Rights articles and resources, one row per locale.
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    pack         INTEGER NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    key          TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('right', 'resource')),
    jurisdiction TEXT NOT NULL,
    locale       TEXT NOT NULL,
    title        TEXT NOT NULL,
    body         TEXT NOT NULL,
    source_url   TEXT NOT NULL,
    sources      TEXT NOT NULL,           -- JSON array
    topics       TEXT NOT NULL,           -- JSON array
    confidence   TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    caveats      TEXT,
    publisher    TEXT,
    year         INTEGER,
    UNIQUE (pack, key, locale)
) STRICT;
CREATE INDEX articles_by_place ON articles (jurisdiction, locale);

CREATE TABLE article_topics (
    article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    topic   TEXT NOT NULL,
    PRIMARY KEY (topic, article)
) STRICT, WITHOUT ROWID;

-- Full-text search over titles and bodies. Trigrams find words inside longer runs of text
-- (Thai, Burmese, Khmer and Chinese have no spaces between words); diacritics are ignored.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body,
    content = 'articles', content_rowid = 'id',
    tokenize = 'trigram remove_diacritics 1'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;

CREATE TABLE questionnaires (
    pack       INTEGER NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    id         TEXT NOT NULL,
    definition TEXT NOT NULL,             -- JSON
    PRIMARY KEY (pack, id)
) STRICT;

-- Fluent translations of content a pack brings (e.g. screening questions in a new language).
CREATE TABLE translations (
    pack   INTEGER NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (pack, locale)
) STRICT;
