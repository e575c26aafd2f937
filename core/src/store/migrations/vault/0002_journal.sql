-- The journal: an append-only chain of events. Editing adds a revision event; deleting adds
-- a tombstone event and destroys the content (text, attachments) of that entry's earlier
-- events, keeping their content hashes so the chain still verifies.
CREATE TABLE journal_events (
    seq          INTEGER PRIMARY KEY,          -- 1, 2, 3… without gaps
    kind         INTEGER NOT NULL CHECK (kind IN (1, 2, 3, 4)),   -- 1 create, 2 revise, 3 delete, 4 safety plan
    entry        BLOB NOT NULL CHECK (length(entry) = 16),        -- the entry (or plan section) it belongs to
    at_ms        INTEGER NOT NULL,             -- UTC instant, milliseconds since the Unix epoch
    offset_min   INTEGER NOT NULL,             -- local UTC offset when written, minutes
    content      BLOB,                         -- canonical content; NULL once destroyed
    content_hash BLOB NOT NULL CHECK (length(content_hash) = 32),
    hash         BLOB NOT NULL CHECK (length(hash) = 32)          -- the chain link
) STRICT;
CREATE INDEX journal_events_by_entry ON journal_events (entry, seq);

-- Attachments of an event, encrypted with the rest of the vault. `data` is destroyed with
-- the event's content.
CREATE TABLE journal_attachments (
    id     INTEGER PRIMARY KEY,
    seq    INTEGER NOT NULL REFERENCES journal_events (seq),
    name   TEXT NOT NULL,
    mime   TEXT NOT NULL,
    size   INTEGER NOT NULL,
    sha256 BLOB NOT NULL CHECK (length(sha256) = 32),
    data   BLOB
) STRICT;
CREATE INDEX journal_attachments_by_event ON journal_attachments (seq);

-- The last link, kept apart so cutting events off the end is detected.
CREATE TABLE journal_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash BLOB NOT NULL CHECK (length(hash) = 32)
) STRICT;

-- The safety plan as it stands: one JSON document per section. Every change is also a
-- journal event, so the plan's history is tamper-evident too.
CREATE TABLE safety_plan (
    section TEXT PRIMARY KEY NOT NULL,
    data    TEXT NOT NULL
) STRICT;

-- The entries, in the order they were written (create events only), for listing.
CREATE INDEX journal_creates ON journal_events (seq) WHERE kind = 1;
