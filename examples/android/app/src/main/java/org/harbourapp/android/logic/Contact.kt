package org.harbourapp.android.logic

import org.harbourapp.core.ChannelKind
import org.harbourapp.core.ContactChannel
import org.harbourapp.core.stripBidiControls

/**
 * What tapping a helpline's channel does, the same on Android and iOS: a phone number goes to
 * the dialer and an SMS number to messages, where the person still presses call or send; web,
 * email and WhatsApp are shown, never opened, because a browser or messenger keeps its own
 * history outside the vault (and WhatsApp may be watched).
 */
sealed interface ContactAction {
    data class Dial(val number: String) : ContactAction

    data class Message(val number: String) : ContactAction

    data object ShowOnly : ContactAction
}

fun contactAction(channel: ContactChannel): ContactAction {
    val number = dialable(stripBidiControls(channel.dial).trim()) ?: return ContactAction.ShowOnly
    return when (channel.kind) {
        ChannelKind.PHONE -> ContactAction.Dial(number)
        ChannelKind.SMS -> ContactAction.Message(number)
        ChannelKind.WHATSAPP, ChannelKind.WEB, ChannelKind.EMAIL -> ContactAction.ShowOnly
    }
}

/** Digits with an optional leading `+` (spaces and dashes dropped), or null: a dialer gets nothing else. */
fun dialable(number: String): String? {
    val compact = number.filter { it != ' ' && it != '-' }
    val digits = compact.removePrefix("+")
    return compact.takeIf { digits.isNotEmpty() && digits.all { it in '0'..'9' } }
}
