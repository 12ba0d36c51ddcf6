import Foundation

/// Finds Chinese names from a pinyin prefix: `liang` → 梁鸣, `lm` → 梁鸣,
/// `Liang` → 梁鸣 (any case), and by syllables abbreviated from anywhere in
/// the name: `fagai` and `fgw` → 市发改委 (fa|gai, f|g|w).
///
/// Foundation transliterates Han characters to toneless pinyin
/// (`mandarinToLatin`, then `stripDiacritics`). It picks one reading for a
/// polyphonic character and sometimes the wrong one, so a name is also found
/// by its characters' initials, and by the name itself.
public struct PinyinIndex: Sendable {
    struct Entry: Sendable {
        let name: String
        /// Syllables run together, lower case: `liangming`.
        let spelled: String
        /// First letters of the syllables: `lm`.
        let initials: String
        /// The syllables: `[liang, ming]`.
        let syllables: [String]
    }

    private let entries: [Entry]

    /// Transliterates each distinct Han character once (Foundation takes a few
    /// hundred microseconds a call, so names are spelled from a character
    /// table): O(c) transforms for c distinct characters, then O(length) a name.
    public init<Names: Sequence>(names: Names) where Names.Element == String {
        var table: [Character: String] = [:]
        entries = names.compactMap { name in
            guard name.unicodeScalars.contains(where: Self.isHan) else { return nil }
            let syllables = Self.syllables(of: name, table: &table)
            return Entry(
                name: name, spelled: syllables.joined(), initials: String(syllables.compactMap(\.first)), syllables: syllables)
        }
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
        let wanted = prefix.lowercased().filter { $0.isLetter }
        guard !wanted.isEmpty, wanted.allSatisfy(\.isASCII) else { return [] }
        let spelled = entries.filter { $0.spelled.hasPrefix(wanted) }.map(\.name).sorted()
        guard wanted.count >= 2 else { return spelled }
        let initials = entries.filter { $0.initials.hasPrefix(wanted) && !$0.spelled.hasPrefix(wanted) }.map(\.name)
            .sorted()
        let known = Set(spelled + initials)
        let abbreviated = entries.filter { !known.contains($0.name) && Self.abbreviates(Array(wanted), $0.syllables) }.map(\.name)
            .sorted()
        return spelled + initials + abbreviated
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
