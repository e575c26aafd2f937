//! A migrations runner: numbered SQL steps embedded in the binary, each applied in its own
//! transaction together with the `user_version` bump, so a step is either fully there or
//! not at all. A database whose version is newer than the code is refused, never touched.

use rusqlite::Connection;

use super::StoreError;

/// One numbered step. Versions start at 1 and have no gaps.
#[derive(Debug)]
pub struct Migration {
    pub version: u32,
    pub name: &'static str,
    pub sql: &'static str,
}

/// The ordered migrations of one database.
#[derive(Debug)]
pub struct Schema {
    pub name: &'static str,
    pub migrations: &'static [Migration],
}

impl Schema {
    /// The version a fully migrated database has.
    pub fn latest(&self) -> u32 {
        self.migrations.last().map_or(0, |m| m.version)
    }
}

/// Reads `user_version`.
pub fn current_version(conn: &Connection) -> Result<u32, StoreError> {
    let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    // SQLite stores a signed 32-bit value; anything negative was not written by us.
    u32::try_from(v).map_err(|_| StoreError::Corrupt)
}

/// Brings the database up to the schema's latest version.
pub fn migrate(conn: &mut Connection, schema: &Schema) -> Result<u32, StoreError> {
    migrate_to(conn, schema, schema.latest())
}

/// Applies pending steps up to and including `target`. Returns the resulting version.
pub fn migrate_to(conn: &mut Connection, schema: &Schema, target: u32) -> Result<u32, StoreError> {
    debug_assert!(is_contiguous(schema), "{} migrations must be numbered 1..n", schema.name);
    let found = current_version(conn)?;
    if found > schema.latest() {
        return Err(StoreError::SchemaTooNew { found, supported: schema.latest() });
    }
    for step in schema.migrations.iter().filter(|m| m.version > found && m.version <= target) {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute_batch(step.sql)?;
        // PRAGMA takes no bound parameters; the value is our own integer.
        tx.execute_batch(&format!("PRAGMA user_version = {}", step.version))?;
        tx.commit()?;
    }
    current_version(conn)
}

fn is_contiguous(schema: &Schema) -> bool {
    schema.migrations.iter().enumerate().all(|(i, m)| m.version as usize == i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    static STEPS: &[Migration] = &[
        Migration { version: 1, name: "a", sql: "CREATE TABLE a (x INTEGER);" },
        Migration { version: 2, name: "b", sql: "ALTER TABLE a ADD COLUMN y TEXT;" },
        Migration { version: 3, name: "broken", sql: "CREATE TABLE c (z INTEGER); INSERT INTO missing VALUES (1);" },
    ];

    #[test]
    fn steps_apply_in_order_and_stop_at_target() {
        let mut conn = Connection::open_in_memory().unwrap();
        let schema = Schema { name: "t", migrations: &STEPS[..2] };
        assert_eq!(migrate_to(&mut conn, &schema, 1).unwrap(), 1);
        assert!(conn.execute("INSERT INTO a (x, y) VALUES (1, 'q')", []).is_err());
        assert_eq!(migrate(&mut conn, &schema).unwrap(), 2);
        conn.execute("INSERT INTO a (x, y) VALUES (1, 'q')", []).unwrap();
        // Running again is a no-op.
        assert_eq!(migrate(&mut conn, &schema).unwrap(), 2);
    }

    #[test]
    fn a_failing_step_leaves_no_trace() {
        let mut conn = Connection::open_in_memory().unwrap();
        let schema = Schema { name: "t", migrations: STEPS };
        assert!(migrate(&mut conn, &schema).is_err());
        assert_eq!(current_version(&conn).unwrap(), 2);
        let c_exists: i64 =
            conn.query_row("SELECT count(*) FROM sqlite_master WHERE name = 'c'", [], |r| r.get(0)).unwrap();
        assert_eq!(c_exists, 0, "the half-applied step must be rolled back");
    }

    #[test]
    fn a_newer_database_is_refused_untouched() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("PRAGMA user_version = 7").unwrap();
        let schema = Schema { name: "t", migrations: &STEPS[..2] };
        assert_eq!(migrate(&mut conn, &schema).unwrap_err(), StoreError::SchemaTooNew { found: 7, supported: 2 });
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0)).unwrap();
        assert_eq!(tables, 0);
    }
}
