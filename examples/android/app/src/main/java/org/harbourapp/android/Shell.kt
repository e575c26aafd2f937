package org.harbourapp.android

import android.app.Application
import android.os.Handler
import android.os.Looper
import android.os.LocaleList
import android.telephony.TelephonyManager
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.lifecycle.AndroidViewModel
import androidx.lifecycle.viewModelScope
import java.util.Locale
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.harbourapp.android.logic.DraftKeeper
import org.harbourapp.android.logic.NO_LIBRARY_DISPLAY
import org.harbourapp.android.logic.Opening
import org.harbourapp.android.logic.Session
import org.harbourapp.android.logic.Strings
import org.harbourapp.android.logic.ThreadWorker
import org.harbourapp.android.logic.Visibility
import org.harbourapp.android.logic.openCore
import org.harbourapp.core.AppStatus
import org.harbourapp.core.CalcKey
import org.harbourapp.core.CalcView
import org.harbourapp.core.Disguise
import org.harbourapp.core.HarbourApp
import org.harbourapp.core.HarbourException
import org.harbourapp.core.Translator
import org.harbourapp.core.UnlockObserver
import org.harbourapp.core.VaultOptions
import org.harbourapp.core.calibrateKdfAsync
import org.harbourapp.core.checkPin

/** What the activity shows. There is no back stack: hiding always lands on the calculator. */
sealed interface Screen {
    /** The core is opening (a fraction of a second): the calculator is drawn, its keys wait. */
    data object Opening : Screen
    data class Failed(val message: String, val retry: String) : Screen
    /** No native library for this phone's ABI: a calculator showing "Error", nothing else. */
    data object NoLibrary : Screen
    /** First use: choose the PIN the calculator will take. */
    data object Setup : Screen
    data object Calculator : Screen
    data object Unlocked : Screen
}

enum class Tab { HELP, JOURNAL, APPEARANCE }

private data class Opened(
    val app: HarbourApp,
    val languages: List<String>,
    val strings: Strings,
    val status: AppStatus,
    val country: String?,
)

/**
 * The shell's state, in a ViewModel so that a rotation keeps it. Every decision (what a key
 * does, whether a PIN is right, when to lock) is the core's; this only follows it.
 */
class Shell(application: Application) : AndroidViewModel(application) {
    var app: HarbourApp? by mutableStateOf(null)
        private set
    var screen: Screen by mutableStateOf(Screen.Opening)
        private set
    var tab: Tab by mutableStateOf(Tab.HELP)
    var calc: CalcView by mutableStateOf(CalcView(display = "0", pending = null, canClearEntry = false, error = false))
        private set
    /** Set before the first screen that reads it (everything after [Screen.Opening]). */
    lateinit var strings: Strings
        private set
    var settingUp: Boolean by mutableStateOf(false)
        private set
    var setupError: String? by mutableStateOf(null)
        private set

    /** The person's languages, most wanted first: the saved choice, then the phone's. */
    var languages: List<String> = emptyList()
        private set

    /** Where the person is, for helplines (see [deviceCountry]); read once, off the main thread. */
    var country: String? = null
        private set

    /**
     * The launcher entry the person or outreach worker chose. Applied only when the app is
     * gone from the screen ([applyLauncherDisguise]): disabling the entry the running task came
     * from can close it and drops the entry's shortcuts.
     */
    @Volatile
    var launcherDisguise: LauncherDisguise? = null

    /** Kept, not fetched per key: each `app.disguise()` call makes a new wrapper object. */
    private var disguise: Disguise? = null

    /** The activity is in front. An unlock or set-up that ends while it is not is thrown away. */
    private var visible = false
    private val main = Handler(Looper.getMainLooper())

    /** Store work off the main thread, in order: draft saves, then the lock that follows. */
    private val worker = ThreadWorker()

    /** The entry being written, kept in the vault as it is typed. */
    var drafts: DraftKeeper? = null
        private set
    private var session: Session? = null

    private val observer = object : UnlockObserver {
        // Called on the attempt's own thread. A failed attempt needs nothing: the calculator
        // already shows the number, as it would for any calculation.
        override fun onAttempt(unlocked: Boolean) {
            if (unlocked) main.post { onUnlocked() }
        }
    }

    init {
        open()
    }

