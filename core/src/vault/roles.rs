//! What each slot is — main, second (decoy), emergency (duress) — and which vault file is the
//! main journal, kept in the platform keystore and nowhere in the app's files. A copy of the
//! files, even with a PIN, does not say which kind of PIN it is.
//!
//! Also here: the per-slot secrets (`harbour.slot-N`) every slot key is bound to.

use super::header::{SLOT_COUNT, SlotKind};
use super::keystore::{KeyStore, KeyStoreError};
use crate::secret::SecretKey;

const ROLES: &str = "harbour.vault-roles";
const VERSION: u8 = 1;
const NONE: u8 = 0xFF;

/// The keystore name of slot `index`'s secret.
pub fn slot_secret_name(index: usize) -> String {
    format!("harbour.slot-{index}")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Roles {
    pub primary: Option<u8>,
    pub decoy: Option<u8>,
    pub duress: Option<u8>,
    /// The vault file the main journal is in (the other holds the decoy or filler).
    pub primary_file: u8,
}

impl Roles {
    /// What slot `index` is; `None` for a slot no role names (random, or a leftover).
    pub fn kind_of(&self, index: usize) -> Option<SlotKind> {
        let i = Some(index as u8);
        if self.primary == i {
            Some(SlotKind::Primary)
        } else if self.duress == i {
            Some(SlotKind::Duress)
        } else if self.decoy == i {
            Some(SlotKind::Decoy)
        } else {
            None
        }
    }

    /// The vault file that is not the main journal's.
    pub fn decoy_file(&self) -> u8 {
        1 - self.primary_file.min(1)
    }

    /// Slots no role names.
    pub fn free_slots(&self) -> Vec<usize> {
        (0..SLOT_COUNT).filter(|&i| self.kind_of(i).is_none()).collect()
    }

    fn encode(&self) -> [u8; 8] {
        let b = |s: Option<u8>| s.unwrap_or(NONE);
        [VERSION, b(self.primary), b(self.decoy), b(self.duress), self.primary_file, 0, 0, 0]
    }

    fn decode(bytes: &[u8]) -> Option<Roles> {
        let slot = |v: u8| -> Option<Option<u8>> {
            match v {
                NONE => Some(None),
                s if usize::from(s) < SLOT_COUNT => Some(Some(s)),
                _ => None,
            }
        };
        match bytes {
            [VERSION, p, d, e, f, ..] if *f <= 1 => {
                Some(Roles { primary: slot(*p)?, decoy: slot(*d)?, duress: slot(*e)?, primary_file: *f })
            }
            _ => None,
        }
    }

    pub fn load(keystore: &dyn KeyStore) -> Result<Option<Roles>, KeyStoreError> {
        Ok(keystore.load(ROLES)?.and_then(|b| Roles::decode(&b)))
    }

    pub fn save(&self, keystore: &dyn KeyStore) -> Result<(), KeyStoreError> {
        keystore.store(ROLES, &self.encode())
    }

    pub fn delete(keystore: &dyn KeyStore) -> Result<(), KeyStoreError> {
        keystore.delete(ROLES)
    }
}

/// Every slot's keystore secret (`None` where the keystore has none).
pub fn slot_secrets(keystore: &dyn KeyStore) -> Result<[Option<SecretKey>; SLOT_COUNT], KeyStoreError> {
    let mut out: [Option<SecretKey>; SLOT_COUNT] = Default::default();
    for (i, slot) in out.iter_mut().enumerate() {
        *slot = keystore.load(&slot_secret_name(i))?.and_then(|b| SecretKey::from_slice(&b));
    }
    Ok(out)
}

/// Replaces slot `index`'s secret with a new random one: whatever the slot held is now
/// undecryptable everywhere, including in old copies of the header. Returns the new secret.
pub fn renew_slot_secret(keystore: &dyn KeyStore, index: usize) -> Result<SecretKey, KeyStoreError> {
    let name = slot_secret_name(index);
    // Deleted first, so a platform keystore drops the old entry (and its hardware key)
    // rather than overwriting it in place.
    keystore.delete(&name)?;
    let fresh = SecretKey::random();
    keystore.store(&name, fresh.expose())?;
    Ok(fresh)
}

pub fn delete_slot_secrets(keystore: &dyn KeyStore) -> Result<(), KeyStoreError> {
    (0..SLOT_COUNT).try_for_each(|i| keystore.delete(&slot_secret_name(i)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_and_refuse_nonsense() {
        let r = Roles { primary: Some(2), decoy: None, duress: Some(0), primary_file: 1 };
        assert_eq!(Roles::decode(&r.encode()), Some(r));
        assert_eq!(r.kind_of(2), Some(SlotKind::Primary));
        assert_eq!(r.kind_of(0), Some(SlotKind::Duress));
        assert_eq!(r.kind_of(1), None);
        assert_eq!(r.free_slots(), [1, 3]);
        assert_eq!(r.decoy_file(), 0);
        assert_eq!(Roles::decode(&[VERSION, 9, 0, 0, 0, 0, 0, 0]), None);
        assert_eq!(Roles::decode(&[2, 0, 0, 0, 0]), None);
    }
}
