//! A journal export from anyone: the reader behind `check-export` and import. Half the inputs
//! go in as they are (age's header parser); the other half are first sealed with the
//! passphrase at a tiny scrypt cost, so the fuzzer reaches the archive and journal parser
//! inside. Made once per process, because each costs more than a run: the in-memory journal
//! (made again only after a restore succeeds) and the age identity and recipient (making them
//! measures scrypt).
#![no_main]

use std::cell::RefCell;

use age::secrecy::SecretString;
use age::{Identity, Recipient};
use harbour_core::journal::export::import_with;
use harbour_core::store::{migrations, schemas};
use libfuzzer_sys::fuzz_target;
use rusqlite::Connection;

const PASSPHRASE: &str = "fuzzing passphrase";

fn empty_journal() -> Connection {
    let mut conn = Connection::open_in_memory().expect("in-memory database");
    migrations::migrate(&mut conn, &schemas::VAULT).expect("vault schema");
    conn
}

struct Keys {
    identity: age::scrypt::Identity,
    recipient: age::scrypt::Recipient,
}

thread_local! {
    static JOURNAL: RefCell<Connection> = RefCell::new(empty_journal());
    static KEYS: Keys = {
        let mut recipient = age::scrypt::Recipient::new(SecretString::from(PASSPHRASE.to_owned()));
        recipient.set_work_factor(1);
        let mut identity = age::scrypt::Identity::new(SecretString::from(PASSPHRASE.to_owned()));
        // Higher costs in a mutated header are refused before any work, as in the app.
        identity.set_max_work_factor(4);
        Keys { identity, recipient }
    };
}

fn restore(bytes: &[u8]) {
    KEYS.with(|keys| {
        JOURNAL.with_borrow_mut(|conn| {
            if import_with(conn, bytes, &keys.identity as &dyn Identity, &mut |_| true).is_ok() {
                *conn = empty_journal();
            }
        })
    });
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, body)) = data.split_first() else { return };
    if mode & 1 == 0 {
        restore(body);
    } else {
        let sealed = KEYS.with(|keys| {
            let encryptor = age::Encryptor::with_recipients(std::iter::once(&keys.recipient as &dyn Recipient))
                .expect("one recipient");
            let mut sealed = Vec::new();
            let mut writer = encryptor.wrap_output(&mut sealed).expect("sealing in memory");
            std::io::Write::write_all(&mut writer, body).expect("sealing in memory");
            writer.finish().expect("sealing in memory");
            sealed
        });
        restore(&sealed);
    }
});
