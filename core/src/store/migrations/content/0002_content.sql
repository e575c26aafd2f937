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

-- One row holds everything a list shows, so listing a country is one pass over its rows;
-- import inserts rows sorted by country, so those rows sit on neighbouring pages.
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
    schedule      TEXT,                   -- local-day intervals "day:opens-closes;…" (minutes), NULL if not known
    hours_text    TEXT,
    channels      TEXT NOT NULL,          -- JSON array, in the pack's order
    channel_kinds TEXT NOT NULL,          -- "|phone|sms|", for filtering
    languages     TEXT NOT NULL,          -- JSON array of BCP 47 tags
    language_keys TEXT NOT NULL,          -- "|en|ar|": primary subtags, for matching
    interpreters  INTEGER NOT NULL,
    free          INTEGER,                -- NULL: not known
    specialties   TEXT NOT NULL,          -- JSON array
    source_url    TEXT NOT NULL,
    sources       TEXT NOT NULL,          -- JSON array of further sources
    source_date   TEXT,
    source_note   TEXT,
    confidence    TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    notes         TEXT,
    UNIQUE (pack, key)
) STRICT;
CREATE INDEX helplines_by_country ON helplines (country, time_zone);
-- Everything the ranking of a list reads, so ranking a country never touches the wide rows.
CREATE INDEX helplines_for_listing ON helplines (
    country, always_open, time_zone, schedule, free, operator, language_keys, interpreters, channel_kinds
);

CREATE TABLE helpline_specialties (
    helpline  INTEGER NOT NULL REFERENCES helplines (id) ON DELETE CASCADE,
    specialty TEXT NOT NULL,
    PRIMARY KEY (specialty, helpline)
) STRICT, WITHOUT ROWID;
CREATE INDEX helpline_specialties_by_line ON helpline_specialties (helpline);

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
CREATE INDEX article_topics_by_article ON article_topics (article);

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
