import Foundation

/// Runs work on its own thread with a large stack and a time limit, so that one
/// runaway or deeply recursive test cannot stop the whole TCK run.
///
/// A thread cannot be killed: after a timeout the work is abandoned and keeps
/// running in the background; the caller decides whether to go on.
enum GuardedExecution {
    /// Deep expressions recurse in the engine's parser; the default secondary-thread stack is small.
    static let stackSize = 64 << 20

    /// The work's value, or nil when it did not finish within `seconds`.
    static func run<T>(seconds: Double, _ work: @escaping () -> T) -> T? {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let value = work()
            box.set(value)
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return box.get()
    }

    private final class Box<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var value: T?
        func set(_ v: T) { lock.lock(); value = v; lock.unlock() }
        func get() -> T? { lock.lock(); defer { lock.unlock() }; return value }
    }
}
