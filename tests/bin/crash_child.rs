//! A child process for the crash tests: opens a prepared data directory and types the
//! emergency PIN. Run with `HARBOUR_FAILPOINT` set, it is killed in the middle of the wipe.

use std::path::Path;
use std::sync::Arc;

use harbour_core::app::Harbour;
use harbour_core::secret::Pin;

fn main() {
    let dir = std::env::args().nth(1).expect("usage: harbour-crash-child <dir>");
    let dir = Path::new(&dir);
    let keystore = Arc::new(harbour_tests::keystore::FileKeyStore::new(dir.join("keystore")));
    let app = Harbour::open(&dir.join("data"), keystore).expect("the data directory opens");
    let _ = app.unlock(&Pin::new("7777".into()).expect("a valid PIN"));
}
