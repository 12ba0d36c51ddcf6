import Foundation

/// Runs blocking work (a query, a Graphviz layout) off Swift's cooperative
/// threads, each job on a thread of its own, so that a slow request holds
/// neither a thread the other requests need (on 2 cores the cooperative pool
/// has 2 threads) nor a worker of a pool sized by the cores: a dispatch queue
/// starts about one worker per core for busy jobs, so two slow queries there
/// kept every page waiting.
enum Offload {
    /// Jobs beyond this many wait for a running one to end, so a flood of
    /// requests cannot start threads without bound.
    static let maximumThreads = 32

    private static let lock = NSLock()
    private static var running = 0
    private static var waiting: [@Sendable () -> Void] = []

    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            submit { continuation.resume(with: Result { try body() }) }
        }
    }

    private static func submit(_ job: @escaping @Sendable () -> Void) {
        lock.lock()
        guard running < maximumThreads else {
            waiting.append(job)
            lock.unlock()
            return
        }
        running += 1
        lock.unlock()
        let worker = Thread { drain(startingWith: job) }
        // Deeply nested expressions recurse; a secondary thread's default stack (512 KiB) is too small.
        worker.stackSize = 16 << 20
        worker.start()
    }

    /// Runs a job, then the jobs that queued meanwhile, and ends the thread when none is left.
    private static func drain(startingWith first: @escaping @Sendable () -> Void) {
        var job: (@Sendable () -> Void)? = first
        while let current = job {
            current()
            lock.lock()
            if waiting.isEmpty {
                running -= 1
                job = nil
            } else {
                job = waiting.removeFirst()
            }
            lock.unlock()
        }
    }
}
