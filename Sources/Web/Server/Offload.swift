import Foundation

/// Runs blocking work (a query, a Graphviz layout) off Swift's cooperative
/// threads, so that a slow request does not hold a thread the other requests
/// need: on 2 cores the cooperative pool has 2 threads.
enum Offload {
    private static let queue = DispatchQueue(label: "web.explorer.work", qos: .userInitiated, attributes: .concurrent)

    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body() }) }
        }
    }
}
