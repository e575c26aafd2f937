//! The migrations of each database the app keeps. Append new steps; never edit a shipped one.

use super::{Migration, Schema};

/// The journal vault (one per profile).
pub static VAULT: Schema = Schema {
    name: "vault",
    migrations: &[
        Migration { version: 1, name: "settings", sql: include_str!("migrations/vault/0001_settings.sql") },
        Migration { version: 2, name: "journal", sql: include_str!("migrations/vault/0002_journal.sql") },
    ],
};

/// The content store (helplines, rights, resources, screening, packs, app settings).
pub static CONTENT: Schema = Schema {
    name: "content",
    migrations: &[
        Migration { version: 1, name: "settings", sql: include_str!("migrations/content/0001_settings.sql") },
        Migration { version: 2, name: "content", sql: include_str!("migrations/content/0002_content.sql") },
        Migration { version: 3, name: "safe help", sql: include_str!("migrations/content/0003_safe_help.sql") },
    ],
};
