import Foundation
#if canImport(Harbour)
import Harbour
#endif

/// Keeps the entry being written in the vault as it is typed: a save `quietMs` after the last
/// change, and at once before any lock (`flushNow`). So an auto-lock, a quick exit or the app
/// being killed loses at most the last moment of typing, and the text is never anywhere but the
/// encrypted journal (not in state restoration, not in a file of the shell's).
///
/// Every change also tells the core the person is active, so writing never trips the auto-lock.
/// All store work runs on `worker`, in order.
final class DraftKeeper: @unchecked Sendable {
    private let app: HarbourApp
    private let worker: any Worker
    private let quietMs: Int
    private let lock = NSLock()
    private var pending: UnsavedEntry?
    private var timer: (any Cancellable)?

    init(app: HarbourApp, worker: any Worker, quietMs: Int = 800) {
        self.app = app
        self.worker = worker
        self.quietMs = quietMs
    }

    /// The editor's text or category changed. Called on the main thread; cheap.
    func changed(_ draft: UnsavedEntry) {
        app.touch()
        lock.withLock {
            pending = draft
            timer?.cancel()
            timer = worker.later(ms: quietMs) { [weak self] in _ = self?.flushNow() }
        }
    }

    /// Saves what is pending, here and now; on the worker only.
    @discardableResult
    func flushNow() -> Outcome<Void> {
        let draft: UnsavedEntry? = lock.withLock {
            timer?.cancel()
            timer = nil
            defer { pending = nil }
            return pending
        }
        guard let draft else { return .done(()) }
        return guarded { try app.saveJournalDraft(draft: draft) }
    }

    /// What the editor starts with: the draft the journal kept, if any. Worker only.
    func restore() -> Outcome<UnsavedEntry?> {
        guarded { try app.journalDraft() }
    }

    /// The entry was saved, or the person threw it away: nothing pending, nothing kept.
    @discardableResult
    func forget() -> Outcome<Void> {
        lock.withLock {
            timer?.cancel()
            timer = nil
            pending = nil
        }
        return guarded { try app.clearJournalDraft() }
    }
}
