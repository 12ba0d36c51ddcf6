/// The one normalization both questions and patterns go through, so that a
/// question matches however it is typed: full-width or half-width, upper or
/// lower case, with or without a question mark, quotes or `the`, with or
/// without spaces around Chinese words.
public enum QuestionText {
    /// Punctuation that ends or separates a sentence; it becomes a space.
    static let separators: Set<Character> = ["?", "!", ".", ",", ";", ":", "、", "。", "，", "；", "：", "！", "？"]
    /// Quotes carry no meaning in a question; they are dropped.
    static let quotes: Set<Character> = ["\"", "'", "“", "”", "‘", "’", "「", "」", "『", "』", "《", "》", "`"]
    /// English words that change no question.
    static let fillers: Set<String> = ["the", "a", "an"]

    /// Lowercases, folds full-width ASCII, drops quotes and fillers, turns
    /// separators into spaces, removes spaces next to non-ASCII text and
    /// collapses the rest to one.
    ///
    /// Complexity: O(n) in the length of `text`.
    public static func normalized(_ text: String) -> String {
        var folded = ""
        let scalars = Array(text.unicodeScalars)
        var skip = 0
        for (index, scalar) in scalars.enumerated() {
            if skip > 0 { skip -= 1; continue }
            // A possessive is no part of the word it follows: Liang Ming's roles → liang ming roles.
            if scalar == "'" || scalar == "\u{2019}", index > 0, scalars[index - 1].properties.isAlphabetic,
                index + 1 < scalars.count, scalars[index + 1] == "s" || scalars[index + 1] == "S",
                index + 2 == scalars.count || !scalars[index + 2].properties.isAlphabetic
            {
                skip = 1
                continue
            }
            var character = Character(scalar)
            // U+FF01…U+FF5E mirror ASCII ! … ~; U+3000 is the ideographic space.
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                character = Character(ascii)
            } else if scalar.value == 0x3000 {
                character = " "
            }
            if quotes.contains(character) { continue }
            if separators.contains(character) || character.isWhitespace { character = " " }
            folded.append(character)
        }
        let words = folded.lowercased().split(separator: " ").filter { !fillers.contains(String($0)) }
        var result = ""
        for word in words {
            if let last = result.last, last.isASCII, word.first?.isASCII == true { result.append(" ") }
            result += word
        }
        return result
    }
}
