import Foundation
#if canImport(Harbour)
import Harbour  // the app; the tests compile the bindings into their own module
#endif

/// Every sentence the person reads comes from the core's Fluent messages
/// (i18n/locales/*/…ftl), in their language with per-message fallback to English. This shell
/// has no English strings of its own: the only fixed text is the calculator's key symbols
/// (CalculatorView); the home-screen name comes from the same messages (InfoPlist.xcstrings,
/// scripts/launcher-names.py).
struct Strings: Sendable {
    let translator: Translator

    func callAsFunction(_ id: String, _ args: [String: ArgValue] = [:]) -> String {
        translator.format(id: id, args: args.map { MessageArg(name: $0.key, value: $0.value) })
    }

    func attribute(_ id: String, _ attribute: String) -> String {
        translator.formatAttribute(id: id, attribute: attribute, args: [])
    }

    /// Never technical: the core maps each error to a sentence. Anything else (a Rust panic
    /// surfaces as `UniffiInternalError` or another Swift error) gets the generic sentence,
    /// never its own words.
    func error(_ error: any Error) -> String {
        if let error = error as? HarbourError { return translator.describeError(error: error) }
        return self("error-generic")
    }

    /// Minutes after midnight as a clock time in the locale's digits.
    func time(minuteOfDay minute: UInt16) -> String {
        translator.formatTime(hour: UInt32(minute / 60), minute: UInt32(minute % 60))
    }

    /// A journal time (UTC milliseconds + the phone's offset when written) as it read on the
    /// phone then, not in today's time zone.
    func moment(ms: Int64, offsetMin: Int32) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: Int(offsetMin) * 60) ?? .current
        let date = Date(timeIntervalSince1970: Double(ms) / 1000)
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let day = translator.formatDate(year: Int32(c.year ?? 1970), month: UInt32(c.month ?? 1), day: UInt32(c.day ?? 1))
        return "\(day) \(translator.formatTime(hour: UInt32(c.hour ?? 0), minute: UInt32(c.minute ?? 0)))"
    }

    /// For Foundation's names of languages and countries, in the same language as the messages.
    var locale: Locale { Locale(identifier: translator.locale()) }

    var rightToLeft: Bool { translator.direction() == .rightToLeft }
}
