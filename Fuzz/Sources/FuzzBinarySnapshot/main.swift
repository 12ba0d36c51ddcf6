import Foundation
import FuzzSupport
@testable import Graph

/// The binary snapshot reader (`build/graph.snapshot`). Every section carries a checksum,
/// so nearly any mutation is refused at the checksum; each input is therefore read twice:
/// as it is, and with its checksums stamped anew, which lets the mutations reach the
/// decoding of strings, records and values behind them. Whatever loads must write back
/// to bytes that load to the same counts and write again to the same bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBinarySnapshot(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for candidate in [bytes, restamped(bytes)] {
        guard let graph = try? PropertyGraph(binarySnapshot: candidate) else { continue }
        let written = graph.binarySnapshotBytes()
        guard let again = try? PropertyGraph(binarySnapshot: written) else {
            fatalError("a snapshot the writer produced does not load again")
        }
        if again.nodeCount != graph.nodeCount || again.relationshipCount != graph.relationshipCount {
            fatalError("a snapshot written and read again lost nodes or relationships")
        }
        if again.binarySnapshotBytes() != written {
            fatalError("the same graph was written to different bytes")
        }
    }
    return 0
}

/// `bytes` with each section's checksum (where the header's offset and length lie in
/// the file) and the header's own checksum computed again.
func restamped(_ bytes: [UInt8]) -> [UInt8] {
    let header = BinarySnapshotLayout.headerSize
    guard bytes.count >= header else { return bytes }
    var out = bytes
    func number(at offset: Int) -> UInt64 {
        (0..<8).reduce(UInt64(0)) { $0 | UInt64(out[offset + $1]) << (8 * UInt64($1)) }
    }
    func store(_ value: UInt64, at offset: Int) {
        for k in 0..<8 { out[offset + k] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(k))) }
    }
    for section in 0..<BinarySnapshotLayout.sectionCount {
        let offset = number(at: 16 + 24 * section), length = number(at: 24 + 24 * section)
        let (last, overflow) = offset.addingReportingOverflow(length)
        guard !overflow, last <= UInt64(out.count) else { continue }
        store(SnapshotChecksum.of(Array(out[Int(offset)..<Int(last)])), at: 32 + 24 * section)
    }
    store(SnapshotChecksum.of(Array(out[0..<112])), at: 112)
    return out
}

// SwiftPM names this file's top-level code the program's `main`, so libFuzzer's own
// `main` is not linked in; its driver is started here instead, with the same options.
exit(FuzzDriver.run(fuzzBinarySnapshot))
