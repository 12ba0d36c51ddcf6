import Foundation

/// The words of every query's `intent`, found in what is left of a question
/// once its names are taken out. A Chinese word is found anywhere (Chinese
/// has no spaces); an English word only as a whole word, in any of its
/// regular forms (answer: answers, answered, answering; agency: agencies),
/// and a phrase as consecutive words.
struct IntentWords: Sendable {
    /// Words of the question that some query's intent uses: one stretch of
    /// the question, with every intent word found in it (提问 and 问, talk
    /// and talk about), so that each query reads it by its own words.
    struct Occurrence: Hashable {
        /// The intent words it matched, normalized.
        var words: Set<String>
        var range: Range<Int>

        /// True when any of its words is in `group`.
        func isIn(_ group: Set<String>) -> Bool { !words.isDisjoint(with: group) }
    }

    /// Every intent word of every query, normalized, without the `~` of weak words.
    let words: Set<String>
    /// Words written `~有哪些` and never without the `~`: common words that hint
    /// at a query (half a group) but say little, so no query is blamed for not using them.
    let weak: Set<String>

    init(_ queries: [NamedQuery]) {
        let written = queries.flatMap { $0.intent.flatMap { $0 } }
        words = Set(written.map(Self.normalized).filter { !$0.isEmpty })
        weak = Set(written.filter { $0.hasPrefix("~") }.map(Self.normalized))
            .subtracting(written.filter { !$0.hasPrefix("~") }.map(Self.normalized))
    }

    /// An intent word as matched: normalized, its `~` dropped.
    static func normalized(_ word: String) -> String {
        QuestionText.normalized(word.hasPrefix("~") ? String(word.dropFirst()) : word)
    }

    /// True when every word of `occurrence` is weak.
    func isWeak(_ occurrence: Occurrence) -> Bool { occurrence.words.isSubset(of: weak) }

    /// The intent words in `text` (a normalized question, names blanked), in order.
    func occurrences(in text: [Character]) -> [Occurrence] {
        var found: [(String, Range<Int>)] = []
        var split: [(String, Range<Int>)] = []
        let tokens = Self.tokens(text)
        for word in words {
            if word.allSatisfy({ $0.isASCII }) {
                let parts = word.split(separator: " ").map(String.init)
                guard !parts.isEmpty, tokens.count >= parts.count else { continue }
                for start in 0...(tokens.count - parts.count) {
                    let run = tokens[start..<(start + parts.count)]
                    if zip(run, parts).allSatisfy({ Self.isForm($0.text, of: $1) }) {
                        found.append((word, run.first!.range.lowerBound..<run.last!.range.upperBound))
                    }
                }
            } else {
                let pattern = Array(word)
                guard pattern.count <= text.count else { continue }
                for start in 0...(text.count - pattern.count) {
                    let window = Array(text[start..<(start + pattern.count)])
                    if window == pattern || Homophones.isTypo(window, of: pattern) {
                        found.append((word, start..<(start + pattern.count)))
                    }
                }
                // A two-character verb split by a particle, as people say it: 提的问, 发了言, 作过答.
                if pattern.count == 2 {
                    for start in text.indices where text[start] == pattern[0] {
                        for filler in Self.fillers where start + filler.count + 1 < text.count {
                            guard text[start + filler.count + 1] == pattern[1], Array(text[(start + 1)...(start + filler.count)]) == filler else { continue }
                            split.append((word, start..<(start + filler.count + 2)))
                        }
                    }
                }
            }
        }
        // Only where no word stands whole: in 负责的任务, 责的任 is not 责任.
        found += split.filter { candidate in !found.contains { $0.1.overlaps(candidate.1) } }
        // Overlapping words make one stretch, read as any of them.
        var merged: [Occurrence] = []
        for (word, range) in found.sorted(by: { $0.1.lowerBound < $1.1.lowerBound }) {
            if let last = merged.last, last.range.overlaps(range) {
                merged[merged.count - 1].words.insert(word)
                merged[merged.count - 1].range = last.range.lowerBound..<max(last.range.upperBound, range.upperBound)
            } else {
                merged.append(Occurrence(words: [word], range: range))
            }
        }
        return merged
    }

    /// What may stand inside a two-character verb: 提的问, 发了言, 提过问, 发个言, 发过什么言.
    static let fillers: [[Character]] = ["的", "了", "过", "个", "什么", "啥", "了什么", "过什么", "了啥", "过啥", "了些什么", "过些什么", "了几次", "过几次"]
        .map { Array($0) }

    /// ASCII words with their character ranges.
    static func tokens(_ text: [Character]) -> [(text: String, range: Range<Int>)] {
        var tokens: [(text: String, range: Range<Int>)] = []
        var index = 0
        while index < text.count {
            guard text[index].isASCII, text[index].isLetter || text[index].isNumber else { index += 1; continue }
            let start = index
            while index < text.count, text[index].isASCII, text[index].isLetter || text[index].isNumber || text[index] == "'" { index += 1 }
            tokens.append((String(text[start..<index]), start..<index))
        }
        return tokens
    }

    /// True when `token` is `word` or a regular inflection of it.
    static func isForm(_ token: String, of word: String) -> Bool {
        if token == word { return true }
        for suffix in ["s", "es", "ed", "d", "ing", "er", "ers", "est", "ly"] where token == word + suffix { return true }
        if word.hasSuffix("e"), ["ing", "ion", "ions"].contains(where: { token == word.dropLast() + $0 }) { return true }
        if word.hasSuffix("y"), ["ies", "ied", "ier", "iest"].contains(where: { token == word.dropLast() + $0 }) { return true }
        return false
    }
}
