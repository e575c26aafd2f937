//! The desktop's stand-in for a hardware keystore.
//!
//! WEAKER THAN A PHONE: secrets are plain files (owner-only permissions) in a directory of
//! their own. On Android and iOS the equivalent secrets are wrapped by a key that never
//! leaves secure hardware, so a copy of the app's files is useless; here anyone who can read
//! this directory as well as the data directory has what the keystore would have protected,
//! and only the PIN's Argon2id cost stands in the way. Keep the two directories apart (e.g.
//! the keystore on a removable drive) to get some of the separation back.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use harbour_ffi::{KeystoreError, PlatformKeystore};

pub struct FileKeystore {
    dir: PathBuf,
}

impl FileKeystore {
    pub fn new(dir: &Path) -> std::io::Result<Self> {
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(dir)?;
        Ok(FileKeystore { dir: dir.to_owned() })
    }

    fn path(&self, name: &str) -> Result<PathBuf, KeystoreError> {
        // Names come from the core and are fixed identifiers; refuse anything path-like.
        let ok = !name.is_empty()
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
            && !name.starts_with('.');
        if ok { Ok(self.dir.join(name)) } else { Err(KeystoreError::Unavailable) }
    }
}

impl PlatformKeystore for FileKeystore {
    fn load(&self, name: String) -> Result<Option<Vec<u8>>, KeystoreError> {
        match fs::read(self.path(&name)?) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(_) => Err(KeystoreError::Unavailable),
        }
    }

    fn store(&self, name: String, secret: Vec<u8>) -> Result<(), KeystoreError> {
        let path = self.path(&name)?;
        let tmp = path.with_extension("tmp");
        let write = || -> std::io::Result<()> {
            let mut options = fs::OpenOptions::new();
            options.write(true).create(true).truncate(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let mut file = options.open(&tmp)?;
            file.write_all(&secret)?;
            file.sync_all()?;
            fs::rename(&tmp, &path)?;
            fs::File::open(&self.dir)?.sync_all()
        };
        write().map_err(|_| KeystoreError::Unavailable)
    }

    fn delete(&self, name: String) -> Result<(), KeystoreError> {
        match fs::remove_file(self.path(&name)?) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(_) => Err(KeystoreError::Unavailable),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stores_loads_and_deletes_with_owner_only_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let ks = FileKeystore::new(&dir.path().join("ks")).unwrap();
        assert_eq!(ks.load("harbour.content-key".into()).unwrap(), None);
        ks.store("harbour.content-key".into(), vec![7; 32]).unwrap();
        assert_eq!(ks.load("harbour.content-key".into()).unwrap(), Some(vec![7; 32]));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(dir.path().join("ks/harbour.content-key")).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "readable by others");
        }
        ks.delete("harbour.content-key".into()).unwrap();
        assert_eq!(ks.load("harbour.content-key".into()).unwrap(), None);
    }

    #[test]
    fn path_like_names_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let ks = FileKeystore::new(dir.path()).unwrap();
        for name in ["../x", "a/b", "", ".hidden"] {
            assert_eq!(ks.store(name.into(), vec![1]), Err(KeystoreError::Unavailable));
        }
    }
}
