import Foundation
#if canImport(Harbour)
import Harbour
#endif

/// Where the app stands on the screen.
enum Visibility: Sendable {
    /// In front, the person can use it.
    case inFront
    /// Still drawn but not in front: iOS `.inactive` (app switcher, a call, Control or
    /// Notification Centre), Android `onPause`.
    case covered
    /// Not drawn: iOS `.background`, Android `onStop`.
    case gone
}

/// The one lock rule, the same on iOS and Android
/// (examples/android/.../logic/LockRule.kt):
///
/// 1. The journal is open only while the app is in front. At the first sign it is not —
///    covered or gone, whichever the platform reports first — it locks, and comes back as the
///    calculator. The dialer a helpline opens counts: the person types the PIN again after.
/// 2. While the screen is recorded or mirrored, it locks (and only the calculator is drawn).
/// 3. After the person's idle time with no touch, scroll or key, it locks. Reading and typing
///    are activity (`Session.interaction`, `DraftKeeper.changed`).
/// 4. Hide locks at once.
///
/// Before any lock, the entry being written is saved to the vault (`DraftKeeper`); the lock
/// follows on the same queue, a moment later, while the screen already shows the calculator.
enum LockRule {
    static func locks(_ visibility: Visibility) -> Bool { visibility != .inFront }
    static func locksWhileCaptured(_ captured: Bool) -> Bool { captured }
}

/// Applies `LockRule` to one open app. `onLocked` gets the calculator to show, on the worker
/// (the UI hops to the main actor).
final class Session: @unchecked Sendable {
    private let app: HarbourApp
    private let disguise: Disguise
    private let drafts: DraftKeeper
    private let worker: any Worker
    private let onLocked: @Sendable (CalcView) -> Void

    init(app: HarbourApp, disguise: Disguise, drafts: DraftKeeper, worker: any Worker,
         onLocked: @escaping @Sendable (CalcView) -> Void) {
        self.app = app
        self.disguise = disguise
        self.drafts = drafts
        self.worker = worker
        self.onLocked = onLocked
    }

    /// A touch, a scroll, a key: the idle clock starts again. Cheap, for the main thread.
    func interaction() {
        app.touch()
    }

    func visibility(_ visibility: Visibility) {
        if LockRule.locks(visibility) {
            lockAfterDraft { $0.lifecycle(event: .background) }
        } else {
            tick()
        }
    }

    func captured(_ captured: Bool) {
        if LockRule.locksWhileCaptured(captured) { lockAfterDraft { $0.quickExit() } }
    }

    /// The Hide button.
    func hide() {
        lockAfterDraft { $0.quickExit() }
    }

    /// On a timer while unlocked: rule 3.
    func tick() {
        let (app, disguise, onLocked) = (app, disguise, onLocked)
        worker.run {
            if app.checkAutoLock() { onLocked(disguise.view()) }
        }
    }

    private func lockAfterDraft(_ lock: @escaping @Sendable (Disguise) -> CalcView) {
        let (drafts, disguise, onLocked) = (drafts, disguise, onLocked)
        worker.run {
            drafts.flushNow()
            onLocked(lock(disguise))
        }
    }
}
