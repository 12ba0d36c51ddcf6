import Foundation

/// Byte-level comparison and hashing of strings for the graph's hot paths.
///
/// Swift's `String` equality and hashing work on canonical equivalence: for
/// text that is not ASCII (all of our Chinese names and quotes) every hash
/// normalizes to NFC and every comparison takes the slow Unicode path. Merge
/// keys, names and quotes come from the same documents through the same code,
/// so comparing their UTF-8 bytes gives the same answers at a fraction of the
/// cost. Two canonically equivalent spellings with different bytes are
/// different keys here, as they are in the snapshot file.
///
/// The bytes are read in place (`withContiguousStorageIfAvailable`, not
/// `withUTF8` on a copy), so a comparison does no reference counting.
enum ByteString {
    /// True when `a` and `b` have the same UTF-8 bytes.
    @inline(__always)
    static func equal(_ a: String, _ b: String) -> Bool {
        let fast: Bool?? = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                guard x.count == y.count else { return false }
                if x.baseAddress == y.baseAddress { return true }
                return sameBytes(x, y)
            }
        }
        if let fast, let result = fast { return result }
        return a.utf8.elementsEqual(b.utf8)
    }

    /// True when two buffers of equal length hold the same bytes; eight at a time.
    @inline(__always)
    static func sameBytes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = x.count
        guard n > 0, let px = x.baseAddress, let py = y.baseAddress else { return true }
        let rx = UnsafeRawPointer(px), ry = UnsafeRawPointer(py)
        var i = 0
        while i + 8 <= n {
            if rx.loadUnaligned(fromByteOffset: i, as: UInt64.self) != ry.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                return false
            }
            i += 8
        }
        while i < n {
            if px[i] != py[i] { return false }
            i += 1
        }
        return true
    }

    /// Orders by UTF-8 bytes, which is code point order.
    @inline(__always)
    static func less(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }

    /// Negative, zero or positive as `a` sorts before, with or after `b` by UTF-8 bytes.
    @inline(__always)
    static func compare(_ a: String, _ b: String) -> Int {
        let fast: Int?? = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in compare(x, y) }
        }
        if let fast, let result = fast { return result }
        return compare(Array(a.utf8), Array(b.utf8))
    }

    @inline(__always)
    static func compare<C: RandomAccessCollection>(_ x: C, _ y: C) -> Int where C.Element == UInt8, C.Index == Int {
        let n = Swift.min(x.count, y.count)
        var i = 0
        while i < n {
            let p = x[x.startIndex + i], q = y[y.startIndex + i]
            if p != q { return p < q ? -1 : 1 }
            i += 1
        }
        return x.count - y.count
    }

    /// Feeds the UTF-8 bytes of `s` to `hasher`.
    @inline(__always)
    static func hash(_ s: String, into hasher: inout Hasher) {
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil { Array(s.utf8).withUnsafeBytes { hasher.combine(bytes: $0) } }
    }
}

extension ByteString {
    /// True when `needle`'s UTF-8 bytes occur in `text`'s. For valid UTF-8 this is the same
    /// as a search by Unicode scalars (openCypher `CONTAINS`): a match can only start on a
    /// scalar's first byte. The bytes are searched in place (`memchr` for the first byte).
    static func contains(_ text: String, _ needle: String) -> Bool {
        if needle.isEmpty { return true }
        let fast: Bool?? = text.utf8.withContiguousStorageIfAvailable { hay in
            needle.utf8.withContiguousStorageIfAvailable { pattern in
                find(UnsafeRawBufferPointer(pattern), in: UnsafeRawBufferPointer(hay))
            }
        }
        if let fast, let result = fast { return result }
        // A bridged string without contiguous UTF-8: search copies.
        return Array(text.utf8).withUnsafeBytes { hay in Array(needle.utf8).withUnsafeBytes { find($0, in: hay) } }
    }

    /// True when `pattern` (not empty) occurs in `hay`: `memchr` jumps to each candidate
    /// first byte, `memcmp` checks the rest.
    private static func find(_ pattern: UnsafeRawBufferPointer, in hay: UnsafeRawBufferPointer) -> Bool {
        let m = pattern.count
        guard m > 0, m <= hay.count, let h = hay.baseAddress, let p = pattern.baseAddress else { return m == 0 }
        let first = Int32(pattern[0])
        var at = h
        let last = h + (hay.count - m)
        while at <= last {
            guard let found = memchr(at, first, last - at + 1) else { return false }
            if memcmp(found, p, m) == 0 { return true }
            at = UnsafeRawPointer(found) + 1
        }
        return false
    }

    /// True when `text`'s UTF-8 bytes start with `prefix`'s (openCypher `STARTS WITH`).
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        text.utf8.count >= prefix.utf8.count && text.utf8.starts(with: prefix.utf8)
    }

    /// True when `text`'s UTF-8 bytes end with `suffix`'s (openCypher `ENDS WITH`).
    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        let n = text.utf8.count, m = suffix.utf8.count
        guard n >= m else { return false }
        return text.utf8.dropFirst(n - m).elementsEqual(suffix.utf8)
    }
}

/// A string used as a dictionary key, hashed and compared by its UTF-8 bytes.
struct ByteKey: Hashable {
    let string: String

    init(_ string: String) { self.string = string }

    static func == (a: ByteKey, b: ByteKey) -> Bool { ByteString.equal(a.string, b.string) }

    func hash(into hasher: inout Hasher) { ByteString.hash(string, into: &hasher) }
}
