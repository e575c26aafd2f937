package org.harbourapp.android

import android.app.Application
import java.io.File
import org.harbourapp.core.HarbourApp

/** Holds the one [HarbourApp] of the process: one per data directory, for the process's life. */
class HarbourApplication : Application() {
    private var core: HarbourApp? = null

    /**
     * Opens the core on first use. Opening reads the content store and asks the keystore for
     * its key (StrongBox can take a moment), so call this off the main thread. Throws
     * `HarbourException` if the store or the keystore refuses; the next call tries again.
     *
     * noBackupFilesDir: never in a backup or a device transfer, whatever the manifest says.
     */
    @Synchronized
    fun core(): HarbourApp = core ?: HarbourApp(
        File(noBackupFilesDir, "harbour").path,
        AndroidKeystore(this),
    ).also { core = it }
}
