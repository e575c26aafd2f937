import CryptoKit
import Foundation
import Harbour
import Security

/// The core's small named secrets (32 bytes each: the content key, the vault's platform
/// secret) in the iOS Keychain.
///
/// On a phone with a Secure Enclave each secret is encrypted (ECIES, P-256, AES-GCM) to a key
/// that never leaves the Enclave, and only the ciphertext is stored: a copy of the Keychain is
/// useless off this phone. Without one (the Simulator) the secret is stored as it is.
///
/// Accessibility is `AfterFirstUnlockThisDeviceOnly`, for the items and the Enclave key alike:
/// - not `WhenUnlocked`: the core needs its keys whenever it runs, and it can run while the
///   screen is locked (an unlock attempt or a save still finishing as the phone locks, the app
///   resumed in the background). `WhenUnlocked` would turn each of those into a keystore
///   failure. `AfterFirstUnlock` still keeps everything unreadable from boot until the person
///   first unlocks the phone: the state of a phone that was switched off and seized.
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
    private static let wrappingKeyTag = Data("org.harbourapp.keystore.wrap".utf8)

    /// First byte of every stored item: how the rest is kept.
    private enum Format: UInt8 {
        case plain = 0
        case enclave = 1
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
        case .enclave:
            guard let key = try Self.existingWrappingKey(),
                  let secret = SecKeyCreateDecryptedData(key, Self.algorithm, body as CFData, nil)
            else { throw KeystoreError.Unavailable }
            return secret as Data
        }
    }

    func store(name: String, secret: Data) throws {
        let stored: Data
        if useEnclave {
            let key = try wrappingKey()
            guard let publicKey = SecKeyCopyPublicKey(key),
                  let sealed = SecKeyCreateEncryptedData(publicKey, Self.algorithm, secret as CFData, nil)
            else { throw KeystoreError.Unavailable }
            stored = Data([Format.enclave.rawValue]) + (sealed as Data)
        } else {
            stored = Data([Format.plain.rawValue]) + secret
        }
        let values: [CFString: Any] = [
            kSecValueData: stored,
            kSecAttrAccessible: kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly,
        ]
        // Replace in place (atomic), or add the first time.
        var status = SecItemUpdate(Self.item(name) as CFDictionary, values as CFDictionary)
        if status == errSecItemNotFound {
            let item = Self.item(name).merging(values) { $1 }
            status = SecItemAdd(item as CFDictionary, nil)
        }
        guard status == errSecSuccess else { throw KeystoreError.Unavailable }
    }

    /// Removes this one item. The Enclave key stays: it wraps the other secrets too.
    func delete(name: String) throws {
        let status = SecItemDelete(Self.item(name) as CFDictionary)
        guard status == errSecSuccess || status == errSecItemNotFound else { throw KeystoreError.Unavailable }
    }

    /// Everything this keystore ever stored, and the Enclave key. Keychain items outlive an
    /// uninstall on iOS; the app calls this on a fresh install (no data directory yet).
    static func removeAll() {
        SecItemDelete([kSecClass: kSecClassGenericPassword, kSecAttrService: service] as [CFString: Any] as CFDictionary)
        SecItemDelete(wrappingKeyQuery as CFDictionary)
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

    private static var wrappingKeyQuery: [CFString: Any] {
        [
            kSecClass: kSecClassKey,
            kSecAttrKeyClass: kSecAttrKeyClassPrivate,
            kSecAttrKeyType: kSecAttrKeyTypeECSECPrimeRandom,
            kSecAttrApplicationTag: wrappingKeyTag,
        ]
    }

    private static func existingWrappingKey() throws -> SecKey? {
        var query = wrappingKeyQuery
        query[kSecReturnRef] = true
        var result: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &result)
        if status == errSecItemNotFound { return nil }
        guard status == errSecSuccess, let result, CFGetTypeID(result) == SecKeyGetTypeID()
        else { throw KeystoreError.Unavailable }
        return (result as! SecKey)  // checked by type id just above
    }

    /// The Enclave key, made on first use.
    private func wrappingKey() throws -> SecKey {
        try lock.withLock {
            if let key = try Self.existingWrappingKey() { return key }
            guard let access = SecAccessControlCreateWithFlags(
                nil, kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly, .privateKeyUsage, nil)
            else { throw KeystoreError.Unavailable }
            let attributes: [CFString: Any] = [
                kSecAttrKeyType: kSecAttrKeyTypeECSECPrimeRandom,
                kSecAttrKeySizeInBits: 256,
                kSecAttrTokenID: kSecAttrTokenIDSecureEnclave,
                kSecPrivateKeyAttrs: [
                    kSecAttrIsPermanent: true,
                    kSecAttrApplicationTag: Self.wrappingKeyTag,
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
        // Readable after the first unlock since boot, like the keystore, so the core can finish
        // a write as the screen locks; new files inherit the directory's class. Everything in
        // it is SQLCipher or age-encrypted already; this is the layer beneath.
        let protection: [FileAttributeKey: Any] = [.protectionKey: FileProtectionType.completeUntilFirstUserAuthentication]
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
