import CryptoKit
import Foundation
import Harbour
import Security

/// The core's small named secrets (32 bytes each: the content key, the vault's platform
/// secret) in the iOS Keychain.
///
/// On a phone with a Secure Enclave each secret is encrypted (ECIES, P-256, AES-GCM) to a key
/// of its own that never leaves the Enclave, and only the ciphertext is stored: a copy of the
/// Keychain is useless off this phone, and deleting a secret deletes its Enclave key too, so a
/// copy of the deleted row (a backup, a forensic image) stays undecryptable. Without an Enclave
/// (the Simulator) the secret is stored as it is.
///
/// Accessibility is `WhenUnlockedThisDeviceOnly`, for the items and the Enclave keys alike:
/// - `WhenUnlocked`: the app never needs these secrets while the phone is locked. It locks its
///   journal the moment it stops being in front (LockRule), which happens before the phone's
///   own lock; it never runs in the background. So a phone seized while switched on but locked
///   yields neither the vault's platform secret nor the content key, and no offline PIN search
///   can start from it. (`AfterFirstUnlock`, used before, kept them readable from the first
///   unlock after boot until the phone was switched off.)
/// - `ThisDeviceOnly`: never in an iTunes/iCloud backup or moved to a new phone, so a backup
///   (or a copy of the app's files) cannot be opened anywhere else.
/// - No user-presence flag (Face ID / passcode prompt): that prompt would give the calculator
///   away. The PIN, through Argon2id, is the person's secret; this key only binds it to the
///   phone.
///
/// Every failure is reported as `KeystoreError.Unavailable`; the core needs nothing finer.
final class KeychainKeystore: PlatformKeystore, @unchecked Sendable {
    // @unchecked: the only state is the lock below; the Keychain itself is thread-safe, and
    // the core calls this from its own threads.

    private static let service = "org.harbourapp.keystore"
    /// The one shared Enclave key of earlier versions (format 1), read only to migrate.
    private static let sharedKeyTag = Data("org.harbourapp.keystore.wrap".utf8)
    private static let accessible = kSecAttrAccessibleWhenUnlockedThisDeviceOnly

    /// First byte of every stored item: how the rest is kept.
    private enum Format: UInt8 {
        case plain = 0
        /// Sealed to the shared Enclave key (earlier versions); rewritten as `enclaveOwnKey`
        /// on the next store of that name.
        case enclave = 1
        /// Sealed to an Enclave key of its own (tag: the shared tag + "." + name).
        case enclaveOwnKey = 2
    }

    private let useEnclave = SecureEnclave.isAvailable
    /// Serialises creating the Enclave key, so two first stores cannot make two.
    private let lock = NSLock()

