import Foundation

/// Traditional Han characters folded to simplified ones, for matching only:
/// the surname table, the title lists, the verbs and every lexicon are
/// simplified, while mainland news reposted by Hong Kong, Macau or Taiwan
/// sites (and old pages converted) is written in traditional script.
///
/// One character to one character, both three UTF-8 bytes, so a folded text
/// keeps its length and its offset map. The table (`Resources/script/
/// traditional-simplified.txt`, made by `scripts/traditional-table/generate.sh`
/// from ICU's Traditional-Simplified transliterator) holds only characters
/// that are never simplified ones themselves: 乾, 著, 於 and the like, whose
/// reading depends on the word, stay as written.
public enum ScriptFolding {
    /// The first code point the table covers (CJK Extension A).
    static let firstScalar: UInt32 = 0x3400
    /// The last code point the table covers (end of the URO block).
    static let lastScalar: UInt32 = 0x9FFF

    /// `simplified[c - firstScalar]` is the simplified form of `c`, or 0 when `c` stays.
    /// Every scalar in the table is in the BMP, so 16 bits hold it.
    static let simplified: [UInt16] = tables.always

    /// Characters both scripts write that a document in traditional script
    /// writes for a simplified one (於 of 關於 is 于, while simplified text
    /// writes 於 only as a surname): folded only in a document that has other
    /// traditional characters, as UTF-8 (from, to) pairs of three bytes each.
    static let inTraditionalDocuments: [([UInt8], [UInt8])] = tables.traditionalOnly

    /// The table file: pairs, then after `[traditional documents]` the pairs folded only there.
    private static let tables: (always: [UInt16], traditionalOnly: [([UInt8], [UInt8])]) = {
        var table = [UInt16](repeating: 0, count: Int(lastScalar - firstScalar + 1))
        var traditionalOnly: [([UInt8], [UInt8])] = []
        guard let folder = Bundle.module.url(forResource: "Resources", withExtension: nil),
              let text = try? String(contentsOf: folder.appendingPathComponent("script/traditional-simplified.txt"), encoding: .utf8)
        else { return (table, []) }
        var onlyInTraditional = false
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            if line == "[traditional documents]" { onlyInTraditional = true; continue }
            let scalars = Array(line.unicodeScalars)
            guard scalars.count == 2, let from = scalars.first?.value, let to = scalars.last?.value,
                  (firstScalar...lastScalar).contains(from), (firstScalar...lastScalar).contains(to) else { continue }
            if onlyInTraditional {
                traditionalOnly.append((Array(String(scalars[0]).utf8), Array(String(scalars[1]).utf8)))
            } else {
                table[Int(from - firstScalar)] = UInt16(to)
            }
        }
        return (table, traditionalOnly)
    }()

    /// Folds the characters of `inTraditionalDocuments` in `bytes`, a
    /// normalized text in traditional script; three bytes for three, so
    /// offsets stay put.
    static func foldTraditionalOnly(_ bytes: inout [UInt8]) {
        for (from, to) in inTraditionalDocuments {
            var at = 0
            while let found = UTF8Scan.find(from, in: bytes, from: at) {
                bytes[found] = to[0]; bytes[found + 1] = to[1]; bytes[found + 2] = to[2]
                at = found + 3
            }
        }
    }

    /// The simplified form of the scalar `value`, or nil when it stays.
    @inline(__always)
    static func fold(_ value: UInt32) -> UInt32? {
        guard value >= firstScalar, value <= lastScalar else { return nil }
        let to = simplified[Int(value - firstScalar)]
        return to == 0 ? nil : UInt32(to)
    }

    /// `text` with every traditional character of the table simplified
    /// (`劉勛建` → `刘勋建`, and then `於` too); the same string when it has none.
    public static func simplified(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { fold($0.value) != nil }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(fold(scalar.value).flatMap(Unicode.Scalar.init) ?? scalar)
        }
        var bytes = Array(String(out).utf8)
        foldTraditionalOnly(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `a` and `b` are one text in two scripts (`劉勛建` and `刘勋建`).
    public static func sameFolded(_ a: String, _ b: String) -> Bool {
        simplified(a) == simplified(b)
    }
}
