/// What the line editor asks when Tab is pressed: the word under the cursor
/// and the text before it on the line (which says what kind of word it is).
public struct CompletionRequest: Equatable, Sendable {
    /// The line up to the start of the word.
    public var lineBeforeWord: String
    /// The text typed so far, from the last break character to the cursor.
    public var word: String

    /// A request for the word `word` after `lineBeforeWord`.
    public init(lineBeforeWord: String, word: String) {
        self.lineBeforeWord = lineBeforeWord
        self.word = word
    }
}

/// The answer to a `CompletionRequest`: whole words that replace the typed
/// word (a pinyin prefix is replaced by a Chinese name), and what to type
/// after a unique match.
public struct CompletionReply: Equatable, Sendable {
    /// Whole words, each replacing the typed word.
    public var candidates: [String]
    /// Typed after the only candidate: a space after a keyword, the closing
    /// quote after a name inside a string.
    public var suffix: Character

    /// A reply offering `candidates`.
    public init(candidates: [String], suffix: Character = " ") {
        self.candidates = candidates
        self.suffix = suffix
    }

    /// Nothing to offer.
    public static let none = CompletionReply(candidates: [])

    /// The text that replaces the typed word before any choice is made: the
    /// only candidate, else the candidates' common prefix when it extends the
    /// word (or replaces a pinyin word by the Chinese characters all
    /// candidates share), else the word unchanged.
    public func substitution(for word: String) -> String {
        guard let first = candidates.first else { return word }
        if candidates.count == 1 { return first }
        var prefix = Substring(first)
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(prefix) { prefix = prefix.dropLast() }
        }
        let common = String(prefix)
        if common.count > word.count && common.hasPrefix(word) { return common }
        let typedLatin = word.unicodeScalars.allSatisfy(\.isASCII)
        if typedLatin && !common.isEmpty && !common.hasPrefix(word) && !common.unicodeScalars.allSatisfy(\.isASCII) {
            return common
        }
        return word
    }
}
