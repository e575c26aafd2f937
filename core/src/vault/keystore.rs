//! The platform keystore: small secrets kept by Android Keystore / the iOS Keychain,
//! outside the app's files, so a copy of the files alone opens nothing.

use std::collections::HashMap;
use std::sync::Mutex;

use zeroize::Zeroizing;

/// Names of the secrets the core keeps in the platform keystore.
pub mod names {
    /// Random key of the content store (help readable without the PIN).
    pub const CONTENT_KEY: &str = "harbour.content-key";
    /// Mixed into the PIN's key derivation when the vault was set up with it.
    pub const VAULT_PEPPER: &str = "harbour.vault-pepper";
}

/// Why the keystore could not help. Carries no secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyStoreError {
    /// The platform refused (device locked, key invalidated, user removed the lock screen…).
    #[error("the device keystore is unavailable")]
    Unavailable,
}

/// Implemented by each shell: Android Keystore (StrongBox when present), iOS Keychain /
/// Secure Enclave, or the desktop's weaker file-backed store.
pub trait KeyStore: Send + Sync {
    fn load(&self, name: &str) -> Result<Option<Zeroizing<Vec<u8>>>, KeyStoreError>;
    /// Must replace the item atomically: after a crash at any moment a load returns the old
    /// secret or the new one, never part of one (the vault's roles record is rewritten on every
    /// unlock, and a cut one would lock every PIN out).
    fn store(&self, name: &str, secret: &[u8]) -> Result<(), KeyStoreError>;
    fn delete(&self, name: &str) -> Result<(), KeyStoreError>;
}

/// Keeps secrets in process memory only: for tests and benchmarks. Everything is lost when
/// the process ends, as a real keystore would lose it on a factory reset.
#[derive(Default)]
pub struct MemoryKeyStore {
    secrets: Mutex<HashMap<String, Zeroizing<Vec<u8>>>>,
}

impl MemoryKeyStore {
    /// The names it holds, sorted (tests check what a reset leaves behind).
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.secrets.lock().map(|s| s.keys().cloned().collect()).unwrap_or_default();
        names.sort();
        names
    }
}

/// A copy holding the same secrets: another process on the same device.
impl Clone for MemoryKeyStore {
    fn clone(&self) -> Self {
        let secrets = self.secrets.lock().map(|s| s.clone()).unwrap_or_default();
        MemoryKeyStore { secrets: Mutex::new(secrets) }
    }
}

impl KeyStore for MemoryKeyStore {
    fn load(&self, name: &str) -> Result<Option<Zeroizing<Vec<u8>>>, KeyStoreError> {
        Ok(self.secrets.lock().map_err(|_| KeyStoreError::Unavailable)?.get(name).cloned())
    }

    fn store(&self, name: &str, secret: &[u8]) -> Result<(), KeyStoreError> {
        let mut secrets = self.secrets.lock().map_err(|_| KeyStoreError::Unavailable)?;
        secrets.insert(name.to_owned(), Zeroizing::new(secret.to_vec()));
        Ok(())
    }

    fn delete(&self, name: &str) -> Result<(), KeyStoreError> {
        self.secrets.lock().map_err(|_| KeyStoreError::Unavailable)?.remove(name);
        Ok(())
    }
}
