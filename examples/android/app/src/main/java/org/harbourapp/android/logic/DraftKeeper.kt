package org.harbourapp.android.logic

import org.harbourapp.core.HarbourApp
import org.harbourapp.core.UnsavedEntry

/**
 * Keeps the entry being written in the vault as it is typed: a save [quietMs] after the last
 * change, and at once before any lock ([flush]). So an auto-lock, a quick exit or the app being
 * killed loses at most the last moment of typing, and the text is never anywhere but the
 * encrypted journal (not in saved instance state, not in a file of the shell's).
 *
 * Every change also tells the core the person is active, so writing never trips the auto-lock.
 * All store work runs on [worker], in order.
 */
class DraftKeeper(
    private val app: HarbourApp,
    private val worker: Worker,
    private val quietMs: Long = 800,
) {
    private var pending: UnsavedEntry? = null
    private var timer: Cancel? = null

    /** The editor's text or category changed. Called on the main thread; cheap. */
    @Synchronized
    fun changed(draft: UnsavedEntry) {
        app.touch()
        pending = draft
        timer?.cancel()
        timer = worker.later(quietMs) { flushNow() }
    }

    /** Queues the save of what is pending (before a lock, or before saving the entry). */
    fun flush() {
        worker.run { flushNow() }
    }

    /** Saves what is pending, here and now; on the worker thread only. */
    fun flushNow(): Outcome<Unit> {
        val draft = synchronized(this) {
            timer?.cancel()
            timer = null
            pending.also { pending = null }
        } ?: return Outcome.Done(Unit)
        return guarded { app.saveJournalDraft(draft) }
    }

    /** What the editor starts with: the draft the journal kept, if any. Worker thread only. */
    fun restore(): Outcome<UnsavedEntry?> = guarded { app.journalDraft() }

    /** The entry was saved, or the person threw it away: nothing pending, nothing kept. */
    fun forget(): Outcome<Unit> {
        synchronized(this) {
            timer?.cancel()
            timer = null
            pending = null
        }
        return guarded { app.clearJournalDraft() }
    }
}
