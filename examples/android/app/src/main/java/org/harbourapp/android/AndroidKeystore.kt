package org.harbourapp.android

import android.content.Context
import android.content.pm.PackageManager
import android.os.Build
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import android.security.keystore.StrongBoxUnavailableException
import androidx.annotation.RequiresApi
import java.io.File
import java.io.FileOutputStream
import java.security.KeyStore
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec
import org.harbourapp.core.KeystoreException
import org.harbourapp.core.PlatformKeystore

/**
 * The keystore the core asks for its two small secrets: the content store's key and the
 * vault's platform secret (32 bytes each). Each is sealed with AES-256-GCM under a key of its
 * own that lives in the AndroidKeyStore (StrongBox when the phone has one) and never leaves
 * it; only the sealed bytes are written, to noBackupFilesDir. A copy of the app's files is
 * therefore useless on any other phone.
 *
 * One key per secret, so that [delete] can destroy the key itself: whatever the flash still
 * holds of a deleted file can then never be opened again. This is what makes the core's
 * crypto-shredding (emergency PIN, reset) hold on a phone, where deleting a file does not
 * erase it.
 */
class AndroidKeystore(context: Context) : PlatformKeystore {
    private val dir = File(context.noBackupFilesDir, "keystore")
    private val hasStrongBox = Build.VERSION.SDK_INT >= Build.VERSION_CODES.P &&
        context.packageManager.hasSystemFeature(PackageManager.FEATURE_STRONGBOX_KEYSTORE)

    // The core may call from several threads (an unlock attempt, the content store, a reset).
    @Synchronized
    override fun load(name: String): ByteArray? = guarded {
        val file = sealedFile(name)
        if (!file.exists()) return@guarded null
        val sealed = file.readBytes()
        if (sealed.size < HEADER_BYTES + TAG_BYTES || sealed[0] != FORMAT) throw KeystoreException.Unavailable()
        // A sealed file whose key is gone stays unreadable; the core then keeps its files and
        // reports the keystore as unavailable, which is all it needs to know.
        val key = keyStore().getKey(alias(name), null) as? SecretKey ?: throw KeystoreException.Unavailable()
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(TAG_BYTES * 8, sealed, 1, IV_BYTES))
        cipher.updateAAD(name.toByteArray(Charsets.UTF_8)) // a file renamed to another secret's name fails
        // Not wiped here: the bindings read this array after we return and copy it into memory
        // the core wipes. The garbage collector frees it later.
        cipher.doFinal(sealed, HEADER_BYTES, sealed.size - HEADER_BYTES)
    }

    @Synchronized
    override fun store(name: String, secret: ByteArray): Unit = guarded {
        try {
            val alias = alias(name)
            val key = keyStore().getKey(alias, null) as? SecretKey ?: newKey(alias)
            val cipher = Cipher.getInstance(TRANSFORMATION)
            cipher.init(Cipher.ENCRYPT_MODE, key) // the keystore picks a fresh random IV
            cipher.updateAAD(name.toByteArray(Charsets.UTF_8))
            val body = cipher.doFinal(secret)
            val iv = cipher.iv
            if (iv.size != IV_BYTES) throw KeystoreException.Unavailable()
            writeAtomically(sealedFile(name), byteArrayOf(FORMAT) + iv + body)
        } finally {
            secret.fill(0) // this copy is ours (the bindings made it); the core keeps its own
        }
    }

    @Synchronized
    override fun delete(name: String): Unit = guarded {
        // The file first: if that fails nothing has changed. The key second: once it is gone,
        // any leftover copy of the sealed bytes is noise.
        val file = sealedFile(name)
        if (file.exists() && !file.delete()) throw KeystoreException.Unavailable()
        val keys = keyStore()
        if (keys.containsAlias(alias(name))) keys.deleteEntry(alias(name))
    }

    private fun newKey(alias: String): SecretKey {
        if (hasStrongBox && Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) {
            generateInStrongBox(alias)?.let { return it }
        }
        return generate(spec(alias).build())
    }

    @RequiresApi(Build.VERSION_CODES.P)
    private fun generateInStrongBox(alias: String): SecretKey? = try {
        generate(spec(alias).setIsStrongBoxBacked(true).build())
    } catch (e: StrongBoxUnavailableException) {
        null // advertised but refused (busy, or out of room): the TEE-backed key is next best
    } catch (e: java.security.ProviderException) {
        null // some devices' StrongBox fails key generation this way instead
    }

    private fun spec(alias: String): KeyGenParameterSpec.Builder =
        KeyGenParameterSpec.Builder(alias, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
            .setKeySize(256)
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
            .setRandomizedEncryptionRequired(true)
    // No user authentication: a fingerprint or lock-screen prompt would give the disguise away,
    // and the PIN already guards the journal.
    //
    // setUnlockedDeviceRequired(true) is deliberately not set. It would refuse the key while
    // the keyguard is up, and the core needs these secrets at moments the shell does not pick
    // (opening the content store when the process starts, each PIN attempt). Worse, on
    // Android 12–14 such keys cannot be created or used at all on a phone without a secure
    // lock screen, and are deleted when the lock screen is removed (a documented platform
    // bug): many survivors' phones have no lock screen, and a controlling person who knows
    // the phone's code could destroy the journal's platform secret by turning the lock off.
    // What the flag would add (no use of the key while the phone is locked) guards against
    // someone holding a locked phone, who cannot open this app anyway; the non-exportable
    // hardware key already stops a copy of the files from being opened anywhere else.

    private fun generate(spec: KeyGenParameterSpec): SecretKey =
        KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, PROVIDER).run {
            init(spec)
            generateKey()
        }

    private fun keyStore(): KeyStore = KeyStore.getInstance(PROVIDER).apply { load(null) }

    private fun alias(name: String) = "harbour.keystore.$name"

    private fun sealedFile(name: String): File {
        // Names come from the core ("harbour.content-key", "harbour.vault-pepper"); anything
        // else is refused rather than turned into a path.
        if (!NAME.matches(name)) throw KeystoreException.Unavailable()
        return File(dir, "$name.sealed")
    }

    /** Write, sync, rename: a crash leaves the old file or the new one, never half of one. */
    private fun writeAtomically(target: File, bytes: ByteArray) {
        if (!dir.isDirectory && !dir.mkdirs()) throw KeystoreException.Unavailable()
        val temp = File(dir, target.name + ".tmp")
        FileOutputStream(temp).use { out ->
            out.write(bytes)
            out.fd.sync()
        }
        if (!temp.renameTo(target)) {
            temp.delete()
            throw KeystoreException.Unavailable()
        }
    }

    /** Every platform failure becomes `Unavailable`: the core needs no more, and so learns nothing. */
    private inline fun <T> guarded(block: () -> T): T = try {
        block()
    } catch (e: KeystoreException) {
        throw e
    } catch (e: Exception) {
        throw KeystoreException.Unavailable()
    }

    private companion object {
        const val PROVIDER = "AndroidKeyStore"
        const val TRANSFORMATION = "AES/GCM/NoPadding"
        const val FORMAT: Byte = 1
        const val IV_BYTES = 12
        const val TAG_BYTES = 16
        const val HEADER_BYTES = 1 + IV_BYTES // format byte, IV; then ciphertext and tag
        val NAME = Regex("[A-Za-z0-9._-]{1,64}")
    }
}
