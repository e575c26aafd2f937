import Foundation
import Harbour
import SwiftUI
import UIKit

/// The one model of the app: which screen shows, the calculator's display, and every call
/// that locks or unlocks. Views read it and call it; they never switch screens themselves.
@MainActor
final class Shell: ObservableObject {
    enum Screen: Equatable {
        /// The core is opening (off the main actor); the calculator shows, its keys do nothing yet.
        case opening
        case setup
        case calculator
        case unlocked
        case failed(String)
    }

    @Published private(set) var screen = Screen.opening
    @Published private(set) var calc = CalcView(display: "0", pending: nil, canClearEntry: false, error: false)
    /// True while the scene is inactive or in the background: only the calculator is drawn, so
    /// the app switcher's snapshot shows nothing else.
    @Published private(set) var covered = false
    /// True while the screen is recorded or mirrored: only the calculator is drawn.
    @Published private(set) var captured = false
    @Published private(set) var settingUp = false
    @Published private(set) var t = Strings(translator: Translator(preferences: Locale.preferredLanguages))

    private(set) var app: HarbourApp?
    private var disguise: Disguise?
    /// Store work off the main actor, in order: draft saves, then the lock that follows.
    private let worker = QueueWorker()
    /// The entry being written, kept in the vault as it is typed.
    private(set) var drafts: DraftKeeper?
    private var session: Session?
    /// The pasteboard's change count when the journal opened: anything copied after it came
    /// from inside the app, and is cleared when the app hides.
    private var pasteboardAtOpen: Int?
    private var starting = false
    /// The person's languages, most wanted first: the saved one (outreach set-up), then iOS's.
    private(set) var languages = Locale.preferredLanguages
    /// ISO 3166-1: the saved country, else the phone's region.
    private(set) var country: String?
    /// Bumped by every hide and quick exit, so slow work that finishes afterwards (set-up)
    /// knows not to leave the app open.
    private var hides = 0

    /// Argon2id target for one PIN check on this phone (the bindings' documented phone value).
    private static let kdfTargetMs: UInt32 = 700

    // MARK: Opening

    func start() async {
        guard app == nil, !starting else { return }
        starting = true
        defer { starting = false }
        do {
            // Opening reads the Keychain and SQLCipher and, on first run, installs the embedded
            // content: keep it off the main actor.
            // Everything the screens read at start, off the main actor too.
            let opened = try await Task.detached(priority: .userInitiated) { () throws -> Opened in
                let app = try openCore()
                let saved = try? app.setting(key: "locale")
                let languages = (saved.map { [$0] } ?? []) + Locale.preferredLanguages
                let region = (try? app.setting(key: "country")) ?? Locale.current.region?.identifier
                return Opened(app: app, languages: languages, translator: try? app.translator(preferences: languages),
                              country: region?.uppercased(), setUp: try app.status().setUp)
            }.value
            self.opened(opened)
        } catch {
            screen = .failed(t.error(error))
        }
    }

    private struct Opened: @unchecked Sendable {
        let app: HarbourApp
        let languages: [String]
        let translator: Translator?
        let country: String?
        let setUp: Bool
    }

    private func opened(_ opened: Opened) {
        let app = opened.app
        self.app = app
        let disguise = app.disguise()
        self.disguise = disguise
        // The outcome arrives on the core's attempt thread; hop to the main actor. Set before
        // any key press: the core reads the observer when an attempt starts. `self` is weak,
        // or Shell → disguise → relay → Shell would be a cycle.
        disguise.setObserver(observer: UnlockRelay { [weak self] unlocked in
            Task { @MainActor in self?.attemptFinished(unlocked: unlocked) }
        })
        languages = opened.languages
        if let translator = opened.translator {
            t = Strings(translator: translator)  // also knows translations that packs brought
        }
        country = opened.country
        let drafts = DraftKeeper(app: app, worker: worker)
        self.drafts = drafts
        session = Session(app: app, disguise: disguise, drafts: drafts, worker: worker) { [weak self] view in
            Task { @MainActor in self?.locked(showing: view) }
        }
        calc = disguise.view()
        screen = opened.setUp ? .calculator : .setup
    }

    // MARK: The calculator and unlocking

    func press(_ key: CalcKey) {
        guard let disguise else { return }
        calc = disguise.press(key: key)
    }

    private func attemptFinished(unlocked: Bool) {
        // A failed attempt changes nothing: to anyone watching it was a calculation.
        guard unlocked, screen == .calculator, !covered, let app, let disguise else { return }
        // A quick exit or a trip to the background may have landed between the attempt ending
        // and this hop to the main actor; the core knows whether the vault is still open.
        guard app.isUnlocked() else { return }
        // The PIN is still on the display; clear it before anyone comes back to the calculator.
        calc = disguise.press(key: .allClear)
        opening()
        screen = .unlocked
    }

    /// The journal opened: remember the pasteboard, and if the screen is being recorded or
    /// mirrored right now, close it again (LockRule rule 2).
    private func opening() {
        pasteboardAtOpen = UIPasteboard.general.changeCount
        if UIScreen.main.isCaptured { captureChanged(true) }
    }

