import Foundation

/// A timer or queued task that has not run yet.
protocol Cancellable: Sendable {
    func cancel()
}

/// The shell's one background queue for store work: reads, draft saves, the lock after a draft
/// is flushed. One serial queue keeps them in order (a draft is saved before the lock that
/// follows it); none of them runs on the main thread, where a slow disk would freeze the screen.
protocol Worker: Sendable {
    func run(_ task: @escaping @Sendable () -> Void)
    func later(ms: Int, _ task: @escaping @Sendable () -> Void) -> any Cancellable
}

/// A queued dispatch item, cancellable.
private final class QueuedItem: Cancellable, @unchecked Sendable {
    let item: DispatchWorkItem
    init(_ item: DispatchWorkItem) { self.item = item }
    func cancel() { item.cancel() }
}

/// The real one: a serial dispatch queue.
final class QueueWorker: Worker {
    private let queue: DispatchQueue

    init(label: String = "harbour-store") {
        queue = DispatchQueue(label: label, qos: .userInitiated)
    }

    func run(_ task: @escaping @Sendable () -> Void) {
        queue.async(execute: task)
    }

    func later(ms: Int, _ task: @escaping @Sendable () -> Void) -> any Cancellable {
        let item = DispatchWorkItem(block: task)
        queue.asyncAfter(deadline: .now() + .milliseconds(ms), execute: item)
        return QueuedItem(item)
    }

    /// Waits until everything queued so far has run (tests; never on the main thread in the app).
    func drain() {
        queue.sync {}
    }
}
