package org.harbourapp.android

import org.harbourapp.android.logic.Strings
import android.os.Build
import android.os.Bundle
import android.view.View
import android.view.WindowManager
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.activity.viewModels
import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.consumeWindowInsets
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.imePadding
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.statusBarsPadding
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.verticalScroll
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.Edit
import androidx.compose.material.icons.filled.Phone
import androidx.compose.material.icons.filled.Settings
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.Icon
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.NavigationBar
import androidx.compose.material3.NavigationBarItem
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Scaffold
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.material3.darkColorScheme
import androidx.compose.material3.dynamicDarkColorScheme
import androidx.compose.material3.dynamicLightColorScheme
import androidx.compose.material3.lightColorScheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.harbourapp.android.logic.NO_LIBRARY_DISPLAY
import org.harbourapp.android.logic.Strings
import org.harbourapp.android.logic.Visibility
import org.harbourapp.core.CalcView
import org.harbourapp.core.HarbourApp
import org.harbourapp.core.HarbourException

/** How often the unlocked screens ask the core whether the idle time has run out. */
private const val AUTO_LOCK_POLL_MS = 15_000L

class MainActivity : ComponentActivity() {
    private val shell: Shell by viewModels()

    override fun onCreate(savedInstanceState: Bundle?) {
        // Before anything is drawn, and for every screen alike (the calculator too, so it looks
        // no different): no screenshots, no screen recording or casting, a blank Recents card.
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        super.onCreate(savedInstanceState)
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) setRecentsScreenshotEnabled(false)
        enableEdgeToEdge()
        setContent { HarbourTheme { ShellUi(shell) } }
        val root = window.decorView
        // FLAG_SECURE does not stop accessibility services, which stalkerware uses to read the
        // screen: on Android 14+ only services that declare themselves accessibility tools (a
        // screen reader) get this window's contents.
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.UPSIDE_DOWN_CAKE) {
            root.setAccessibilityDataSensitive(View.ACCESSIBILITY_DATA_SENSITIVE_YES)
        }
        // No autofill service sees, saves or suggests anything typed here (PIN, journal).
        root.importantForAutofill = View.IMPORTANT_FOR_AUTOFILL_NO_EXCLUDE_DESCENDANTS
    }

    // The one lock rule (logic/LockRule.kt), the same as iOS's: the first sign that the app
    // is not in front locks it; a rotation is not leaving.
    override fun onResume() {
        super.onResume()
        shell.visibility(Visibility.IN_FRONT)
    }

    override fun onPause() {
        if (!isChangingConfigurations) shell.visibility(Visibility.COVERED)
        super.onPause()
    }

    override fun onStop() {
        if (!isChangingConfigurations) {
            shell.visibility(Visibility.GONE)
            shell.applyLauncherDisguise()
        }
        super.onStop()
    }

    /** Any touch or key, on any screen: the person is reading or writing (LockRule rule 3). */
    override fun onUserInteraction() {
        super.onUserInteraction()
        shell.interaction()
    }
}

@Composable
private fun ShellUi(shell: Shell) {
    when (val screen = shell.screen) {
        // While the core opens, the calculator is already there; its keys start working a
        // moment later. No spinner: a calculator has none.
        Screen.Opening, Screen.Calculator -> CalculatorScreen(shell.calc, onKey = shell::press)
        is Screen.Failed -> FailedScreen(screen, onRetry = shell::open)
        // No library for this phone's ABI: nothing can be translated or computed.
        Screen.NoLibrary -> CalculatorScreen(
            CalcView(display = NO_LIBRARY_DISPLAY, pending = null, canClearEntry = false, error = true),
            onKey = {},
        )
        Screen.Setup -> SetupScreen(shell)
        Screen.Unlocked -> shell.app?.let { UnlockedScreen(shell, it) }
    }
}

