import Foundation

/// The name index of an opened snapshot, built on the first name lookup rather than at open:
/// many sessions run queries that never look a name up, and a million names cost a second to hash.
///
/// Shared by copies of a `PropertyGraph` until one of them changes a name (which takes the
/// built index into the graph itself), and locked because queries run on worker threads.
final class NameIndexCache: @unchecked Sendable {
    private let lock = NSLock()
    private var built: [ByteKey: NodeIDSet]?

    /// The index, calling `build` the first time.
    func index(build: () -> [ByteKey: NodeIDSet]) -> [ByteKey: NodeIDSet] {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let index = build()
        built = index
        return index
    }
}
