// The iOS shell's logic (examples/ios/HarbourShell/Logic), compiled here with the generated
// bindings and run against the real library: drafts kept as they are typed and through a lock,
// activity holding off the auto-lock, the lock rule, error texts (a Rust panic too), the link
// policy. Called from main.swift.

import Foundation

/// A worker whose clock the test moves: `run` runs at once, `later` when `advance` passes it.
final class ManualWorker: Worker, @unchecked Sendable {
    private final class Timer: Cancellable, @unchecked Sendable {
        let due: Int
        let task: @Sendable () -> Void
        var cancelled = false
        init(due: Int, task: @escaping @Sendable () -> Void) { self.due = due; self.task = task }
        func cancel() { cancelled = true }
    }

    private var now = 0
    private var timers: [Timer] = []

    func run(_ task: @escaping @Sendable () -> Void) { task() }

    func later(ms: Int, _ task: @escaping @Sendable () -> Void) -> any Cancellable {
        let timer = Timer(due: now + ms, task: task)
        timers.append(timer)
        return timer
    }

    func advance(_ ms: Int) {
        now += ms
        let due = timers.filter { $0.due <= now }
        timers.removeAll { $0.due <= now }
        for timer in due where !timer.cancelled { timer.task() }
    }
}

final class Shown: @unchecked Sendable {
    private let lock = NSLock()
    private var views: [CalcView] = []
    func add(_ view: CalcView) { lock.withLock { views.append(view) } }
    var all: [CalcView] { lock.withLock { views } }
}

private let shellPin = "2580"
private let words = "He took my passport on the 3rd"

private func unlockedApp() throws -> HarbourApp {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("harbour-shell-\(UUID().uuidString)")
    let app = try HarbourApp(dataDir: dir.path, keystore: MemoryKeystore())
    try app.setup(pin: shellPin, options: VaultOptions(kdf: floor, usePlatformSecret: true))
    return app
}

private func entry(_ text: String, _ category: String? = nil) -> UnsavedEntry {
    UnsavedEntry(text: text, tags: [], category: category)
}

private func isLocked(_ call: () throws -> Void) -> Bool {
    do { try call() } catch HarbourError.Locked { return true } catch {}
    return false
}