@Composable
private fun UnlockedScreen(shell: Shell, app: HarbourApp) {
    val s = shell.strings
    LaunchedEffect(Unit) {
        while (true) {
            delay(AUTO_LOCK_POLL_MS)
            shell.checkAutoLock()
        }
    }
    // The person's language may be right-to-left even when the phone's is not.
    val direction = if (s.rightToLeft) LayoutDirection.Rtl else LayoutDirection.Ltr
    CompositionLocalProvider(LocalLayoutDirection provides direction) {
        Scaffold(
            topBar = {
                val title = when (shell.tab) {
                    Tab.HELP -> "help-title"
                    Tab.JOURNAL -> "journal-title"
                    Tab.APPEARANCE -> "settings-disguise"
                }
                HideBar(s[title], s, onHide = shell::hide)
            },
            bottomBar = {
                NavigationBar {
                    for (tab in Tab.entries) {
                        val (icon, label) = when (tab) {
                            Tab.HELP -> Icons.Filled.Phone to "nav-help"
                            Tab.JOURNAL -> Icons.Filled.Edit to "nav-journal"
                            Tab.APPEARANCE -> Icons.Filled.Settings to "nav-settings"
                        }
                        NavigationBarItem(
                            selected = shell.tab == tab,
                            onClick = { shell.tab = tab },
                            icon = { Icon(icon, contentDescription = null) },
                            label = { Text(s[label]) },
                        )
                    }
                }
            },
        ) { padding ->
            Box(Modifier.fillMaxSize().padding(padding).consumeWindowInsets(padding).imePadding()) {
                when (shell.tab) {
                    Tab.HELP -> HelplinesScreen(app, s, shell.country, shell.languages)
                    Tab.JOURNAL -> shell.drafts?.let { JournalScreen(app, s, it, onLocked = shell::hide) }
                    Tab.APPEARANCE -> AppearanceScreen(shell, app, s)
                }
            }
        }
    }
}

/** The quick exit, on every unlocked screen, in the same place, one tap. */
@Composable
private fun HideBar(title: String, s: Strings, onHide: () -> Unit) {
    Surface(tonalElevation = 3.dp) {
        Row(
            Modifier.fillMaxWidth().statusBarsPadding().padding(horizontal = 16.dp, vertical = 8.dp),
            verticalAlignment = Alignment.CenterVertically,
        ) {
            Text(title, style = MaterialTheme.typography.titleLarge, modifier = Modifier.weight(1f))
            val spoken = s["nav-hide"] + ". " + s.attribute("nav-hide", "hint")
            Button(
                onClick = onHide,
                colors = ButtonDefaults.buttonColors(
                    containerColor = MaterialTheme.colorScheme.error,
                    contentColor = MaterialTheme.colorScheme.onError,
                ),
                modifier = Modifier.semantics { contentDescription = spoken },
            ) { Text(s["nav-hide"]) }
        }
    }
}

/** Which launcher name and icon the app wears; see [LauncherDisguise]. */
@Composable
private fun AppearanceScreen(shell: Shell, app: HarbourApp, s: Strings) {
    val context = LocalContext.current
    val scope = rememberCoroutineScope()
    var current by remember { mutableStateOf(shell.launcherDisguise ?: LauncherDisguise.current(context)) }
    Column(
        Modifier.fillMaxSize().verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(8.dp),
    ) {
        for (choice in LauncherDisguise.entries) {
            Row(
                Modifier
                    .fillMaxWidth()
                    .selectable(selected = choice == current, role = Role.RadioButton) {
                        current = choice
                        scope.launch {
                            withContext(Dispatchers.IO) {
                                try {
                                    // The core keeps the choice (an outreach worker sets the same
                                    // setting); the shell applies it when the app next leaves
                                    // the screen, so the running task is never closed under
                                    // the person (Shell.applyLauncherDisguise).
                                    app.setSetting("disguise", choice.setting)
                                    shell.launcherDisguise = choice
                                } catch (e: Exception) {
                                    // Not saved, so not applied: the next start would undo it.
                                }
                            }
                        }
                    }
                    .padding(vertical = 12.dp),
                verticalAlignment = Alignment.CenterVertically,
            ) {
                RadioButton(selected = choice == current, onClick = null)
                Spacer(Modifier.width(16.dp))
                Text(stringResource(choice.label))
            }
        }
        Text(s["hidden-explain"], style = MaterialTheme.typography.bodySmall)
    }
}

/** Dynamic colours on Android 12+, as the phone's own calculator has them. */
@Composable
private fun HarbourTheme(content: @Composable () -> Unit) {
    val context = LocalContext.current
    val dark = isSystemInDarkTheme()
    val colors = when {
        Build.VERSION.SDK_INT >= Build.VERSION_CODES.S ->
            if (dark) dynamicDarkColorScheme(context) else dynamicLightColorScheme(context)
        dark -> darkColorScheme()
        else -> lightColorScheme()
    }
    MaterialTheme(colorScheme = colors, content = content)
}
