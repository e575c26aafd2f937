package org.harbourapp.android

import android.content.ActivityNotFoundException
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.widget.Toast
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.automirrored.filled.Send
import androidx.compose.material.icons.filled.Call
import androidx.compose.material.icons.filled.Warning
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Card
import androidx.compose.material3.FilledTonalButton
import androidx.compose.material3.FilterChip
import androidx.compose.material3.Icon
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.unit.dp
import java.util.Locale
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext
import org.harbourapp.core.ChannelKind
import org.harbourapp.core.ContactChannel
import org.harbourapp.core.HarbourApp
import org.harbourapp.android.logic.ContactAction
import org.harbourapp.android.logic.Strings
import org.harbourapp.android.logic.contactAction
import org.harbourapp.core.Helpline
import org.harbourapp.core.HelplineQuery
import org.harbourapp.core.OpenStatus
import org.harbourapp.core.Operator

/** The safety tips shown under the lines (SPEC C2): call log, phone bill, police lines, documents. */
private val TIPS =
    listOf("tip-call-log", "tip-phone-bill", "tip-borrow-phone", "tip-law-lines", "tip-documents", "tip-hide")

/**
 * Who can help, from the content store (no PIN is needed for it): open lines first, then free
 * ones, then those speaking the person's language, as the core orders them. Every name,
 * number and hour comes from the core's signed content; none is written here.
 */
@Composable
fun HelplinesScreen(app: HarbourApp, s: Strings, country: String?, languages: List<String>) {
    val context = LocalContext.current
    var openNowOnly by remember { mutableStateOf(false) }
    var lines by remember { mutableStateOf<List<Helpline>?>(null) }
    var failure by remember { mutableStateOf<String?>(null) }
    // A police or immigration line the person tapped: it waits for "Call anyway".
    var lawLine by remember { mutableStateOf<ContactChannel?>(null) }

    LaunchedEffect(openNowOnly) {
        try {
            lines = withContext(Dispatchers.IO) {
                app.helplines(HelplineQuery(country = country, languages = languages, openNowOnly = openNowOnly))
            }
            failure = null
        } catch (e: Exception) {
            // A Rust panic arrives as InternalException, not HarbourException: said generically.
            failure = s.error(e)
        }
    }

    fun reach(channel: ContactChannel) {
        if (!contact(context, channel)) Toast.makeText(context, s["error-generic"], Toast.LENGTH_SHORT).show()
    }

    LazyColumn(contentPadding = PaddingValues(16.dp), verticalArrangement = Arrangement.spacedBy(12.dp)) {
        item {
            Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                if (country != null) {
                    // The country's name in the person's language, from the platform.
                    val shownIn = Locale.forLanguageTag(s.locale)
                    val name = Locale("", country).getDisplayCountry(shownIn).ifBlank { country }
                    Text(s.format("help-in-country", "country", name), style = MaterialTheme.typography.titleMedium)
                }
                FilterChip(
                    selected = openNowOnly,
                    onClick = { openNowOnly = !openNowOnly },
                    label = { Text(s["help-open-now"]) },
                )
                failure?.let { Text(it, color = MaterialTheme.colorScheme.error) }
            }
        }
        lines?.let { found ->
            item {
                Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    Text(s.count("help-count", "count", found.size.toLong()))
                    val anyOpen = found.any { it.open == OpenStatus.Always || it.open is OpenStatus.Open }
                    if (found.isNotEmpty() && !anyOpen) {
                        Text(s["help-none-open"])
                    }
                }
            }
            items(found, key = { it.key }) { line ->
                HelplineCard(line, s) { channel -> if (line.lawEnforcement) lawLine = channel else reach(channel) }
            }
        }
        item {
            Column(verticalArrangement = Arrangement.spacedBy(6.dp)) {
                Text(s["tips-title"], style = MaterialTheme.typography.titleMedium)
                for (tip in TIPS) Text("• " + s[tip])
            }
        }
    }

    lawLine?.let { channel ->
        AlertDialog(
            onDismissRequest = { lawLine = null },
            icon = { Icon(Icons.Filled.Warning, contentDescription = null) },
            text = { Text(s["operator-warning-law"]) },
            confirmButton = {
                TextButton(onClick = {
                    lawLine = null
                    reach(channel)
                }) { Text(s["operator-warning-confirm"]) }
            },
            dismissButton = { TextButton(onClick = { lawLine = null }) { Text(s["action-cancel"]) } },
        )
    }
}

