import Harbour
import SwiftUI
import UIKit

@main
struct HarbourShellApp: App {
    @UIApplicationDelegateAdaptor(AppDelegate.self) private var appDelegate
    @StateObject private var shell = Shell()
    @Environment(\.scenePhase) private var scenePhase

    var body: some Scene {
        WindowGroup {
            RootView()
                .environmentObject(shell)
                .task { await shell.start() }
        }
        .onChange(of: scenePhase) { phase in shell.scenePhaseChanged(phase) }
    }
}

final class AppDelegate: NSObject, UIApplicationDelegate {
    /// Third-party keyboards see what is typed into the journal and, with full access, can
    /// send it anywhere: only the system keyboard is allowed in this app.
    func application(
        _ application: UIApplication,
        shouldAllowExtensionPointIdentifier extensionPointIdentifier: UIApplication.ExtensionPointIdentifier
    ) -> Bool {
        extensionPointIdentifier != .keyboard
    }
}

/// One screen at a time; while covered, only the calculator, whatever the screen.
struct RootView: View {
    @EnvironmentObject private var shell: Shell

    var body: some View {
        content
            // Recording, mirroring, AirPlay: only the calculator (LockRule rule 2).
            .onReceive(NotificationCenter.default.publisher(for: UIScreen.capturedDidChangeNotification)) { _ in
                shell.captureChanged(UIScreen.main.isCaptured)
            }
            .onReceive(NotificationCenter.default.publisher(for: UIPasteboard.changedNotification)) { _ in
                shell.pasteboardChanged()
            }
            // Any touch or scroll: the person is reading or writing (rule 3). Simultaneous, so
            // every control still gets its own gestures.
            .simultaneousGesture(DragGesture(minimumDistance: 0).onChanged { _ in shell.interaction() })
    }

    @ViewBuilder private var content: some View {
        if shell.covered || shell.captured {
            CalculatorView()
        } else {
            switch shell.screen {
            case .opening, .calculator:
                CalculatorView()
            case .setup:
                SetupView()
            case .unlocked:
                UnlockedView()
            case .failed(let message):
                FailedView(message: message)
            }
        }
    }
}

/// The app behind the calculator: help and the journal, with Hide always on screen.
struct UnlockedView: View {
    @EnvironmentObject private var shell: Shell

    var body: some View {
        let t = shell.t
        TabView {
            HelplinesView()
                .tabItem { Label(t("nav-help"), systemImage: "phone") }
            JournalView()
                .tabItem { Label(t("nav-journal"), systemImage: "book") }
        }
        // An inset rather than a toolbar item, so pushed screens (a new entry) keep it too.
        .safeAreaInset(edge: .top, spacing: 0) {
            HStack {
                Spacer()
                Button {
                    shell.quickExit()
                } label: {
                    Label(t("nav-hide"), systemImage: "eye.slash").font(.headline)
                }
                .buttonStyle(.borderedProminent)
                .accessibilityHint(t.attribute("nav-hide", "hint"))
            }
            .padding(.horizontal)
            .padding(.vertical, 6)
            .background(.bar)
        }
        .environment(\.layoutDirection, t.layoutDirection)
        .task { await shell.watchAutoLock() }
    }
}

/// The core could not open (no storage, or the keystore refused). Opening is retried here and
/// each time the app comes to the foreground.
struct FailedView: View {
    @EnvironmentObject private var shell: Shell
    let message: String

    var body: some View {
        VStack(spacing: 20) {
            Text(message).multilineTextAlignment(.center)
            Button(shell.t("action-try-again")) { Task { await shell.start() } }
                .buttonStyle(.borderedProminent)
        }
        .padding()
        .environment(\.layoutDirection, shell.t.layoutDirection)
    }
}

extension Strings {
    /// The person's language may be right-to-left even when the phone's is not.
    var layoutDirection: LayoutDirection { rightToLeft ? .rightToLeft : .leftToRight }
}
