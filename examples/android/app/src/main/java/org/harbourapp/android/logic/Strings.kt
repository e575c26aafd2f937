package org.harbourapp.android.logic

import java.time.Instant
import java.time.ZoneOffset
import org.harbourapp.core.ArgValue
import org.harbourapp.core.HarbourException
import org.harbourapp.core.MessageArg
import org.harbourapp.core.TextDirection
import org.harbourapp.core.Translator

/**
 * Everything a person reads inside the app, from the core's Fluent messages
 * (the .ftl files in i18n/locales/<lang>), so every shell says the same thing in the same words and
 * falls back message by message to English. The launcher names come from the same messages
 * (res/values-<lang>/launcher_names.xml, written by scripts/launcher-names.py); the shell's only own English,
 * calculator key names for TalkBack, is in res/values/strings.xml.
 */
class Strings(private val translator: Translator) {
    operator fun get(id: String): String = translator.format(id, emptyList())

    fun attribute(id: String, attribute: String): String = translator.formatAttribute(id, attribute, emptyList())

    fun format(id: String, name: String, value: String): String =
        translator.format(id, listOf(MessageArg(name, ArgValue.Text(value))))

    /** Plural-aware: the number picks the form (CLDR rules of the locale). */
    fun count(id: String, name: String, n: Long): String =
        translator.format(id, listOf(MessageArg(name, ArgValue.Number(n.toDouble()))))

    /** Minutes after midnight as a clock time, in the locale's digits. */
    fun time(minuteOfDay: Int): String =
        translator.formatTime((minuteOfDay / 60).toUInt(), (minuteOfDay % 60).toUInt())

    /** A journal time: UTC milliseconds shown at the offset the phone had when it was written. */
    fun dateTime(utcMs: Long, offsetMin: Int): String {
        val t = Instant.ofEpochMilli(utcMs).atOffset(ZoneOffset.ofTotalSeconds(offsetMin.coerceIn(-1080, 1080) * 60))
        return translator.formatDate(t.year, t.monthValue.toUInt(), t.dayOfMonth.toUInt()) + " " +
            translator.formatTime(t.hour.toUInt(), t.minute.toUInt())
    }

    /** What to tell the person about a failure: never technical, never a PIN or a path. Anything
     *  but a HarbourException (a Rust panic arrives as InternalException) gets the generic
     *  sentence, never its own words. */
    fun error(e: Throwable): String = if (e is HarbourException) translator.describeError(e) else this["error-generic"]

    val rightToLeft: Boolean get() = translator.direction() == TextDirection.RIGHT_TO_LEFT

    /** The locale messages come from: also the person's first language for helplines. */
    val locale: String get() = translator.locale()
}
