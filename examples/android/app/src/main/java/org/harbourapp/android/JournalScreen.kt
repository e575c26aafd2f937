package org.harbourapp.android

import android.view.inputmethod.EditorInfo
import android.view.inputmethod.InputConnection
import androidx.compose.foundation.horizontalScroll
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.foundation.verticalScroll
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.Add
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.ExtendedFloatingActionButton
import androidx.compose.material3.FilterChip
import androidx.compose.material3.Icon
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.ExperimentalComposeUiApi
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.InterceptPlatformTextInput
import androidx.compose.ui.platform.PlatformTextInputMethodRequest
import androidx.compose.ui.text.input.KeyboardCapitalization
import androidx.compose.ui.unit.dp
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.harbourapp.core.HarbourApp
import org.harbourapp.core.HarbourException
import org.harbourapp.core.JournalDraft
import org.harbourapp.core.JournalEntry

/** The core's categories (JournalDraft.category); their names are the `category-…` messages. */
private val CATEGORIES = listOf("pay", "documents", "threats", "violence", "movement", "conditions", "other")

/** Newest first; older pages are the desktop shell's business for now. */
private const val PAGE = 100u

/**
 * The journal: needs the vault open. If it has locked meanwhile (auto-lock, or a lock from
 * another thread), the call fails with `Locked` and the shell goes back to the calculator.
 *
 * Nothing typed here is kept in saved instance state (`remember`, never `rememberSaveable`):
 * Android writes that state to disk, in plain text, when it stops the process.
 */
@Composable
fun JournalScreen(app: HarbourApp, s: Strings, onLocked: () -> Unit) {
    var entries by remember { mutableStateOf<List<JournalEntry>?>(null) }
    var total by remember { mutableStateOf(0L) }
    var failure by remember { mutableStateOf<String?>(null) }
    var writing by remember { mutableStateOf(false) }
    var saving by remember { mutableStateOf(false) }
    var generation by remember { mutableIntStateOf(0) } // bump to reload
    val scope = rememberCoroutineScope()

    LaunchedEffect(generation) {
        try {
            val (page, count) = withContext(Dispatchers.IO) { app.journalList(0UL, PAGE) to app.journalCount() }
            entries = page
            total = count.toLong()
            failure = null
        } catch (e: HarbourException.Locked) {
            onLocked()
        } catch (e: HarbourException) {
            failure = s.error(e)
        }
    }

    if (writing) {
        EntryEditor(s, saving, failure, onCancel = { writing = false; failure = null }) { draft ->
            saving = true
            scope.launch {
                try {
                    // Durable before it returns (synchronous=FULL): no "saving…" state to lose.
                    withContext(Dispatchers.IO) { app.journalAppend(draft) }
                    writing = false
                    generation++
                } catch (e: HarbourException.Locked) {
                    onLocked()
                } catch (e: HarbourException) {
                    failure = s.error(e)
                } finally {
                    saving = false
                }
            }
        }
        return
    }

    Box(Modifier.fillMaxSize()) {
        LazyColumn(
            contentPadding = PaddingValues(start = 16.dp, top = 16.dp, end = 16.dp, bottom = 96.dp),
            verticalArrangement = Arrangement.spacedBy(12.dp),
        ) {
            item {
                Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                    Text(s["journal-intro"])
                    Text(s.count("journal-count", "count", total), style = MaterialTheme.typography.titleMedium)
                    failure?.let { Text(it, color = MaterialTheme.colorScheme.error) }
                }
            }
            entries?.let { list ->
                if (list.isEmpty()) item { Text(s["journal-empty"]) }
                items(list, key = { it.id }) { EntryCard(it, s) }
            }
        }
        ExtendedFloatingActionButton(
            onClick = { writing = true },
            icon = { Icon(Icons.Filled.Add, contentDescription = null) },
            text = { Text(s["journal-new"]) },
            modifier = Modifier.align(Alignment.BottomEnd).padding(16.dp),
        )
    }
}

@Composable
private fun EntryCard(entry: JournalEntry, s: Strings) {
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            val written = s.dateTime(entry.writtenMs, entry.writtenOffsetMin)
            Text(s.format("journal-written", "date", written), style = MaterialTheme.typography.labelMedium)
            if (entry.deleted) {
                Text(s["journal-deleted"])
            } else {
                if (entry.revisions > 1u) {
                    val changed = s.dateTime(entry.changedMs, entry.changedOffsetMin)
                    Text(s.format("journal-edited", "date", changed), style = MaterialTheme.typography.labelMedium)
                }
                entry.category?.let { Text(s["category-$it"], style = MaterialTheme.typography.labelLarge) }
                Text(entry.text)
                if (entry.attachments.isNotEmpty()) {
                    Text(s.count("journal-attachments", "count", entry.attachments.size.toLong()))
                }
            }
        }
    }
}

@Composable
private fun EntryEditor(
    s: Strings,
    saving: Boolean,
    failure: String?,
    onCancel: () -> Unit,
    onSave: (JournalDraft) -> Unit,
) {
    var text by remember { mutableStateOf("") }
    var category by remember { mutableStateOf<String?>(null) }
    Column(
        Modifier.fillMaxSize().verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Text(s["journal-new"], style = MaterialTheme.typography.titleLarge)
        IncognitoKeyboard {
            OutlinedTextField(
                value = text,
                onValueChange = { text = it },
                label = { Text(s["journal-text"]) },
                minLines = 6,
                keyboardOptions = KeyboardOptions(
                    capitalization = KeyboardCapitalization.Sentences,
                    autoCorrectEnabled = false,
                ),
                modifier = Modifier.fillMaxWidth(),
            )
        }
        Text(s["journal-category"], style = MaterialTheme.typography.labelLarge)
        Row(Modifier.horizontalScroll(rememberScrollState()), horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            for (c in CATEGORIES) {
                FilterChip(
                    selected = category == c,
                    onClick = { category = if (category == c) null else c },
                    label = { Text(s["category-$c"]) },
                )
            }
        }
        failure?.let { Text(it, color = MaterialTheme.colorScheme.error) }
        Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            Button(
                onClick = { onSave(JournalDraft(text = text, category = category)) },
                enabled = text.isNotBlank() && !saving,
            ) {
                Text(s["action-save"])
            }
            TextButton(onClick = onCancel, enabled = !saving) { Text(s["action-cancel"]) }
        }
    }
}

/**
 * Asks the keyboard not to learn what is typed below (IME_FLAG_NO_PERSONALIZED_LEARNING, the
 * "incognito" keyboard), so journal words do not turn up later as suggestions in other apps.
 * A request, not a guarantee: keyboards may ignore it. Compose has no keyboard option for the
 * flag, hence the (experimental) input interceptor.
 */
@OptIn(ExperimentalComposeUiApi::class)
@Composable
private fun IncognitoKeyboard(content: @Composable () -> Unit) {
    InterceptPlatformTextInput(
        interceptor = { request, nextHandler ->
            val incognito = object : PlatformTextInputMethodRequest {
                override fun createInputConnection(outAttributes: EditorInfo): InputConnection {
                    val connection = request.createInputConnection(outAttributes) // fills outAttributes
                    outAttributes.imeOptions = outAttributes.imeOptions or EditorInfo.IME_FLAG_NO_PERSONALIZED_LEARNING
                    return connection
                }
            }
            nextHandler.startInputMethod(incognito)
        },
        content = content,
    )
}