@Composable
private fun HelplineCard(line: Helpline, s: Strings, onContact: (ContactChannel) -> Unit) {
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(6.dp)) {
            val name = line.organisation?.let { "${line.service} — $it" } ?: line.service
            Text(name, style = MaterialTheme.typography.titleMedium)
            val free = when (line.free) {
                true -> s["help-free"]
                false -> s["help-may-cost"]
                null -> null
            }
            Text(listOfNotNull(openLabel(s, line.open), s[operatorLabel(line.operator)], free).joinToString(" · "))
            line.hoursText?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
            if (line.languages.isNotEmpty()) {
                // Language names in the person's own language, from the platform.
                val shownIn = Locale.forLanguageTag(s.locale)
                val names = line.languages.map { code ->
                    Locale.forLanguageTag(code).getDisplayLanguage(shownIn).ifBlank { code }
                }
                Text(s.format("help-languages", "languages", names.joinToString(", ")))
            }
            if (line.interpreters) Text(s["help-interpreters"])
            if (line.lawEnforcement) {
                // Shown on the card, not only on tap: the person should know before choosing.
                Surface(color = MaterialTheme.colorScheme.errorContainer, shape = MaterialTheme.shapes.small) {
                    Row(Modifier.padding(8.dp), verticalAlignment = Alignment.CenterVertically) {
                        Icon(Icons.Filled.Warning, contentDescription = null)
                        Spacer(Modifier.width(8.dp))
                        Text(s["operator-warning-law"])
                    }
                }
            }
            line.operatorNote?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
            for (channel in line.channels) Channel(channel, s, onContact)
            line.notes?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
            if (line.needsVerification) Text(s["info-not-verified"], style = MaterialTheme.typography.bodySmall)
            Text(s["info-source"] + ": " + line.sourceUrl, style = MaterialTheme.typography.bodySmall)
        }
    }
}

@Composable
private fun Channel(channel: ContactChannel, s: Strings, onContact: (ContactChannel) -> Unit) {
    when (val action = contactAction(channel)) {
        is ContactAction.Dial, is ContactAction.Message -> FilledTonalButton(onClick = { onContact(channel) }) {
            val phone = action is ContactAction.Dial
            Icon(if (phone) Icons.Filled.Call else Icons.AutoMirrored.Filled.Send, contentDescription = null)
            Spacer(Modifier.width(8.dp))
            Text(s[if (phone) "action-call" else "action-text"] + ": " + channel.display)
        }
        // Web, email, WhatsApp: shown, not opened (logic/Contact.kt, the same on iOS).
        ContactAction.ShowOnly -> Text(s[channelLabel(channel.kind)] + ": " + channel.display)
    }
    channel.note?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
}

/**
 * Hands a number to the phone's own dialer or messaging app. Bidi marks are stripped first:
 * right-to-left text wraps numbers in them, and a dialer would keep them. ACTION_DIAL shows the
 * number and waits for the person to press call: no permission, nothing dialled by accident.
 * Leaving for the dialer sends this app to the background, so it locks and comes back as the
 * calculator.
 */
private fun contact(context: Context, channel: ContactChannel): Boolean {
    val intent = when (val action = contactAction(channel)) {
        is ContactAction.Dial -> Intent(Intent.ACTION_DIAL, Uri.fromParts("tel", action.number, null))
        is ContactAction.Message -> Intent(Intent.ACTION_SENDTO, Uri.fromParts("smsto", action.number, null))
        ContactAction.ShowOnly -> return false
    }
    return try {
        context.startActivity(intent)
        true
    } catch (e: ActivityNotFoundException) {
        false // a tablet with no dialer
    }
}

/** Open status in the line's own time zone, as the core computes it. */
private fun openLabel(s: Strings, open: OpenStatus): String? = when (open) {
    is OpenStatus.Always -> s["help-open-24-7"]
    is OpenStatus.Open ->
        s["help-open-now"] + " · " + s.format("help-closes-at", "time", s.time(open.closesMinute.toInt()))
    is OpenStatus.Closed ->
        s["help-closed-now"] + " · " + s.format("help-opens-at", "time", s.time(open.opensMinute.toInt()))
    is OpenStatus.Unknown -> null
}

private fun operatorLabel(operator: Operator): String = when (operator) {
    Operator.NGO -> "operator-ngo"
    Operator.GOVERNMENT -> "operator-government"
    Operator.INTERGOVERNMENTAL -> "operator-intergovernmental"
    Operator.POLICE -> "operator-police"
    Operator.IMMIGRATION -> "operator-immigration"
}

private fun channelLabel(kind: ChannelKind): String = when (kind) {
    ChannelKind.PHONE -> "channel-phone"
    ChannelKind.SMS -> "channel-sms"
    ChannelKind.WHATSAPP -> "channel-whatsapp"
    ChannelKind.WEB -> "channel-web"
    ChannelKind.EMAIL -> "channel-email"
}
