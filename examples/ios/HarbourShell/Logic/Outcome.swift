import Foundation
#if canImport(Harbour)
import Harbour
#endif

/// What a call into the core came to, so that no screen meets an error it did not expect:
/// every `HarbourError` case, a Rust panic (a uniffi internal error), anything else.
enum Outcome<T> {
    case done(T)
    /// The journal locked meanwhile (auto-lock, quick exit): the shell shows the calculator.
    case locked
    /// The call failed; `Strings.error` says what happened and what to do. `hide` is true for a
    /// failure inside the core itself (a panic): the shell hides and starts again from the
    /// calculator rather than go on in a state nobody planned for.
    case failed(any Error, hide: Bool)
}

func guarded<T>(_ call: () throws -> T) -> Outcome<T> {
    do {
        return .done(try call())
    } catch HarbourError.Locked {
        return .locked
    } catch let error as HarbourError {
        return .failed(error, hide: false)
    } catch {
        return .failed(error, hide: true)
    }
}
