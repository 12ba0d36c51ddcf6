import Foundation

/// Finds Chinese names from a pinyin prefix: `liang` → 梁鸣, `lm` → 梁鸣,
/// `Liang` → 梁鸣 (any case), `sfg` → 市发改委, and by syllables abbreviated
/// from anywhere in the name: `fagai` → 市发改委 (fa|gai). Shared by the shell's
/// completion, `ask`, the command line's `--around` and the web explorer's search.
///
/// Foundation transliterates Han characters to toneless pinyin
/// (`mandarinToLatin`, then `stripDiacritics`). It picks one reading for a
/// polyphonic character and sometimes the wrong one, so a name is also found
/// by its characters' initials, and by the name itself.
public struct PinyinIndex: Sendable {
    struct Entry: Sendable {
        let name: String
        /// Syllables run together, lower case: `liangming`.
        let spelled: [UInt8]
        /// First letters of the syllables: `lm`.
        let initials: [UInt8]
        /// The syllables: `[liang, ming]`.
        let syllables: [String]
    }

    /// Sorted by spelling, and by initials, so a prefix is a binary search and
    /// a million names answer as fast as a hundred.
    private let bySpelling: [Entry]
    private let byInitials: [Entry]

    /// Transliterates each distinct Han character once (Foundation takes a few
    /// hundred microseconds a call, so names are spelled from a character
    /// table): O(c) transforms for c distinct characters, then O(length) a
    /// name, then O(n log n) to sort n names.
    public init<Names: Sequence>(names: Names) where Names.Element == String {
        var table: [Character: String] = [:]
        let entries = names.compactMap { name -> Entry? in
            guard name.unicodeScalars.contains(where: Self.isHan) else { return nil }
            let syllables = Self.syllables(of: name, table: &table)
            return Entry(
                name: name, spelled: Array(syllables.joined().utf8),
                initials: Array(String(syllables.compactMap(\.first)).utf8), syllables: syllables)
        }
        bySpelling = entries.sorted { $0.spelled.lexicographicallyPrecedes($1.spelled) }
        byInitials = entries.sorted { $0.initials.lexicographicallyPrecedes($1.initials) }
    }

    /// Toneless pinyin syllables of `text`, lower case; runs of other letters
    /// and digits are syllables of their own, everything else separates.
    public static func syllables(of text: String) -> [String] {
        var table: [Character: String] = [:]
        return syllables(of: text, table: &table)
    }

    private static func syllables(of text: String, table: inout [Character: String]) -> [String] {
        var result: [String] = []
        var word = ""
        for character in text {
            if character.unicodeScalars.contains(where: isHan) {
                if !word.isEmpty { result.append(word) }
                word = ""
                if let known = table[character] {
                    result.append(known)
                } else {
                    let spelled = transliterate(String(character))
                    table[character] = spelled
                    result.append(spelled)
                }
            } else if character.isLetter || character.isNumber {
                word += character.lowercased()
            } else if !word.isEmpty {
                result.append(word)
                word = ""
            }
        }
        if !word.isEmpty { result.append(word) }
        return result.filter { !$0.isEmpty }
    }

    /// One Han character in toneless lower-case pinyin.
    private static func transliterate(_ character: String) -> String {
        let latin = character.applyingTransform(.mandarinToLatin, reverse: false) ?? character
        let plain = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        return plain.lowercased().filter { $0.isLetter }
    }

    /// Names whose pinyin starts with `prefix` (letters only, any case; spaces
    /// and apostrophes ignored), or whose initials do when the prefix has at
    /// least two letters; spelled matches first, each group in name order.
    public func names(matching prefix: String) -> [String] {
        names(matching: prefix, limit: .max)
    }

    /// Above this many names, syllable abbreviations (a scan of every name) are
    /// not tried: prefixes of the spelling and the initials stay binary searches.
    static let abbreviationScanLimit = 300_000

    /// As `names(matching:)`, at most `limit` names: spelled matches, then
    /// initials, then syllable abbreviations. O(log n + m log m) for m matches,
    /// plus O(n) for the abbreviations when fewer than `limit` were found.
    public func names(matching prefix: String, limit: Int) -> [String] {
        let wanted = Array(prefix.lowercased().filter { $0.isLetter }.utf8)
        guard !wanted.isEmpty, wanted.allSatisfy({ $0 < 0x80 }), limit > 0 else { return [] }
        let spelled = Self.matches(wanted, in: bySpelling, key: \.spelled).map(\.name).sorted()
        guard wanted.count >= 2, spelled.count < limit else { return Array(spelled.prefix(limit)) }
        let initials = Self.matches(wanted, in: byInitials, key: \.initials)
            .filter { !$0.spelled.starts(with: wanted) }.map(\.name).sorted()
        var found = spelled + initials
        if found.count < limit, bySpelling.count <= Self.abbreviationScanLimit {
            let known = Set(found)
            let typed = wanted.map { Character(Unicode.Scalar($0)) }
            found += bySpelling.filter { !known.contains($0.name) && Self.abbreviates(typed, $0.syllables) }.map(\.name).sorted()
        }
        return Array(found.prefix(limit))
    }

    /// The entries whose `key` starts with `prefix`: a binary search for the first, then a run.
    private static func matches(_ prefix: [UInt8], in entries: [Entry], key: KeyPath<Entry, [UInt8]>) -> ArraySlice<Entry> {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle][keyPath: key].lexicographicallyPrecedes(prefix) { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < entries.count, entries[end][keyPath: key].starts(with: prefix) { end += 1 }
        return entries[low..<end]
    }

    /// True when `typed` is consecutive syllables of `syllables`, from any
    /// one of them, each cut to a non-empty prefix (fa|gai of shi fa gai wei).
    /// Complexity: O(s·t²) for s syllables and t typed letters; names are short.
    static func abbreviates(_ typed: [Character], _ syllables: [String]) -> Bool {
        let spelled = syllables.map(Array.init)
        func consume(_ position: Int, from syllable: Int) -> Bool {
            if position == typed.count { return true }
            guard syllable < spelled.count else { return false }
            let letters = spelled[syllable]
            var taken = 0
            while taken < letters.count, position + taken < typed.count, letters[taken] == typed[position + taken] {
                taken += 1
                if consume(position + taken, from: syllable + 1) { return true }
            }
            return false
        }
        guard typed.count >= 2 else { return false }
        return spelled.indices.contains { consume(0, from: $0) }
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
            || (0x20000...0x2FFFF).contains(scalar.value)
    }
}
