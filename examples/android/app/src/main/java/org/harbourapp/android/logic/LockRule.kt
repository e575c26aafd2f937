package org.harbourapp.android.logic

import org.harbourapp.core.AppLifecycle
import org.harbourapp.core.CalcView
import org.harbourapp.core.Disguise
import org.harbourapp.core.HarbourApp

/** Where the app stands on the screen. */
enum class Visibility {
    /** In front, the person can use it. */
    IN_FRONT,

    /** Still drawn but not in front: Android `onPause`, iOS `.inactive` (app switcher, a call,
     *  Control or Notification Centre, another app opening over it). */
    COVERED,

    /** Not drawn: Android `onStop`, iOS `.background` (Home, another app, the screen off). */
    GONE,
}

/**
 * The one lock rule, the same on Android and iOS (examples/ios/HarbourShell/Logic/LockRule.swift):
 *
 * 1. The journal is open only while the app is in front. At the first sign it is not —
 *    covered or gone, whichever the platform reports first — it locks, and comes back as the
 *    calculator. The dialer a helpline opens counts: the person types the PIN again after.
 * 2. While the screen is recorded or mirrored (iOS; on Android FLAG_SECURE blanks it), it locks.
 * 3. After the person's idle time with no touch, scroll or key, it locks. Reading and typing
 *    are activity ([Session.interaction], [DraftKeeper.changed]).
 * 4. Hide locks at once.
 *
 * Before any lock, the entry being written is saved to the vault ([DraftKeeper]); the lock
 * follows on the same thread, a moment later, while the screen already shows the calculator.
 */
object LockRule {
    fun locks(visibility: Visibility): Boolean = visibility != Visibility.IN_FRONT

    fun locksWhileCaptured(captured: Boolean): Boolean = captured
}

/**
 * Applies [LockRule] to one open app. [onLocked] gets the calculator to show, on the worker
 * thread (the UI posts it to the main thread).
 */
class Session(
    private val app: HarbourApp,
    private val disguise: Disguise,
    private val drafts: DraftKeeper,
    private val worker: Worker,
    private val onLocked: (CalcView) -> Unit,
) {
    /** A touch, a scroll, a key: the idle clock starts again. Cheap, for the main thread. */
    fun interaction() {
        app.touch()
    }

    fun visibility(visibility: Visibility) {
        if (LockRule.locks(visibility)) {
            lockAfterDraft { disguise.lifecycle(AppLifecycle.BACKGROUND) }
        } else {
            worker.run { onLockedIf(app.checkAutoLock()) }
        }
    }

    fun captured(captured: Boolean) {
        if (LockRule.locksWhileCaptured(captured)) lockAfterDraft { disguise.quickExit() }
    }

    /** The Hide button. */
    fun hide() {
        lockAfterDraft { disguise.quickExit() }
    }

    /** On a timer while unlocked: rule 3. */
    fun tick() {
        worker.run { onLockedIf(app.checkAutoLock()) }
    }

    private fun onLockedIf(locked: Boolean) {
        if (locked) onLocked(disguise.view())
    }

    private fun lockAfterDraft(lock: () -> CalcView) {
        worker.run {
            drafts.flushNow()
            onLocked(lock())
        }
    }
}
