package org.harbourapp.android.logic

/**
 * Opening the core, which first loads its native library. A phone whose ABI has no library
 * in the APK (a build for arm64 only on an x86 emulator or an old 32-bit phone) throws
 * `UnsatisfiedLinkError`, an Error rather than an Exception, which nothing else catches: the
 * app would die on the calculator. This turns it into a state the shell can show.
 */
sealed interface Opening<out T> {
    data class Opened<T>(val value: T) : Opening<T>

    /** No native library for this phone: no Fluent messages either, so the shell shows
     *  [NO_LIBRARY_DISPLAY]. */
    data class NoLibrary(val error: LinkageError) : Opening<Nothing>

    data class Failed(val error: Throwable) : Opening<Nothing>
}

fun <T> openCore(open: () -> T): Opening<T> = try {
    Opening.Opened(open())
} catch (e: LinkageError) {
    Opening.NoLibrary(e)
} catch (e: Exception) {
    Opening.Failed(e)
}

/**
 * What the calculator's display reads when the library is missing: what a calculator shows
 * when it cannot go on, in every language, giving nothing away. Nothing can be translated
 * without the library; the outreach worker setting the phone up sees it at once.
 */
const val NO_LIBRARY_DISPLAY = "Error"
