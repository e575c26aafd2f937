import Harbour
import SwiftUI

/// Helplines for the person's country and languages, open ones first (the core's order),
/// each with whether it is open now, who runs it, and a tap to call, text or write.
struct HelplinesView: View {
    @EnvironmentObject private var shell: Shell
    @Environment(\.openURL) private var openURL
    @State private var lines: [Helpline] = []
    @State private var message: String?
    /// A contact with a line run by the police or immigration waits for the warning.
    @State private var warning: Warning?

    private struct Warning {
        let url: URL
        let runBy: Operator
    }

    var body: some View {
        let t = shell.t
        NavigationStack {
            List {
                if let message {
                    Text(message)
                }
                Section {
                    if let country = shell.country {
                        let name = t.locale.localizedString(forRegionCode: country) ?? country
                        Text(t("help-in-country", ["country": .text(value: name)])).font(.headline)
                    }
                    Text(t("help-count", ["count": .number(value: Double(lines.count))]))
                    if !lines.isEmpty, !lines.contains(where: { isOpen($0.open) }) {
                        Text(t("help-none-open"))
                    }
                }
                ForEach(lines, id: \.key) { line in
                    row(line)
                }
                Section(t("tips-title")) {
                    ForEach(["tip-call-log", "tip-phone-bill", "tip-law-lines", "tip-hide"], id: \.self) {
                        Text(t($0)).font(.footnote)
                    }
                }
            }
            .navigationTitle(t("help-title"))
            .alert(t(Self.operatorLabel(warning?.runBy ?? .police)), isPresented: isWarning, presenting: warning) { warning in
                Button(t("operator-warning-confirm"), role: .destructive) { openURL(warning.url) }
                Button(t("action-cancel"), role: .cancel) {}
            } message: { _ in
                Text(t("operator-warning-law"))
            }
        }
        .task { await load() }
    }

    private func row(_ line: Helpline) -> some View {
        let t = shell.t
        return VStack(alignment: .leading, spacing: 6) {
            Text(line.organisation.map { "\(line.service) — \($0)" } ?? line.service).font(.headline)
            Text(facts(line)).font(.subheadline).foregroundStyle(.secondary)
            if let hours = line.hoursText {
                Text(hours).font(.footnote).foregroundStyle(.secondary)
            }
            if line.lawEnforcement {
                Label(t("operator-warning-law"), systemImage: "exclamationmark.triangle.fill")
                    .font(.footnote)
                    .foregroundStyle(.orange)
            }
            ForEach(Array(line.channels.enumerated()), id: \.offset) { _, channel in
                let title = "\(t(Self.channelLabel(channel.kind))): \(channel.display)"
                if let url = Self.url(for: channel) {
                    Button {
                        if line.lawEnforcement {
                            warning = Warning(url: url, runBy: line.`operator`)
                        } else {
                            openURL(url)
                        }
                    } label: {
                        Label(title, systemImage: Self.symbol(channel.kind))
                    }
                    .buttonStyle(.borderless)
                } else {
                    Text(title)
                }
                if let note = channel.note {
                    Text(note).font(.caption).foregroundStyle(.secondary)
                }
            }
            if line.needsVerification {
                Text(t("info-not-verified")).font(.caption).foregroundStyle(.orange)
            }
            Text(verbatim: "\(t("info-source")): \(line.sourceUrl)").font(.caption2).foregroundStyle(.secondary)
        }
        .padding(.vertical, 4)
    }

    private var isWarning: Binding<Bool> {
        Binding(get: { warning != nil }, set: { if !$0 { warning = nil } })
    }

    private func load() async {
        let query = HelplineQuery(country: shell.country, languages: shell.languages)
        guard let app = shell.app else { return }
        do {
            lines = try await offMain { try app.helplines(query: query) }
            message = nil
        } catch {
            message = shell.message(for: error)
        }
    }

    private func facts(_ line: Helpline) -> String {
        let t = shell.t
        var facts: [String] = []
        switch line.open {
        case .always: facts.append(t("help-open-24-7"))
        case .open(_, let closes): facts += [t("help-open-now"), t("help-closes-at", ["time": .text(value: t.time(minuteOfDay: closes))])]
        case .closed(_, let opens): facts += [t("help-closed-now"), t("help-opens-at", ["time": .text(value: t.time(minuteOfDay: opens))])]
        case .unknown: break
        }
        facts.append(t(Self.operatorLabel(line.`operator`)))
        switch line.free {
        case true?: facts.append(t("help-free"))
        case false?: facts.append(t("help-may-cost"))
        case nil: break
        }
        if !line.languages.isEmpty {
            let names = line.languages.map { t.locale.localizedString(forLanguageCode: $0) ?? $0 }
            facts.append(t("help-languages", ["languages": .text(value: names.joined(separator: ", "))]))
        }
        if line.interpreters { facts.append(t("help-interpreters")) }
        return facts.joined(separator: " · ")
    }

    private func isOpen(_ status: OpenStatus) -> Bool {
        switch status {
        case .always, .open: true
        case .closed, .unknown: false
        }
    }

    /// What the phone acts on: a number for the dialer or Messages, nothing else
    /// (Logic/Contact.swift, the same policy as Android's). Web, email and WhatsApp are shown,
    /// never opened: a browser or messenger keeps its own history outside the vault.
    static func url(for channel: ContactChannel) -> URL? {
        contactAction(channel).url
    }

    private static func channelLabel(_ kind: ChannelKind) -> String {
        switch kind {
        case .phone: "channel-phone"
        case .sms: "channel-sms"
        case .whatsapp: "channel-whatsapp"
        case .web: "channel-web"
        case .email: "channel-email"
        }
    }

    private static func symbol(_ kind: ChannelKind) -> String {
        switch kind {
        case .phone: "phone.fill"
        case .sms, .whatsapp: "message.fill"
        case .web: "safari"
        case .email: "envelope.fill"
        }
    }

    private static func operatorLabel(_ op: Operator) -> String {
        switch op {
        case .ngo: "operator-ngo"
        case .government: "operator-government"
        case .police: "operator-police"
        case .immigration: "operator-immigration"
        case .intergovernmental: "operator-intergovernmental"
        }
    }
}
