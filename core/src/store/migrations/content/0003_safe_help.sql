-- Content v2: who a line may share with, whom it serves, when it was verified; emergency
-- numbers; regions; tips; content text per locale with the hash of the English it was made
-- from; search over text folded the same way as queries. Every content row belongs to a
-- pack, and packs did not say these things before, so the old rows cannot be carried over
-- honestly (a line without its warning would look safe): they are dropped, the embedded
-- pack is installed again at the next open, and other packs must be imported again.

DROP TRIGGER IF EXISTS articles_fts_insert;
DROP TRIGGER IF EXISTS articles_fts_delete;
DROP TABLE IF EXISTS articles_fts;
DROP TABLE IF EXISTS article_topics;
DROP TABLE IF EXISTS articles;
DROP TABLE IF EXISTS helpline_specialties;
DROP TABLE IF EXISTS helplines;
DROP TABLE IF EXISTS questionnaires;
DROP TABLE IF EXISTS translations;
DROP TABLE IF EXISTS packs;

CREATE TABLE packs (
    id          INTEGER PRIMARY KEY,
    publisher   TEXT NOT NULL,            -- hex Ed25519 key
    pack_id     TEXT NOT NULL,
    version     INTEGER NOT NULL,
    title       TEXT NOT NULL,
    created     TEXT NOT NULL,
    imported_at INTEGER NOT NULL,         -- Unix seconds
    signed      BLOB,                     -- the pack file as received, to pass on; NULL for the embedded pack
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
    purpose       TEXT NOT NULL CHECK (purpose IN ('help', 'report')),
    shares_with   TEXT NOT NULL,          -- JSON array of recipients
    risky         INTEGER NOT NULL,       -- 1: a warning comes before the number
    audience      TEXT NOT NULL CHECK (audience IN ('adults', 'children', 'all')),
    serves_nationalities TEXT NOT NULL,   -- "|TH|NP|" or "" : callers of these nationalities, anywhere
    serves_languages     TEXT NOT NULL,   -- "|th|"
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
    verified_on   TEXT,                   -- NULL: never verified
    verified_how  TEXT,
    confidence    TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    note          TEXT,
    english_hash  TEXT NOT NULL,          -- of the translatable English text
    UNIQUE (pack, key)
) STRICT;
CREATE INDEX helplines_by_country ON helplines (country, time_zone);
-- Everything the ranking of a list reads, so ranking a country never touches the wide rows.
CREATE INDEX helplines_for_listing ON helplines (
    country, purpose, audience, always_open, time_zone, schedule, free, risky, language_keys, interpreters, channel_kinds
);
CREATE INDEX helplines_by_nationality ON helplines (serves_nationalities) WHERE serves_nationalities != '';

CREATE TABLE helpline_specialties (
    helpline  INTEGER NOT NULL REFERENCES helplines (id) ON DELETE CASCADE,
    specialty TEXT NOT NULL,
    PRIMARY KEY (specialty, helpline)
) STRICT, WITHOUT ROWID;
CREATE INDEX helpline_specialties_by_line ON helpline_specialties (helpline);

-- Emergency numbers and coverage, per country ("INT": the GSM fallback).
CREATE TABLE countries (
    pack             INTEGER NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    country          TEXT NOT NULL,
    emergency        TEXT NOT NULL,       -- JSON array
    police_caution   INTEGER NOT NULL,
    no_verified_line INTEGER NOT NULL,
    note             TEXT,
    source_url       TEXT,
    sources          TEXT NOT NULL,
    source_date      TEXT,
    confidence       TEXT NOT NULL,
    english_hash     TEXT NOT NULL,
    PRIMARY KEY (country, pack)
) STRICT;

-- Groups of countries (EU, Council of Europe): which regional law and lines apply where.
CREATE TABLE regions (
    pack       INTEGER NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    id         TEXT NOT NULL,
    name       TEXT NOT NULL,
    members    TEXT NOT NULL,             -- "|AT|BE|…|"
    source_url TEXT NOT NULL,
    PRIMARY KEY (id, pack)
) STRICT;

CREATE TABLE tips (
    pack         INTEGER NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    key          TEXT NOT NULL,
    position     INTEGER NOT NULL,
    title        TEXT NOT NULL,
    body         TEXT NOT NULL,
    topics       TEXT NOT NULL,           -- JSON array
    english_hash TEXT NOT NULL,
    PRIMARY KEY (pack, key)
) STRICT;

-- Rights articles and resources: the English reference.
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    pack         INTEGER NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    key          TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('right', 'resource')),
    jurisdiction TEXT NOT NULL,
    source_url   TEXT NOT NULL,
    sources      TEXT NOT NULL,           -- JSON array
    source_kind  TEXT,
    topics       TEXT NOT NULL,           -- JSON array
    confidence   TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    publisher    TEXT,
    year         INTEGER,
    english_hash TEXT NOT NULL,
    UNIQUE (pack, key, kind)
) STRICT;
CREATE INDEX articles_by_place ON articles (jurisdiction);

CREATE TABLE article_topics (
    article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    topic   TEXT NOT NULL,
    PRIMARY KEY (topic, article)
) STRICT, WITHOUT ROWID;
CREATE INDEX article_topics_by_article ON article_topics (article);

-- An article's text in each locale it has: English from the pack's data, the others from
-- its translations. `source_hash` is the English the translation was made from; when it
-- differs from the article's `english_hash`, the translation is stale.
CREATE TABLE article_texts (
    id          INTEGER PRIMARY KEY,
    article     INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    locale      TEXT NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    caveats     TEXT,
    source_hash TEXT,                     -- NULL for the English reference
    machine     INTEGER NOT NULL,         -- 1: machine-drafted, not reviewed
    search      TEXT NOT NULL,            -- title and body folded as queries are (content::fold)
    UNIQUE (article, locale)
) STRICT;

-- Full-text search over the folded text of every locale. Trigrams find words inside longer
-- runs of text (Thai, Burmese, Khmer and Chinese have no spaces between words); folding
-- (NFC, case, diacritics, Arabic and Persian letter variants, format characters) happens
-- in Rust, on the text and on the query alike.
CREATE VIRTUAL TABLE article_search USING fts5 (
    search,
    content = 'article_texts', content_rowid = 'id',
    tokenize = 'trigram'
);
CREATE TRIGGER article_texts_search_insert AFTER INSERT ON article_texts BEGIN
    INSERT INTO article_search (rowid, search) VALUES (new.id, new.search);
END;
CREATE TRIGGER article_texts_search_delete AFTER DELETE ON article_texts BEGIN
    INSERT INTO article_search (article_search, rowid, search) VALUES ('delete', old.id, old.search);
END;

-- Translations of everything else a person reads (helpline notes, tips, emergency-number
-- notes, screening questions), per item and locale; `fields` is a JSON object.
CREATE TABLE item_texts (
    pack        INTEGER NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    key         TEXT NOT NULL,
    locale      TEXT NOT NULL,
    fields      TEXT NOT NULL,
    source_hash TEXT NOT NULL,
    machine     INTEGER NOT NULL,
    PRIMARY KEY (kind, key, locale, pack)
) STRICT;

CREATE TABLE questionnaires (
    pack         INTEGER NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    id           TEXT NOT NULL,
    definition   TEXT NOT NULL,           -- JSON
    PRIMARY KEY (pack, id)
) STRICT;

-- Translations a pack brought for a locale this app does not ship: kept, not shown.
CREATE TABLE unshown_translations (
    pack   INTEGER NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (pack, locale)
) STRICT;