    // MARK: First use

    /// Creates the vault with `pin` and opens the app. Returns what to tell the person, if
    /// anything went wrong.
    func setUp(pin: String) async -> String? {
        guard let app, !settingUp else { return nil }
        do {
            try checkPin(pin: pin)
        } catch {
            return t.error(error)
        }
        settingUp = true
        defer { settingUp = false }
        let hidesBefore = hides
        do {
            let kdf = await calibrateKdfAsync(targetMs: Self.kdfTargetMs)
            try await app.setupAsync(pin: pin, options: VaultOptions(kdf: kdf, usePlatformSecret: true))
        } catch {
            return t.error(error)
        }
        if hides != hidesBefore {
            // Hidden while the KDF ran: the vault now exists, but must not be left open.
            quickExit()
            screen = .calculator
        } else {
            opening()
            screen = .unlocked
        }
        return nil
    }

    // MARK: Locking

    /// Quick exit (LockRule rule 4): the calculator shows at once; on the store queue the
    /// draft being written is saved, then the core locks, wipes keys, drops any unlock in
    /// flight and clears the calculator. Nothing here waits for the disk or the KDF.
    func quickExit() {
        hides &+= 1
        leaveJournal()
        if let session {
            session.hide()
        } else {
            app?.quickExit()
        }
    }

    /// A touch, scroll or key anywhere while open: reading keeps the journal open (rule 3).
    func interaction() {
        session?.interaction()
    }

    /// The core locked (on the store queue): show the calculator it handed back.
    private func locked(showing view: CalcView) {
        calc = view
        leaveJournal()
    }

    /// The calculator replaces the journal; whatever was copied inside it leaves the pasteboard.
    private func leaveJournal() {
        if screen == .unlocked { screen = .calculator }
        if let before = pasteboardAtOpen, UIPasteboard.general.changeCount != before {
            UIPasteboard.general.items = []
        }
        pasteboardAtOpen = nil
    }

    /// Anything copied while the journal is open stays on this phone (no Universal Clipboard
    /// to the other devices of the Apple ID, often shared with the abuser) and expires in a
    /// minute. SwiftUI's text views offer Copy; this limits where it can go.
    func pasteboardChanged() {
        guard screen == .unlocked else { return }
        let pasteboard = UIPasteboard.general
        let items = pasteboard.items
        guard !items.isEmpty else { return }
        pasteboard.setItems(items, options: [.localOnly: true, .expirationDate: Date().addingTimeInterval(60)])
    }

    /// The screen began or stopped being recorded, mirrored or AirPlayed (rule 2): while it is,
    /// only the calculator is drawn and the journal locks.
    func captureChanged(_ captured: Bool) {
        self.captured = captured
        guard captured else { return }
        hides &+= 1
        leaveJournal()
        session?.captured(true)
    }

    /// What to show for an error from a vault call, or nil when the vault turned out to be
    /// locked (auto-lock), in which case the calculator is already back.
    func message(for error: any Error) -> String? {
        if let error = error as? HarbourError, case .Locked = error {
            quickExit()
            return nil
        }
        return t.error(error)
    }

    /// Polls the core's auto-lock while the app is open (the core does not run timers).
    func watchAutoLock() async {
        while screen == .unlocked {
            do {
                try await Task.sleep(for: .seconds(15))
            } catch {
                return
            }
            // On the store queue; a lock comes back through `locked(showing:)`.
            if screen == .unlocked { session?.tick() }
        }
    }

    func scenePhaseChanged(_ phase: ScenePhase) {
        switch phase {
        case .active:
            covered = false
            if app == nil {
                Task { await start() }  // first launch, or opening failed (e.g. keystore not ready)
            } else {
                session?.visibility(.inFront)
            }
        case .inactive:
            hide(.covered)
        case .background:
            hide(.gone)
        @unknown default:
            hide(.gone)
        }
    }

    /// LockRule rule 1 — inactive (app switcher, Control Centre, a call) or background: cover
    /// the UI at once; the journal locks after its draft is saved, and the app comes back as
    /// the calculator.
    private func hide(_ visibility: Visibility) {
        covered = true
        hides &+= 1
        leaveJournal()
        session?.visibility(visibility)
    }
}

/// Hands the core's unlock outcome to a closure. Called on a background thread.
final class UnlockRelay: UnlockObserver {
    private let report: @Sendable (Bool) -> Void

    init(_ report: @escaping @Sendable (Bool) -> Void) {
        self.report = report
    }

    func onAttempt(unlocked: Bool) {
        report(unlocked)
    }
}

/// Runs blocking core work (disk, SQLCipher) off the main actor.
func offMain<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await Task.detached(priority: .userInitiated) { try work() }.value
}

/// Opens the core on its protected data directory with the Keychain keystore.
private func openCore() throws -> HarbourApp {
    let (directory, fresh) = try DataDirectory.prepare()
    if fresh {
        // Keychain items outlive an uninstall; a fresh install starts without old secrets.
        KeychainKeystore.removeAll()
    }
    return try HarbourApp(dataDir: directory.path, keystore: KeychainKeystore())
}