    func load(name: String) throws -> Data? {
        var query = Self.item(name)
        query[kSecReturnData] = true
        query[kSecMatchLimit] = kSecMatchLimitOne
        var result: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &result)
        if status == errSecItemNotFound { return nil }
        guard status == errSecSuccess, let stored = result as? Data,
              let first = stored.first, let format = Format(rawValue: first)
        else { throw KeystoreError.Unavailable }
        let body = Data(stored.dropFirst())
        switch format {
        case .plain:
            return body
        case .enclave, .enclaveOwnKey:
            let tag = format == .enclave ? Self.sharedKeyTag : Self.keyTag(name)
            guard let key = try Self.existingWrappingKey(tag: tag),
                  let secret = SecKeyCreateDecryptedData(key, Self.algorithm, body as CFData, nil)
            else { throw KeystoreError.Unavailable }
            return secret as Data
        }
    }

    func store(name: String, secret: Data) throws {
        let stored: Data
        if useEnclave {
            let key = try wrappingKey(tag: Self.keyTag(name))
            guard let publicKey = SecKeyCopyPublicKey(key),
                  let sealed = SecKeyCreateEncryptedData(publicKey, Self.algorithm, secret as CFData, nil)
            else { throw KeystoreError.Unavailable }
            stored = Data([Format.enclaveOwnKey.rawValue]) + (sealed as Data)
        } else {
            stored = Data([Format.plain.rawValue]) + secret
        }
        let values: [CFString: Any] = [
            kSecValueData: stored,
            kSecAttrAccessible: Self.accessible,
        ]
        // Replace in place (atomic), or add the first time.
        var status = SecItemUpdate(Self.item(name) as CFDictionary, values as CFDictionary)
        if status == errSecItemNotFound {
            let item = Self.item(name).merging(values) { $1 }
            status = SecItemAdd(item as CFDictionary, nil)
        }
        guard status == errSecSuccess else { throw KeystoreError.Unavailable }
    }

    /// Removes this one item and its Enclave key: any copy of the sealed bytes is noise now.
    func delete(name: String) throws {
        let status = SecItemDelete(Self.item(name) as CFDictionary)
        guard status == errSecSuccess || status == errSecItemNotFound else { throw KeystoreError.Unavailable }
        let key = SecItemDelete(Self.keyQuery(tag: Self.keyTag(name)) as CFDictionary)
        guard key == errSecSuccess || key == errSecItemNotFound else { throw KeystoreError.Unavailable }
    }

    /// Everything this keystore ever stored, and the Enclave key. Keychain items outlive an
    /// uninstall on iOS; the app calls this on a fresh install (no data directory yet).
    static func removeAll() {
        SecItemDelete([kSecClass: kSecClassGenericPassword, kSecAttrService: service] as [CFString: Any] as CFDictionary)
        // Every Enclave key this app made (the shared one of earlier versions, one per name).
        SecItemDelete([kSecClass: kSecClassKey, kSecAttrKeyClass: kSecAttrKeyClassPrivate] as [CFString: Any] as CFDictionary)
    }

    // MARK: -

    private static var algorithm: SecKeyAlgorithm { .eciesEncryptionCofactorVariableIVX963SHA256AESGCM }

    private static func item(_ name: String) -> [CFString: Any] {
        [
            kSecClass: kSecClassGenericPassword,
            kSecAttrService: service,
            kSecAttrAccount: name,
            kSecAttrSynchronizable: false,  // never iCloud Keychain
        ]
    }

    private static func keyTag(_ name: String) -> Data {
        sharedKeyTag + Data(".\(name)".utf8)
    }

    private static func keyQuery(tag: Data) -> [CFString: Any] {
        [
            kSecClass: kSecClassKey,
            kSecAttrKeyClass: kSecAttrKeyClassPrivate,
            kSecAttrKeyType: kSecAttrKeyTypeECSECPrimeRandom,
            kSecAttrApplicationTag: tag,
        ]
    }

    private static func existingWrappingKey(tag: Data) throws -> SecKey? {
        var query = keyQuery(tag: tag)
        query[kSecReturnRef] = true
        var result: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &result)
        if status == errSecItemNotFound { return nil }
        guard status == errSecSuccess, let result, CFGetTypeID(result) == SecKeyGetTypeID()
        else { throw KeystoreError.Unavailable }
        return (result as! SecKey)  // checked by type id just above
    }

    /// The Enclave key for one name, made on first use.
    private func wrappingKey(tag: Data) throws -> SecKey {
        try lock.withLock {
            if let key = try Self.existingWrappingKey(tag: tag) { return key }
            guard let access = SecAccessControlCreateWithFlags(nil, Self.accessible, .privateKeyUsage, nil)
            else { throw KeystoreError.Unavailable }
            let attributes: [CFString: Any] = [
                kSecAttrKeyType: kSecAttrKeyTypeECSECPrimeRandom,
                kSecAttrKeySizeInBits: 256,
                kSecAttrTokenID: kSecAttrTokenIDSecureEnclave,
                kSecPrivateKeyAttrs: [
                    kSecAttrIsPermanent: true,
                    kSecAttrApplicationTag: tag,
                    kSecAttrAccessControl: access,
                ] as [CFString: Any],
            ]
            guard let key = SecKeyCreateRandomKey(attributes as CFDictionary, nil) else {
                throw KeystoreError.Unavailable
            }
            return key
        }
    }
}

/// Where the core keeps its files: Application Support/harbour.
enum DataDirectory {
    /// Creates the directory if needed and (re)applies its protection. `fresh`: it did not
    /// exist, i.e. this is the first launch since install.
    static func prepare() throws -> (url: URL, fresh: Bool) {
        let files = FileManager.default
        let base = try files.url(for: .applicationSupportDirectory, in: .userDomainMask, appropriateFor: nil, create: true)
        var url = base.appendingPathComponent("harbour", isDirectory: true)
        let fresh = !files.fileExists(atPath: url.path)
        // `.complete`: unreadable while the phone is locked, like the keystore's items. The app
        // locks its journal (saving any draft first) as soon as it is not in front, before the
        // phone's own lock takes the file keys away about ten seconds later; new files inherit
        // the directory's class. Everything in it is SQLCipher or age-encrypted already; this
        // is the layer beneath.
        let protection: [FileAttributeKey: Any] = [.protectionKey: FileProtectionType.complete]
        try files.createDirectory(at: url, withIntermediateDirectories: true, attributes: protection)
        try files.setAttributes(protection, ofItemAtPath: url.path)
        // Out of iCloud and computer backups: the keystore's items are (ThisDeviceOnly), and
        // files without those keys are only an attacker's brute-force target.
        var values = URLResourceValues()
        values.isExcludedFromBackup = true
        try url.setResourceValues(values)
        return (url, fresh)
    }
}
