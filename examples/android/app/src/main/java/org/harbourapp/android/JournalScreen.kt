package org.harbourapp.android

import android.text.InputType
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
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.geometry.Rect
import androidx.compose.ui.platform.InterceptPlatformTextInput
import androidx.compose.ui.platform.LocalTextToolbar
import androidx.compose.ui.platform.PlatformTextInputMethodRequest
import androidx.compose.ui.platform.TextToolbar
import androidx.compose.ui.platform.TextToolbarStatus
import androidx.compose.ui.text.input.KeyboardCapitalization
import androidx.compose.ui.unit.dp
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.harbourapp.android.logic.DraftKeeper
import org.harbourapp.android.logic.Outcome
import org.harbourapp.android.logic.Strings
import org.harbourapp.android.logic.guarded
import org.harbourapp.core.HarbourApp
import org.harbourapp.core.JournalDraft
import org.harbourapp.core.JournalEntry
import org.harbourapp.core.UnsavedEntry

/** The core's categories (JournalDraft.category); their names are the `category-…` messages. */
private val CATEGORIES = listOf("pay", "documents", "threats", "violence", "movement", "conditions", "other")

/** Newest first; older pages are the desktop shell's business for now. */
private const val PAGE = 100u

/**
 * The journal: needs the vault open. If it has locked meanwhile (auto-lock, or a lock from
 * another thread), the call fails with `Locked` and the shell goes back to the calculator.
 *
 * Nothing typed here is kept in saved instance state (`remember`, never `rememberSaveable`):
 * Android writes that state to disk, in plain text, when it stops the process. What is being
 * written is kept instead by [DraftKeeper], encrypted in the vault, and comes back in the
 * editor after a lock.
 */
@Composable
fun JournalScreen(app: HarbourApp, s: Strings, drafts: DraftKeeper, onLocked: () -> Unit) {
    var entries by remember { mutableStateOf<List<JournalEntry>?>(null) }
    var total by remember { mutableStateOf(0L) }
    var failure by remember { mutableStateOf<String?>(null) }
    var writing by remember { mutableStateOf(false) }
    var saving by remember { mutableStateOf(false) }
    var generation by remember { mutableIntStateOf(0) } // bump to reload
    val scope = rememberCoroutineScope()

    var kept by remember { mutableStateOf<UnsavedEntry?>(null) }

    LaunchedEffect(generation) {
        val outcome = withContext(Dispatchers.IO) {
            guarded { Triple(app.journalList(0UL, PAGE), app.journalCount(), drafts.restore()) }
        }
        when (outcome) {
            is Outcome.Done -> {
                val (page, count, draft) = outcome.value
                entries = page
                total = count.toLong()
                failure = null
                // An entry was being written when the journal last locked: straight back to it.
                (draft as? Outcome.Done)?.value?.let {
                    kept = it
                    writing = true
                }
            }
            Outcome.Locked -> onLocked()
            is Outcome.Failed -> {
                failure = s.error(outcome.error)
                if (outcome.hide) onLocked()
            }
        }
    }

    if (writing) {
        EntryEditor(
            s,
            saving,
            failure,
            initial = kept,
            onChange = drafts::changed,
            onCancel = {
                writing = false
                kept = null
                failure = null
                scope.launch(Dispatchers.IO) { drafts.forget() }
            },
        ) { draft ->
            saving = true
            scope.launch {
                // Durable before it returns (synchronous=FULL): no "saving…" state to lose.
                // The draft is forgotten only once the entry is in.
                val outcome = withContext(Dispatchers.IO) {
                    guarded { app.journalAppend(draft) }.also { if (it is Outcome.Done) drafts.forget() }
                }
                when (outcome) {
                    is Outcome.Done -> {
                        writing = false
                        kept = null
                        generation++
                    }
                    // The typed text is in the draft; the next unlock brings it back.
                    Outcome.Locked -> onLocked()
                    is Outcome.Failed -> {
                        failure = s.error(outcome.error)
                        if (outcome.hide) onLocked()
                    }
                }
                saving = false
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
    initial: UnsavedEntry?,
    onChange: (UnsavedEntry) -> Unit,
    onCancel: () -> Unit,
    onSave: (JournalDraft) -> Unit,
) {
    var text by remember { mutableStateOf(initial?.text ?: "") }
    var category by remember { mutableStateOf(initial?.category) }
    fun changed() = onChange(UnsavedEntry(text = text, tags = emptyList(), category = category))
    Column(
        Modifier.fillMaxSize().verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Text(s["journal-new"], style = MaterialTheme.typography.titleLarge)
        IncognitoKeyboard {
            OutlinedTextField(
                value = text,
                onValueChange = {
                    text = it
                    changed()
                },
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
                    onClick = {
                        category = if (category == c) null else c
                        changed()
                    },
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
 * "incognito" keyboard) and not to suggest (TYPE_TEXT_FLAG_NO_SUGGESTIONS), so journal words do
 * not turn up later as suggestions in other apps. A request, not a guarantee: keyboards may
 * ignore it. Compose has no keyboard option for these flags, hence the (experimental) input
 * interceptor.
 *
 * And no copy or cut: the selection menu is replaced by one that shows nothing, so journal text
 * never reaches the clipboard (Android 13+ previews clips; keyboards keep clipboard history).
 */
@OptIn(ExperimentalComposeUiApi::class)
@Composable
private fun IncognitoKeyboard(content: @Composable () -> Unit) {
    CompositionLocalProvider(LocalTextToolbar provides NoClipboardToolbar) { IncognitoInput(content) }
}

/** A text selection menu with no entries: no copy, cut, paste, share or "look up". */
private object NoClipboardToolbar : TextToolbar {
    override val status: TextToolbarStatus get() = TextToolbarStatus.Hidden

    override fun showMenu(
        rect: Rect,
        onCopyRequested: (() -> Unit)?,
        onPasteRequested: (() -> Unit)?,
        onCutRequested: (() -> Unit)?,
        onSelectAllRequested: (() -> Unit)?,
    ) = Unit

    override fun hide() = Unit
}

@OptIn(ExperimentalComposeUiApi::class)
@Composable
private fun IncognitoInput(content: @Composable () -> Unit) {
    InterceptPlatformTextInput(
        interceptor = { request, nextHandler ->
            val incognito = object : PlatformTextInputMethodRequest {
                override fun createInputConnection(outAttributes: EditorInfo): InputConnection {
                    val connection = request.createInputConnection(outAttributes) // fills outAttributes
                    outAttributes.imeOptions = outAttributes.imeOptions or EditorInfo.IME_FLAG_NO_PERSONALIZED_LEARNING
                    outAttributes.inputType = outAttributes.inputType or InputType.TYPE_TEXT_FLAG_NO_SUGGESTIONS
                    return connection
                }
            }
            nextHandler.startInputMethod(incognito)
        },
        content = content,
    )
}
