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
import org.harbourapp.core.AppLifecycle
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
    /** First use: choose the PIN the calculator will take. */
    data object Setup : Screen
    data object Calculator : Screen
    data object Unlocked : Screen
}

enum class Tab { HELP, JOURNAL, APPEARANCE }

private data class Opened(val app: HarbourApp, val languages: List<String>, val strings: Strings, val status: AppStatus)

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

    /** Kept, not fetched per key: each `app.disguise()` call makes a new wrapper object. */
    private var disguise: Disguise? = null

    /** The activity is on screen. An unlock or set-up that ends while hidden is thrown away. */
    private var visible = false
    private val main = Handler(Looper.getMainLooper())

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
                // Off the main thread: loading the library, opening the store, the keystore.
                val (app, languages, texts, status) = withContext(Dispatchers.IO) {
                    val app = context.core()
                    val languages = listOfNotNull(app.setting("locale")) + deviceLanguages()
                    // The outreach worker may have chosen another launcher entry.
                    LauncherDisguise.fromSetting(app.setting("disguise"))?.let { LauncherDisguise.show(context, it) }
                    Opened(app, languages, Strings(app.translator(languages)), app.status())
                }
                this@Shell.languages = languages
                strings = texts
                val disguise = app.disguise().also { this@Shell.disguise = it }
                disguise.setObserver(observer)
                // A new view model never finds the vault open (the last activity locked it on
                // its way out), but make sure.
                calc = if (status.unlocked) disguise.quickExit() else disguise.view()
                this@Shell.app = app
                screen = if (status.setUp) Screen.Calculator else Screen.Setup
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
        val open = try { app.status().unlocked } catch (e: HarbourException) { false }
        when {
            open && visible -> show(Screen.Unlocked)
            open -> hide()
        }
    }

    /**
     * Quick exit: locks, wipes the keys, drops any unlock in flight, clears the calculator, and
     * shows it. Never waits for the disk or the KDF, so it is safe on the main thread.
     */
    fun hide() {
        calc = (disguise ?: return).quickExit()
        if (screen == Screen.Unlocked) show(Screen.Calculator)
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
        } catch (e: HarbourException) {
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

    /** Called on a timer while unlocked: the core locks if the person set an idle time and it ran out. */
    fun checkAutoLock() {
        if (app?.checkAutoLock() == true) hide()
    }

    fun onForeground() {
        visible = true
        disguise?.let { calc = it.lifecycle(AppLifecycle.FOREGROUND) }
    }

    /** Home, Recents, another app, the screen going off: lock at once and come back as the calculator. */
    fun onBackground() {
        visible = false
        calc = (disguise ?: return).lifecycle(AppLifecycle.BACKGROUND)
        if (screen == Screen.Unlocked) show(Screen.Calculator)
    }

    /**
     * Where the person is, for helplines: the country an outreach worker saved, else the
     * mobile network's (where the phone is now; a migrant's phone language often names the
     * country they left), else the phone's region. No permission is needed for any of them.
     */
    fun country(): String? {
        val saved = try { app?.setting("country") } catch (e: HarbourException) { null }
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
    }

    private companion object {
        /** Argon2id target for one PIN attempt on this phone (the core keeps 19–64 MiB). */
        const val KDF_TARGET_MS = 700u

        fun deviceLanguages(): List<String> =
            LocaleList.getDefault().toLanguageTags().split(',').filter { it.isNotBlank() }
    }
}
