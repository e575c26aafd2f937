//! The platform keystore as a foreign trait: Android Keystore, iOS Keychain, or the
//! desktop shell's file-backed store implement it.

use std::sync::Arc;

use harbour_core::vault::{KeyStore, KeyStoreError};
use zeroize::Zeroizing;

/// What a keystore implementation may report. Implementations should map every platform
/// failure to `Unavailable`; the core never learns more, and needs no more.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum KeystoreError {
    #[error("the keystore is unavailable")]
    Unavailable,
}

impl From<uniffi::UnexpectedUniFFICallbackError> for KeystoreError {
    fn from(_: uniffi::UnexpectedUniFFICallbackError) -> Self {
        KeystoreError::Unavailable
    }
}

/// Small named secrets (32 bytes each) kept outside the app's files, ideally wrapped by a
/// hardware-backed key. `load` returns `None` for a name never stored.
#[uniffi::export(foreign)]
pub trait PlatformKeystore: Send + Sync {
    fn load(&self, name: String) -> Result<Option<Vec<u8>>, KeystoreError>;
    /// Must replace the item atomically (a file renamed over the old one, `SecItemUpdate`): a
    /// process killed mid-store must leave the old secret or the new one, never a part.
    fn store(&self, name: String, secret: Vec<u8>) -> Result<(), KeystoreError>;
    fn delete(&self, name: String) -> Result<(), KeystoreError>;
}

/// Lets the core use a shell's keystore.
pub(crate) struct KeystoreAdapter(pub Arc<dyn PlatformKeystore>);

impl KeyStore for KeystoreAdapter {
    fn load(&self, name: &str) -> Result<Option<Zeroizing<Vec<u8>>>, KeyStoreError> {
        self.0.load(name.to_owned()).map(|s| s.map(Zeroizing::new)).map_err(|_| KeyStoreError::Unavailable)
    }

    fn store(&self, name: &str, secret: &[u8]) -> Result<(), KeyStoreError> {
        self.0.store(name.to_owned(), secret.to_vec()).map_err(|_| KeyStoreError::Unavailable)
    }

    fn delete(&self, name: &str) -> Result<(), KeyStoreError> {
        self.0.delete(name.to_owned()).map_err(|_| KeyStoreError::Unavailable)
    }
}