func shellLogicTests() async {
    let before = (passed, failed)

    await test("shell: the lock rule: covered or gone locks, in front does not, capture locks") {
        try check(!LockRule.locks(.inFront), "in front")
        try check(LockRule.locks(.covered) && LockRule.locks(.gone), "covered, gone")
        try check(LockRule.locksWhileCaptured(true) && !LockRule.locksWhileCaptured(false), "capture")
    }

    await test("shell: a draft is saved once the typing pauses, not on every key") {
        let app = try unlockedApp()
        let worker = ManualWorker()
        let drafts = DraftKeeper(app: app, worker: worker, quietMs: 800)
        drafts.changed(entry("H"))
        worker.advance(500)
        drafts.changed(entry("He"))
        worker.advance(500)
        try check(try app.journalDraft() == nil, "nothing saved while typing")
        worker.advance(400)
        try check(try app.journalDraft() == entry("He"), "saved after the pause")
        try check(try app.journalCount() == 0, "a draft is not an entry")
    }

    await test("shell: a lock mid-draft keeps the draft: covered before the pause, flushed, then locked") {
        let app = try unlockedApp()
        let worker = ManualWorker()
        let drafts = DraftKeeper(app: app, worker: worker)
        let shown = Shown()
        let session = Session(app: app, disguise: app.disguise(), drafts: drafts, worker: worker) { shown.add($0) }
        drafts.changed(entry(words, "documents"))
        session.visibility(.covered)
        try check(!(try app.status().unlocked), "locked")
        try check(shown.all.last?.display == "0", "a fresh calculator is shown")
        try check(isLocked { _ = try app.journalDraft() }, "the draft is behind the PIN")
        try app.unlock(pin: shellPin)
        guard case .done(let restored) = drafts.restore() else { throw Failure(description: "restore failed") }
        try check(restored == entry(words, "documents"), "restored")
        _ = try app.journalAppend(draft: JournalDraft(text: words, tags: [], category: "documents", attachments: []))
        guard case .done = drafts.forget() else { throw Failure(description: "forget failed") }
        try check(try app.journalDraft() == nil && (try app.journalCount()) == 1, "one entry, no draft")
    }

    await test("shell: Hide and screen capture save the draft, then lock") {
        let app = try unlockedApp()
        let worker = ManualWorker()
        let drafts = DraftKeeper(app: app, worker: worker)
        let session = Session(app: app, disguise: app.disguise(), drafts: drafts, worker: worker) { _ in }
        drafts.changed(entry(words))
        session.hide()
        try check(!(try app.status().unlocked), "hidden")
        try app.unlock(pin: shellPin)
        try check(try app.journalDraft() == entry(words), "kept")
        drafts.changed(entry(words + " and more"))
        session.captured(true)
        try check(!(try app.status().unlocked), "captured")
        try app.unlock(pin: shellPin)
        try check(try app.journalDraft() == entry(words + " and more"), "kept through capture")
    }

    await test("shell: typing and reading keep the session open past the auto-lock time; idle locks it") {
        let app = try unlockedApp()
        try app.setAutoLockSecs(secs: 2)
        let worker = QueueWorker(label: "test-store")
        let drafts = DraftKeeper(app: app, worker: worker, quietMs: 100)
        let shown = Shown()
        let session = Session(app: app, disguise: app.disguise(), drafts: drafts, worker: worker) { shown.add($0) }
        var text = ""
        // 3.5 s of activity, a quarter second apart: longer than the 2 s limit.
        for i in 0..<14 {
            try await Task.sleep(nanoseconds: 250_000_000)
            if i % 2 == 0 {
                text += "word "
                drafts.changed(entry(text))
            } else {
                session.interaction()  // a scroll through helplines
            }
            session.tick()
        }
        worker.drain()
        try check(shown.all.isEmpty && (try app.status().unlocked), "still open after 3.5 s of activity")
        try await Task.sleep(nanoseconds: 2_300_000_000)
        session.tick()
        worker.drain()
        try check(shown.all.count == 1 && !(try app.status().unlocked), "locked when idle")
        try app.unlock(pin: shellPin)
        try check(try app.journalDraft() == entry(text), "the draft survived the auto-lock")
    }

    await test("shell: every failure is an outcome, a panic included, and says something a person can read") {
        let app = try unlockedApp()
        let english = Strings(translator: Translator(preferences: ["en"]))
        let somali = Strings(translator: Translator(preferences: ["so"]))
        guard case .done(let n) = guarded({ try app.journalCount() }), n == 0 else { throw Failure(description: "done") }
        guard case .failed(let bad, hide: false) = guarded({ try app.saveJournalDraft(draft: entry("x", "holiday")) }),
              case HarbourError.InvalidInput = bad
        else { throw Failure(description: "bad input") }
        app.lock()
        guard case .locked = guarded({ try app.journalCount() }) else { throw Failure(description: "locked") }
        guard case .failed(let panic, hide: true) = guarded({ try debugPanic(message: "boom") }) else {
            throw Failure(description: "panic")
        }
        let generic = english("error-generic")
        let errors: [any Error] = [bad, HarbourError.Locked, HarbourError.WrongPin(retryAfterSecs: 30),
                                   HarbourError.FileExists, HarbourError.StorageFull]
        for e in errors {
            let said = english.error(e)
            try check(!said.isEmpty && said != generic && !said.contains("Error"), "English for \(e): \(said)")
            try check(!somali.error(e).isEmpty && somali.error(e) != said, "Somali for \(e)")
        }
        try check(english.error(panic) == generic && !english.error(panic).contains("boom"), "a panic reads as the generic message")
    }

    await test("shell: links: numbers go to the dialer or Messages, bidi marks stripped; the rest is shown only") {
        func channel(_ kind: ChannelKind, _ dial: String) -> ContactChannel {
            ContactChannel(kind: kind, dial: dial, display: dial, note: nil)
        }
        try check(contactAction(channel(.phone, "\u{2068}+44 800-0121 700\u{2069}")) == .dial("+448000121700"), "phone")
        try check(contactAction(channel(.sms, "61120")) == .message("61120"), "sms")
        try check(contactAction(channel(.phone, "+44800")).url?.absoluteString == "tel:+44800", "tel: URL")
        for kind in [ChannelKind.whatsapp, .web, .email] {
            try check(contactAction(channel(kind, "+447000000000")) == .showOnly && ContactAction.showOnly.url == nil, "\(kind) shown only")
        }
        try check(contactAction(channel(.phone, "tel:123;ext=9")) == .showOnly, "not a number")
        let app = try unlockedApp()
        let lines = try app.helplines(query: HelplineQuery(country: "GB"))
        try check(lines.flatMap(\.channels).contains { if case .dial = contactAction($0) { true } else { false } },
                  "the UK's lines can be called")
    }

    print("shell logic: \(passed - before.0) passed, \(failed - before.1) failed")
}
