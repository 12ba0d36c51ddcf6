/// A set of characters of the Basic Multilingual Plane as a bitmap (8 KB):
/// membership is one shift and mask, where a `Set<UInt32>` hashes. The
/// person reader tests several sets at every character of a document.
struct HanSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    init<S: Sequence>(_ scalars: S) where S.Element == UInt32 {
        for s in scalars where s < 0x10000 { bits[Int(s >> 6)] |= 1 << UInt64(s & 63) }
    }

    @inline(__always)
    func contains(_ s: UInt32) -> Bool {
        s < 0x10000 && bits[Int(s >> 6)] & (1 << UInt64(s & 63)) != 0
    }
}

/// Two-character terms packed `first << 32 | second`, with a bitmap of their first
/// characters tested before the hash: the reader asks at every surname it meets, and
/// most characters begin no term.
struct HanPairSet: Sendable {
    private let firsts: HanSet
    private let pairs: Set<UInt64>

    init(_ pairs: Set<UInt64>) {
        self.pairs = pairs
        firsts = HanSet(pairs.map { UInt32(truncatingIfNeeded: $0 >> 32) })
    }

    @inline(__always)
    func contains(_ pair: UInt64) -> Bool {
        let first = UInt32(truncatingIfNeeded: pair >> 32)
        return (first >= 0x10000 || firsts.contains(first)) && pairs.contains(pair)
    }
}
