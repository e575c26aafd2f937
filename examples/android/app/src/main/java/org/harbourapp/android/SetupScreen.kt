package org.harbourapp.android

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.safeDrawingPadding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.unit.dp

/** The PIN is typed on the calculator, so it is 4–12 digits (the core also takes passphrases). */
private const val MAX_PIN_DIGITS = 12

/**
 * First use only: choose the PIN. Shown instead of the calculator because nothing is hidden
 * yet; from then on the app opens as the calculator. An outreach worker may do this and then
 * hand over, after which the survivor chooses their own.
 */
@Composable
fun SetupScreen(shell: Shell) {
    val s = shell.strings
    // remember, never rememberSaveable: saved state is written to disk.
    var pin by remember { mutableStateOf("") }
    var again by remember { mutableStateOf("") }
    Surface(Modifier.fillMaxSize()) {
        Column(
            Modifier.fillMaxSize().safeDrawingPadding().verticalScroll(rememberScrollState()).padding(24.dp),
            verticalArrangement = Arrangement.spacedBy(16.dp),
        ) {
            Text(s["setup-welcome"], style = MaterialTheme.typography.headlineSmall)
            Text(s["setup-private"])
            Text(s["setup-disguise"])
            Text(s["pin-choose-hint"], style = MaterialTheme.typography.bodySmall)
            PinField(pin, s["pin-choose"], enabled = !shell.settingUp) { pin = it }
            PinField(again, s["pin-confirm"], enabled = !shell.settingUp) { again = it }
            shell.setupError?.let { Text(it, color = MaterialTheme.colorScheme.error) }
            if (shell.settingUp) {
                Text(s["setup-measure"])
                LinearProgressIndicator(Modifier.fillMaxWidth())
            } else {
                Button(onClick = { shell.setUp(pin, again) }, enabled = pin.isNotEmpty() && again.isNotEmpty()) {
                    Text(s["action-next"])
                }
            }
        }
    }
}

@Composable
private fun PinField(value: String, label: String, enabled: Boolean, onChange: (String) -> Unit) {
    OutlinedTextField(
        value = value,
        onValueChange = { typed -> onChange(typed.filter(Char::isDigit).take(MAX_PIN_DIGITS)) },
        label = { Text(label) },
        enabled = enabled,
        singleLine = true,
        // A password field: keyboards neither learn nor suggest it.
        visualTransformation = PasswordVisualTransformation(),
        keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.NumberPassword),
        modifier = Modifier.fillMaxWidth(),
    )
}

/** The core could not open (keystore refused, storage damaged): say so plainly, offer a retry. */
@Composable
fun FailedScreen(failed: Screen.Failed, onRetry: () -> Unit) {
    Surface(Modifier.fillMaxSize()) {
        Column(
            Modifier.fillMaxSize().safeDrawingPadding().padding(24.dp),
            verticalArrangement = Arrangement.spacedBy(16.dp, Alignment.CenterVertically),
        ) {
            Text(failed.message)
            Button(onClick = onRetry) { Text(failed.retry) }
        }
    }
}
