import Harbour
import SwiftUI

/// First use: choose a PIN. It must be digits only, because the calculator is the only way
/// in and it types nothing else. After set-up the vault is open and the app shows.
struct SetupView: View {
    @EnvironmentObject private var shell: Shell
    @State private var pin = ""
    @State private var again = ""
    @State private var message: String?

    var body: some View {
        let t = shell.t
        Form {
            Section {
                Text(t("setup-welcome"))
                Text(t("setup-private"))
                Text(t("setup-disguise"))
            }
            Section(t("pin-choose")) {
                pinField(t("pin-choose"), text: $pin)
                pinField(t("pin-confirm"), text: $again)
            }
            if let message {
                Section { Text(message).foregroundStyle(.red) }
            }
            Section {
                if shell.settingUp {
                    HStack(spacing: 12) {
                        ProgressView()
                        Text(t("setup-measure"))
                    }
                } else {
                    Button(t("action-next"), action: submit)
                        .disabled(pin.isEmpty || again.isEmpty)
                }
            }
        }
        .environment(\.layoutDirection, t.layoutDirection)
    }

    private func pinField(_ title: String, text: Binding<String>) -> some View {
        SecureField(title, text: text)
            .keyboardType(.numberPad)
            // Not a password: keeps iOS from offering to save it to the Keychain or iCloud.
            .textContentType(.oneTimeCode)
            .onChange(of: text.wrappedValue) { value in
                let digits = value.filter { $0.isASCII && $0.isNumber }
                if digits != value { text.wrappedValue = digits }  // pasted text
            }
    }

    private func submit() {
        guard pin == again else {
            message = shell.t("pin-mismatch")
            again = ""
            return
        }
        let chosen = pin
        pin = ""
        again = ""
        message = nil
        Task { message = await shell.setUp(pin: chosen) }
    }
}
