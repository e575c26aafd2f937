import Harbour
import SwiftUI

/// The launch screen: a working calculator. Every key goes to the core's engine and the
/// display is whatever it returns; a PIN then `=` is also an unlock attempt, whose outcome the
/// shell hears through its UnlockObserver. Nothing on screen differs either way.
struct CalculatorView: View {
    @EnvironmentObject private var shell: Shell

    enum Pad: Hashable {
        case digit(UInt8), point, op(CalcOp), equals, percent, sign, clear

        var span: Int { self == .digit(0) ? 2 : 1 }
    }

    private static let rows: [[Pad]] = [
        [.clear, .sign, .percent, .op(.divide)],
        [.digit(7), .digit(8), .digit(9), .op(.multiply)],
        [.digit(4), .digit(5), .digit(6), .op(.subtract)],
        [.digit(1), .digit(2), .digit(3), .op(.add)],
        [.digit(0), .point, .equals],
    ]

    var body: some View {
        GeometryReader { geometry in
            let spacing: CGFloat = 12
            let side = (geometry.size.width - spacing * 5) / 4
            VStack(spacing: spacing) {
                Spacer(minLength: 0)
                Text(shell.calc.display)
                    .font(.system(size: 84, weight: .light))
                    .monospacedDigit()
                    .lineLimit(1)
                    .minimumScaleFactor(0.3)
                    .foregroundStyle(.white)
                    .frame(maxWidth: .infinity, alignment: .trailing)
                    .padding(.horizontal, spacing)
                    .contentShape(Rectangle())
                    // As on the system calculator: a swipe across the display deletes a digit.
                    .gesture(DragGesture(minimumDistance: 24).onEnded { _ in shell.press(.backspace) })
                    .accessibilityAddTraits(.updatesFrequently)
                ForEach(Self.rows, id: \.self) { row in
                    HStack(spacing: spacing) {
                        ForEach(row, id: \.self) { pad in
                            key(pad, width: side * CGFloat(pad.span) + spacing * CGFloat(pad.span - 1), height: side)
                        }
                    }
                }
            }
            .padding([.horizontal, .bottom], spacing)
        }
        .background(Color.black.ignoresSafeArea())
        .preferredColorScheme(.dark)
        // A calculator reads left to right in every language.
        .environment(\.layoutDirection, .leftToRight)
    }

    private func key(_ pad: Pad, width: CGFloat, height: CGFloat) -> some View {
        let pending: Bool
        if case .op(let op) = pad { pending = shell.calc.pending == op } else { pending = false }
        let (background, foreground) = Self.colors(pad, pending: pending)
        return Button {
            shell.press(calcKey(pad))
        } label: {
            label(pad)
                .font(.system(size: height * 0.4, weight: .regular))
                // The wide 0 sits where a 0 in a round key would.
                .padding(.leading, pad.span > 1 ? height * 0.38 : 0)
                .frame(width: width, height: height, alignment: pad.span > 1 ? .leading : .center)
                .foregroundStyle(foreground)
                .background(background, in: Capsule())
        }
        .buttonStyle(.plain)
        .modifier(SpokenName(name: spokenName(pad)))
    }

    /// VoiceOver names the SF Symbols in the phone's language; "C" and "AC" are letters, so
    /// their names come from the core's messages, as Android's do.
    private func spokenName(_ pad: Pad) -> String? {
        guard case .clear = pad else { return nil }
        return shell.t(shell.calc.canClearEntry ? "disguise-key-clear" : "disguise-key-all-clear")
    }

    /// Background and text, as on the system calculator; a pending operator is inverted.
    private static func colors(_ pad: Pad, pending: Bool) -> (Color, Color) {
        switch pad {
        case .op, .equals: return pending ? (Color.white, Color.orange) : (Color.orange, Color.white)
        case .clear, .sign, .percent: return (Color(white: 0.65), Color.black)
        case .digit, .point: return (Color(white: 0.2), Color.white)
        }
    }

    @ViewBuilder
    private func label(_ pad: Pad) -> some View {
        switch pad {
        case .digit(let d): Text(verbatim: String(d))
        case .point: Text(verbatim: ".")
        case .clear: Text(verbatim: shell.calc.canClearEntry ? "C" : "AC")
        // SF Symbols carry VoiceOver labels in the system's language.
        case .sign: Image(systemName: "plus.forwardslash.minus")
        case .percent: Image(systemName: "percent")
        case .equals: Image(systemName: "equal")
        case .op(.add): Image(systemName: "plus")
        case .op(.subtract): Image(systemName: "minus")
        case .op(.multiply): Image(systemName: "multiply")
        case .op(.divide): Image(systemName: "divide")
        }
    }

    private func calcKey(_ pad: Pad) -> CalcKey {
        switch pad {
        case .digit(let d): .digit(digit: d)
        case .point: .point
        case .op(let op): .operator(op: op)
        case .equals: .equals
        case .percent: .percent
        case .sign: .sign
        case .clear: shell.calc.canClearEntry ? .clear : .allClear
        }
    }
}

private struct SpokenName: ViewModifier {
    let name: String?

    func body(content: Content) -> some View {
        if let name { content.accessibilityLabel(Text(name)) } else { content }
    }
}
