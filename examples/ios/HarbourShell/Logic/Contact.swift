import Foundation
#if canImport(Harbour)
import Harbour
#endif

/// What tapping a helpline's channel does, the same on iOS and Android: a phone number goes to
/// the dialer and an SMS number to Messages, where the person still presses call or send; web,
/// email and WhatsApp are shown, never opened, because a browser or messenger keeps its own
/// history outside the vault (and WhatsApp may be watched).
enum ContactAction: Equatable, Sendable {
    case dial(String)
    case message(String)
    case showOnly

    /// What the phone is handed, if anything.
    var url: URL? {
        switch self {
        case .dial(let number): URL(string: "tel:\(number)")
        case .message(let number): URL(string: "sms:\(number)")
        case .showOnly: nil
        }
    }
}

func contactAction(_ channel: ContactChannel) -> ContactAction {
    let number = stripBidiControls(text: channel.dial).trimmingCharacters(in: .whitespaces)
    guard let number = dialable(number) else { return .showOnly }
    switch channel.kind {
    case .phone: return .dial(number)
    case .sms: return .message(number)
    case .whatsapp, .web, .email: return .showOnly
    }
}

/// Digits with an optional leading `+` (spaces and dashes dropped), or nil: a dialer gets
/// nothing else.
func dialable(_ number: String) -> String? {
    let compact = number.filter { $0 != " " && $0 != "-" }
    let digits = compact.hasPrefix("+") ? compact.dropFirst() : Substring(compact)
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return compact
}
