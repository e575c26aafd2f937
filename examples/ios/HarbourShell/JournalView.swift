import Harbour
import SwiftUI

/// The journal, newest first, and a screen to write a new entry. Both need the vault open;
/// a `Locked` error (auto-lock) sends the app back to the calculator.
struct JournalView: View {
    @EnvironmentObject private var shell: Shell
    @State private var entries: [JournalEntry] = []
    @State private var message: String?

    /// The core's categories (JournalDraft); each has a `category-…` message.
    static let categories = ["pay", "documents", "threats", "violence", "movement", "conditions", "other"]

    var body: some View {
        let t = shell.t
        NavigationStack {
            List {
                Section {
                    Text(t("journal-intro")).font(.footnote).foregroundStyle(.secondary)
                }
                if let message {
                    Text(message)
                }
                if entries.isEmpty {
                    Text(t("journal-empty"))
                }
                ForEach(entries, id: \.id) { entry in
                    row(entry)
                }
            }
            .navigationTitle(t("journal-title"))
            .toolbar {
                NavigationLink {
                    NewEntryView { Task { await load() } }
                } label: {
                    Label(t("journal-new"), systemImage: "square.and.pencil")
                }
            }
        }
        .task { await load() }
    }

    private func row(_ entry: JournalEntry) -> some View {
        let t = shell.t
        return VStack(alignment: .leading, spacing: 4) {
            Text(t("journal-written", ["date": .text(value: t.moment(ms: entry.writtenMs, offsetMin: entry.writtenOffsetMin))]))
                .font(.caption)
                .foregroundStyle(.secondary)
            if let category = entry.category {
                Text(t("category-\(category)")).font(.caption.bold())
            }
            if entry.deleted {
                Text(t("journal-deleted")).italic()
            } else {
                Text(entry.text).lineLimit(6)
            }
        }
        .padding(.vertical, 2)
    }

    private func load() async {
        guard let app = shell.app else { return }
        do {
            // The first page is enough for a reference shell; `journalCount` and `offset` page on.
            entries = try await offMain { try app.journalList(offset: 0, limit: 100) }
            message = nil
        } catch {
            message = shell.message(for: error)
        }
    }
}

/// A new entry: text and an optional category, written durably by the core on Save.
struct NewEntryView: View {
    @EnvironmentObject private var shell: Shell
    @Environment(\.dismiss) private var dismiss
    let saved: () -> Void
    @State private var text = ""
    @State private var category: String?
    @State private var message: String?
    @State private var saving = false

    var body: some View {
        let t = shell.t
        Form {
            Section(t("journal-text")) {
                TextEditor(text: $text)
                    .frame(minHeight: 200)
                    // Keeps what is written out of the keyboard's learned words and suggestions.
                    .autocorrectionDisabled()
            }
            Section {
                Picker(t("journal-category"), selection: $category) {
                    Text(verbatim: "—").tag(String?.none)
                    ForEach(JournalView.categories, id: \.self) { id in
                        Text(t("category-\(id)")).tag(String?.some(id))
                    }
                }
            }
            if let message {
                Section { Text(message).foregroundStyle(.red) }
            }
        }
        .navigationTitle(t("journal-new"))
        .toolbar {
            Button(t("action-save")) { Task { await save() } }
                .disabled(saving || text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        }
    }

    private func save() async {
        guard let app = shell.app else { return }
        saving = true
        defer { saving = false }
        let draft = JournalDraft(text: text, category: category)
        do {
            _ = try await offMain { try app.journalAppend(draft: draft) }
            saved()
            dismiss()
        } catch {
            message = shell.message(for: error)
        }
    }
}
