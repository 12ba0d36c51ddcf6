import Foundation

/// A label and a name as one dictionary key, hashed and compared by their
/// UTF-8 bytes: `String` hashing normalizes non-ASCII text on every lookup,
/// and lexicon lookups run for every role word and unit name of a document.
struct LabelledName: Hashable {
    var label: String
    var name: String

    static func == (a: LabelledName, b: LabelledName) -> Bool {
        sameBytes(a.label, b.label) && sameBytes(a.name, b.name)
    }

    func hash(into hasher: inout Hasher) {
        Self.hash(label, into: &hasher)
        hasher.combine(0xFF as UInt8)  // not a UTF-8 byte: separates label from name
        Self.hash(name, into: &hasher)
    }

    /// True when `a` and `b` have the same UTF-8 bytes (read in place, no copies).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        let fast: Bool?? = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                guard x.count == y.count, let px = x.baseAddress, let py = y.baseAddress else { return x.count == y.count }
                return memcmp(px, py, x.count) == 0
            }
        }
        if let fast, let result = fast { return result }
        return a.utf8.elementsEqual(b.utf8)
    }

    /// Feeds the UTF-8 bytes of `s` to `hasher`.
    static func hash(_ s: String, into hasher: inout Hasher) {
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil { Array(s.utf8).withUnsafeBytes { hasher.combine(bytes: $0) } }
    }
}
