import Foundation

/// A string hashed and compared as openCypher's `=` compares strings here (canonical
/// equivalence, Swift's `String` equality), but without normalizing the common case.
///
/// Swift hashes a non-ASCII `String` by normalizing it to NFC on every call, which
/// dominated grouping Chinese names. Text made only of ASCII, CJK ideographs, CJK
/// punctuation and full-width forms is already NFC and has no other canonically
/// equivalent spelling in NFC, so its bytes are hashed and compared as they are;
/// anything else is normalized once, when the key is made.
struct CanonicalString: Hashable {
    let string: String
    /// True when `string`'s bytes are its NFC bytes (see `isPlainNFC`).
    private let plain: Bool
    /// The NFC form, for text that is not plain.
    private let normalized: String?

    init(_ string: String) {
        self.string = string
        plain = Self.isPlainNFC(string)
        normalized = plain ? nil : string.precomposedStringWithCanonicalMapping
    }

    static func == (a: CanonicalString, b: CanonicalString) -> Bool {
        if ByteString.equal(a.string, b.string) { return true }
        if a.plain && b.plain { return false }
        return ByteString.equal(a.normalized ?? a.string, b.normalized ?? b.string)
    }

    func hash(into hasher: inout Hasher) { ByteString.hash(normalized ?? string, into: &hasher) }

    /// True for text whose every character is ASCII, a CJK ideograph (U+3400–U+9FFF),
    /// CJK punctuation (U+3000–U+303F) or a full-width form (U+FF00–U+FF7F): none of these
    /// decomposes, combines or is the composition of others. CJK compatibility ideographs
    /// (U+F900…) do decompose, so they take the normalizing path.
    static func isPlainNFC(_ s: String) -> Bool {
        var utf8 = s.utf8.makeIterator()
        while let b = utf8.next() {
            if b < 0x80 { continue }
            switch b {
            case 0xE3:
                // U+3000–U+303F is E3 80 xx; U+3400–U+3FFF is E3 90–BF xx.
                guard let second = utf8.next(), second == 0x80 || second >= 0x90 else { return false }
                _ = utf8.next()
            case 0xE4...0xE9:
                _ = utf8.next()
                _ = utf8.next()
            case 0xEF:
                // U+FF00–U+FF7F is EF BC xx / EF BD xx.
                guard let second = utf8.next(), second == 0xBC || second == 0xBD else { return false }
                _ = utf8.next()
            default:
                return false
            }
        }
        return true
    }
}
