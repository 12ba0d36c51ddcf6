import Foundation

/// An index of an opened snapshot built on first use rather than at open: many sessions
/// run queries that never need it, and at a million nodes each costs time and memory
/// (hashing a million names takes a second; the relationships by type take 8 bytes each).
///
/// Shared by copies of a `PropertyGraph` until one of them changes what it indexes (which
/// takes the built index into the graph itself), and locked because queries run on worker threads.
final class BuiltOnce<Index>: @unchecked Sendable {
    private let lock = NSLock()
    private var built: Index?

    /// The index, calling `build` the first time.
    func index(build: () -> Index) -> Index {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let index = build()
        built = index
        return index
    }
}
