import Foundation
import Harbour
import SwiftUI

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
    @Published private(set) var settingUp = false
    @Published private(set) var t = Strings(translator: Translator(preferences: Locale.preferredLanguages))

    private(set) var app: HarbourApp?
    private var disguise: Disguise?
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
            let app = try await Task.detached(priority: .userInitiated) { try openCore() }.value
            opened(app)
        } catch {
            screen = .failed(t.error(error))
        }
    }

    private func opened(_ app: HarbourApp) {
        self.app = app
        let disguise = app.disguise()
        self.disguise = disguise
        // The outcome arrives on the core's attempt thread; hop to the main actor. Set before
        // any key press: the core reads the observer when an attempt starts. `self` is weak,
        // or Shell → disguise → relay → Shell would be a cycle.
        disguise.setObserver(observer: UnlockRelay { [weak self] unlocked in
            Task { @MainActor in self?.attemptFinished(unlocked: unlocked) }
        })
        if let saved = try? app.setting(key: "locale") {
            languages = [saved] + Locale.preferredLanguages
        }
        if let translator = try? app.translator(preferences: languages) {
            t = Strings(translator: translator)  // also knows translations that packs brought
        }
        country = ((try? app.setting(key: "country")) ?? Locale.current.region?.identifier)?.uppercased()
        calc = disguise.view()
        do {
            screen = try app.status().setUp ? .calculator : .setup
        } catch {
            screen = .failed(t.error(error))
        }
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
        guard (try? app.status().unlocked) == true else { return }
        // The PIN is still on the display; clear it before anyone comes back to the calculator.
        calc = disguise.press(key: .allClear)
        screen = .unlocked
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
            screen = .unlocked
        }
        return nil
    }

    // MARK: Locking

    /// Quick exit: locks, wipes keys, drops any unlock in flight, clears the calculator.
    /// Never waits for the disk or the KDF.
    func quickExit() {
        hides &+= 1
        if let disguise {
            calc = disguise.quickExit()
        } else {
            app?.quickExit()
        }
        if screen == .unlocked { screen = .calculator }
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
            // `checkAutoLock` locks the vault but leaves the calculator as it was; the quick
            // exit clears it too.
            if screen == .unlocked, app?.checkAutoLock() == true { quickExit() }
        }
    }

    func scenePhaseChanged(_ phase: ScenePhase) {
        switch phase {
        case .active:
            covered = false
            if app == nil {
                Task { await start() }  // first launch, or opening failed (e.g. keystore not ready)
            } else if let disguise {
                calc = disguise.lifecycle(event: .foreground)
            }
        case .inactive, .background:
            hide()
        @unknown default:
            hide()
        }
    }

    /// Inactive (app switcher, Control Centre, a call's confirmation) or background: cover the
    /// UI and lock, so the app comes back as the calculator.
    private func hide() {
        covered = true
        hides &+= 1
        if let disguise { calc = disguise.lifecycle(event: .background) }
        if screen == .unlocked { screen = .calculator }
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
