/// Byte-level comparison and hashing of strings for the graph's hot paths.
///
/// Swift's `String` equality and hashing work on canonical equivalence: for
/// text that is not ASCII (all of our Chinese names and quotes) every hash
/// normalizes to NFC and every comparison takes the slow Unicode path. Merge
/// keys, names and quotes come from the same documents through the same code,
/// so comparing their UTF-8 bytes gives the same answers at a fraction of the
/// cost. Two canonically equivalent spellings with different bytes are
/// different keys here, as they are in the snapshot file.
enum ByteString {
    /// True when `a` and `b` have the same UTF-8 bytes.
    @inline(__always)
    static func equal(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                guard x.count == y.count else { return false }
                if x.baseAddress == y.baseAddress { return true }
                return x.elementsEqual(y)
            }
        }
    }

    /// Orders by UTF-8 bytes, which is code point order.
    @inline(__always)
    static func less(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }

    /// Negative, zero or positive as `a` sorts before, with or after `b` by UTF-8 bytes.
    @inline(__always)
    static func compare(_ a: String, _ b: String) -> Int {
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                if x.baseAddress == y.baseAddress, x.count == y.count { return 0 }
                let n = min(x.count, y.count)
                var i = 0
                while i < n {
                    if x[i] != y[i] { return x[i] < y[i] ? -1 : 1 }
                    i += 1
                }
                return x.count - y.count
            }
        }
    }

    /// Feeds the UTF-8 bytes of `s` to `hasher`.
    @inline(__always)
    static func hash(_ s: String, into hasher: inout Hasher) {
        var s = s
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// A string used as a dictionary key, hashed and compared by its UTF-8 bytes.
struct ByteKey: Hashable {
    let string: String

    init(_ string: String) { self.string = string }

    static func == (a: ByteKey, b: ByteKey) -> Bool { ByteString.equal(a.string, b.string) }

    func hash(into hasher: inout Hasher) { ByteString.hash(string, into: &hasher) }
}
