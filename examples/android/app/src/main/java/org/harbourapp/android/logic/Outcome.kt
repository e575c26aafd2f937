package org.harbourapp.android.logic

import org.harbourapp.core.HarbourException
import org.harbourapp.core.InternalException

/**
 * What a call into the core came to, so that no screen crashes on an exception it did not
 * expect: every `HarbourException` subtype, a Rust panic (`InternalException`), anything else.
 */
sealed interface Outcome<out T> {
    data class Done<T>(val value: T) : Outcome<T>

    /** The journal locked meanwhile (auto-lock, quick exit): the shell shows the calculator. */
    data object Locked : Outcome<Nothing>

    /**
     * The call failed; [Strings.error] says what happened and what to do. [hide] is true for
     * a failure inside the core itself (a panic): the shell hides and starts again from the
     * calculator rather than go on in a state nobody planned for.
     */
    data class Failed(val error: Throwable, val hide: Boolean) : Outcome<Nothing>
}

fun <T> guarded(call: () -> T): Outcome<T> = try {
    Outcome.Done(call())
} catch (e: HarbourException.Locked) {
    Outcome.Locked
} catch (e: HarbourException) {
    Outcome.Failed(e, hide = false)
} catch (e: InternalException) {
    Outcome.Failed(e, hide = true)
} catch (e: Exception) {
    Outcome.Failed(e, hide = true)
}
