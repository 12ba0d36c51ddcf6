import Foundation
import FuzzSupport
import Graph

/// The snapshot reader: any bytes either load as a graph, which is then written and read
/// back to the same graph, or are refused with a `GraphError`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSnapshot(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let graph = try? PropertyGraph(snapshotBytes: bytes) else { return 0 }
    let written = graph.snapshotBytes()
    guard let again = try? PropertyGraph(snapshotBytes: written) else {
        fatalError("a snapshot the writer produced does not load again")
    }
    if again.nodeCount != graph.nodeCount || again.relationshipCount != graph.relationshipCount {
        fatalError("a snapshot written and read again lost nodes or relationships")
    }
    return 0
}

// SwiftPM names this file's top-level code the program's `main`, so libFuzzer's own
// `main` is not linked in; its driver is started here instead, with the same options.
exit(FuzzDriver.run(fuzzSnapshot))