    fun open() {
        screen = Screen.Opening
        viewModelScope.launch {
            val context = getApplication<HarbourApplication>()
            try {
                // Off the main thread: loading the library, opening the store, the keystore,
                // every setting the screens need.
                val opening = withContext(Dispatchers.IO) {
                    openCore {
                        val app = context.core()
                        val languages = listOfNotNull(app.setting("locale")) + deviceLanguages()
                        val opened = Opened(app, languages, Strings(app.translator(languages)), app.status(), deviceCountry(app))
                        launcherDisguise = LauncherDisguise.fromSetting(app.setting("disguise"))
                        opened
                    }
                }
                val opened = when (opening) {
                    is Opening.Opened -> opening.value
                    is Opening.NoLibrary -> {
                        screen = Screen.NoLibrary
                        return@launch
                    }
                    is Opening.Failed -> throw opening.error
                }
                val app = opened.app
                languages = opened.languages
                strings = opened.strings
                country = opened.country
                val disguise = app.disguise().also { this@Shell.disguise = it }
                disguise.setObserver(observer)
                val drafts = DraftKeeper(app, worker).also { this@Shell.drafts = it }
                session = Session(app, disguise, drafts, worker) { view ->
                    main.post {
                        calc = view
                        if (screen == Screen.Unlocked) show(Screen.Calculator)
                    }
                }
                // A new view model never finds the vault open (the last activity locked it on
                // its way out), but make sure.
                calc = if (opened.status.unlocked) disguise.quickExit() else disguise.view()
                this@Shell.app = app
                screen = if (opened.status.setUp) Screen.Calculator else Screen.Setup
            } catch (e: Exception) {
                // Said in the person's language (error-keystore, error-damaged…) whenever the
                // library itself works; otherwise the raw error, which only a broken build shows.
                val texts = withContext(Dispatchers.IO) {
                    try { Strings(Translator(deviceLanguages())) } catch (ignored: Throwable) { null }
                }
                screen = Screen.Failed(texts?.error(e) ?: e.toString(), texts?.get("action-try-again") ?: "↻")
            }
        }
    }

    /** A calculator key: the core answers at once; `=` after a PIN starts an attempt off this thread. */
    fun press(key: CalcKey) {
        calc = (disguise ?: return).press(key)
    }

    private fun onUnlocked() {
        val app = app ?: return
        // A quick exit or a trip to the background may have overtaken the attempt.
        val open = app.isUnlocked()
        when {
            open && visible -> show(Screen.Unlocked)
            open -> hide()
        }
    }

    /**
     * Quick exit: the calculator shows at once; on the store thread the draft being written is
     * saved, then the core locks, wipes the keys, drops any unlock in flight and clears the
     * calculator (LockRule rule 4). Nothing here waits for the disk or the KDF.
     */
    fun hide() {
        if (screen == Screen.Unlocked) show(Screen.Calculator)
        session?.hide() ?: disguise?.let { calc = it.quickExit() }
    }

    /** A touch or key anywhere (Activity.onUserInteraction): reading keeps the journal open. */
    fun interaction() {
        session?.interaction()
    }

    /** The person chose a PIN (twice). Digits only: the calculator is the only way to type it. */
    fun setUp(pin: String, again: String) {
        val app = app ?: return
        if (pin != again) {
            setupError = strings["pin-mismatch"]
            return
        }
        try {
            checkPin(pin) // says what is wrong before the slow part
        } catch (e: Exception) {
            setupError = strings.error(e)
            return
        }
        setupError = null
        settingUp = true
        viewModelScope.launch {
            try {
                // Argon2id cost measured on this phone, then the vault bound to its keystore.
                val kdf = calibrateKdfAsync(KDF_TARGET_MS)
                app.setupAsync(pin, VaultOptions(kdf = kdf, usePlatformSecret = true))
                // Set-up leaves the vault open; if the person left meanwhile, close it again.
                if (visible) {
                    show(Screen.Unlocked)
                } else {
                    hide()
                    show(Screen.Calculator)
                }
            } catch (e: Exception) {
                setupError = strings.error(e)
            } finally {
                settingUp = false
            }
        }
    }

    /** Called on a timer while unlocked (LockRule rule 3): the core locks if the idle time ran out. */
    fun checkAutoLock() {
        session?.tick()
    }

    /**
     * LockRule rule 1: in front (onResume) the idle check runs; covered (onPause) or gone
     * (onStop), the calculator shows at once and the journal locks after its draft is saved.
     */
    fun visibility(visibility: Visibility) {
        visible = visibility == Visibility.IN_FRONT
        if (!visible && screen == Screen.Unlocked) show(Screen.Calculator)
        session?.visibility(visibility)
    }

    /** From onStop: the journal is locked and nothing is on screen, so switching entries is safe. */
    fun applyLauncherDisguise() {
        val chosen = launcherDisguise ?: return
        val context = getApplication<Application>()
        worker.run { LauncherDisguise.show(context, chosen) }
    }

    /**
     * Where the person is, for helplines: the country an outreach worker saved, else the
     * mobile network's (where the phone is now; a migrant's phone language often names the
     * country they left), else the phone's region. No permission is needed for any of them.
     * Reads the store: call off the main thread.
     */
    private fun deviceCountry(app: HarbourApp): String? {
        val saved = try { app.setting("country") } catch (e: HarbourException) { null }
        if (!saved.isNullOrBlank()) return saved.uppercase(Locale.ROOT)
        val telephony = getApplication<Application>().getSystemService(TelephonyManager::class.java)
        val network = telephony?.networkCountryIso.orEmpty()
        if (network.length == 2) return network.uppercase(Locale.ROOT)
        return Locale.getDefault().country.takeIf { it.length == 2 }
    }

    private fun show(next: Screen) {
        tab = Tab.HELP
        screen = next
    }

    override fun onCleared() {
        disguise?.setObserver(null)
        worker.shutdown()
    }

    private companion object {
        /** Argon2id target for one PIN attempt on this phone (the core keeps 19–64 MiB). */
        const val KDF_TARGET_MS = 700u

        fun deviceLanguages(): List<String> =
            LocaleList.getDefault().toLanguageTags().split(',').filter { it.isNotBlank() }
    }
}
