import Foundation

/// English words typed with one letter wrong, missing, extra or two letters
/// swapped (atend, standign, comittee) read as the word meant, when exactly one
/// word `ask` knows is that close: the intent words of every query, the words
/// that name meetings and months, and the English names and triggers of the
/// lexicons. Short words are left alone (one letter is too much of them), and
/// so is any word that is known, a regular form of a known word, or common English.
struct SpellingCorrection: Sendable {
    /// The words a typo may be read as, by length.
    let targets: [Int: [String]]
    /// Words never corrected: the targets and common English words.
    let kept: Set<String>

    /// Shortest word corrected, in letters.
    static let minimumLength = 5

    init<Words: Sequence>(words: Words) where Words.Element == String {
        var targets: [Int: Set<String>] = [:]
        for phrase in words {
            for token in IntentWords.tokens(Array(phrase.lowercased())) where token.text.count >= Self.minimumLength - 1 {
                if token.text.allSatisfy(\.isLetter) { targets[token.text.count, default: []].insert(token.text) }
            }
        }
        self.targets = targets.mapValues { $0.sorted() }
        kept = Set(targets.values.flatMap { $0 }).union(Self.common)
    }

    /// `text` (a normalized question) with each misspelled word replaced.
    func corrected(_ text: [Character]) -> [Character] {
        var result: [Character] = []
        var copied = 0
        for token in IntentWords.tokens(text) {
            guard let word = correction(token.text) else { continue }
            result += text[copied..<token.range.lowerBound]
            result += Array(word)
            copied = token.range.upperBound
        }
        return copied == 0 ? text : result + text[copied...]
    }

    /// The one known word `token` is a typo of, or nil.
    func correction(_ token: String) -> String? {
        guard token.count >= Self.minimumLength, token.allSatisfy(\.isLetter), !kept.contains(token) else { return nil }
        // A regular form of a known word is a word (attended, agencies), not a typo.
        for length in max(1, token.count - 4)...token.count {
            if (targets[length] ?? []).contains(where: { IntentWords.isForm(token, of: $0) }) { return nil }
        }
        var found: String?
        for length in (token.count - 1)...(token.count + 1) {
            for word in targets[length] ?? [] where word.count >= Self.minimumLength - 1 && Self.isOneEditApart(token, word) {
                if found != nil, found != word { return nil }
                found = word
            }
        }
        return found
    }

    /// True when one insertion, deletion, substitution or swap of two neighbours turns `a` into `b`
    /// (the optimal string alignment distance is 1). O(n).
    static func isOneEditApart(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard x != y, abs(x.count - y.count) <= 1 else { return false }
        var i = 0
        while i < min(x.count, y.count), x[i] == y[i] { i += 1 }
        if x.count == y.count {
            if x[(i + 1)...] == y[(i + 1)...] { return true }
            return i + 1 < x.count && x[i] == y[i + 1] && x[i + 1] == y[i] && x[(i + 2)...] == y[(i + 2)...]
        }
        return x.count < y.count ? x[i...] == y[(i + 1)...] : x[(i + 1)...] == y[i...]
    }

    /// Common English words of five letters or more that are one edit from a word `ask` knows
    /// (there → three, where → here), so never read as a typo.
    static let common: Set<String> = [
        "there", "these", "those", "where", "which", "while", "whose", "their", "other", "about", "above", "after",
        "again", "being", "below", "could", "would", "should", "every", "first", "found", "given", "great", "house",
        "might", "never", "place", "right", "small", "still", "thing", "things", "think", "three", "under", "until",
        "using", "world", "years", "leads", "meant", "means", "party", "lists", "asked", "tasks", "names", "named",
        "units", "along", "among", "maybe", "today", "month", "total", "times", "topic", "topics", "state", "shown",
        "chair", "chairs", "table", "tables", "spoken", "people", "person", "public", "member", "members", "office",
    ]
}
