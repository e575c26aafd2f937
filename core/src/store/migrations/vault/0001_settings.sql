-- Private per-profile settings (e.g. the caseworker's export key, auto-lock time).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
