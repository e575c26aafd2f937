import Harbour
import SwiftUI

/// The journal, newest first, and a screen to write a new entry. Both need the vault open;
/// a `Locked` error (auto-lock) sends the app back to the calculator.
struct JournalView: View {
    @EnvironmentObject private var shell: Shell
    @State private var entries: [JournalEntry] = []
    @State private var message: String?
    /// The editor is open: tapped, or a draft was waiting when the journal opened.
    @State private var writing = false
    @State private var kept: UnsavedEntry?

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
                Button {
                    writing = true
                } label: {
                    Label(t("journal-new"), systemImage: "square.and.pencil")
                }
            }
            .navigationDestination(isPresented: $writing) {
                NewEntryView(initial: kept) {
                    kept = nil
                    Task { await load() }
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
            let (page, draft) = try await offMain { (try app.journalList(offset: 0, limit: 100), try app.journalDraft()) }
            entries = page
            message = nil
            // An entry was being written when the journal last locked: straight back to it.
            if let draft, !writing {
                kept = draft
                writing = true
            }
        } catch {
            message = shell.message(for: error)
        }
    }
}

/// A new entry: text and an optional category, written durably by the core on Save. What is
/// typed is kept in the vault as it is typed (DraftKeeper), so a lock or quick exit loses
/// nothing; nothing is kept in state restoration.
struct NewEntryView: View {
    @EnvironmentObject private var shell: Shell
    @Environment(\.dismiss) private var dismiss
    let saved: () -> Void
    @State private var text: String
    @State private var category: String?
    @State private var message: String?
    @State private var saving = false

    init(initial: UnsavedEntry?, saved: @escaping () -> Void) {
        self.saved = saved
        _text = State(initialValue: initial?.text ?? "")
        _category = State(initialValue: initial?.category)
    }

    private func changed() {
        shell.drafts?.changed(UnsavedEntry(text: text, tags: [], category: category))
    }

    var body: some View {
        let t = shell.t
        Form {
            Section(t("journal-text")) {
                TextEditor(text: $text)
                    .frame(minHeight: 200)
                    // Keeps what is written out of the keyboard's learned words and suggestions.
                    .autocorrectionDisabled()
                    .onChange(of: text) { _ in changed() }
                    // No Apple Intelligence writing tools on the journal (iOS 18+): the text
                    // stays in this view.
                    .modifier(NoWritingTools())
            }
            Section {
                Picker(t("journal-category"), selection: $category.onSet { _ in changed() }) {
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
            Button(t("action-cancel"), role: .cancel) { discard() }
                .disabled(saving)
        }
    }

    /// Thrown away on purpose: the draft goes too.
    private func discard() {
        guard let drafts = shell.drafts else { return dismiss() }
        Task {
            _ = try? await offMain { _ = drafts.forget() }
            dismiss()
        }
    }

    private func save() async {
        guard let app = shell.app else { return }
        saving = true
        defer { saving = false }
        let draft = JournalDraft(text: text, category: category)
        let drafts = shell.drafts
        do {
            // The draft is forgotten only once the entry is in.
            _ = try await offMain { () throws -> Void in
                _ = try app.journalAppend(draft: draft)
                drafts?.forget()
            }
            saved()
            dismiss()
        } catch {
            message = shell.message(for: error)
        }
    }
}

extension Binding {
    /// The same binding, also calling `action` with each new value.
    func onSet(_ action: @escaping (Value) -> Void) -> Binding<Value> {
        Binding(get: { wrappedValue }, set: { wrappedValue = $0; action($0) })
    }
}

/// `.writingToolsBehavior(.disabled)` where it exists (iOS 18+).
struct NoWritingTools: ViewModifier {
    func body(content: Content) -> some View {
        if #available(iOS 18.0, *) {
            content.writingToolsBehavior(.disabled)
        } else {
            content
        }
    }
}
