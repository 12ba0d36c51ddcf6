import Foundation
import Graph

/// The things a question names, found before its intent is read: nodes by
/// name, alias or lexicon term (梁鸣, 市发改委, AI), meetings by number
/// (第22次常委会, 22nd meeting, meeting 22), years (2025年, in 2025) and counts
/// (top 5, 前五). Each comes with where it stands in the normalized
/// question, so that the words around it can be read without it.
public struct QuestionEntities: Sendable {
    /// One thing the question names.
    public struct Span: Sendable, Hashable {
        /// Character offsets in `QuestionText.normalized(question)`.
        public var range: Range<Int>
        /// The words as they appear in the normalized question.
        public var text: String
        public var entity: Entity
    }

    /// What a span names.
    public enum Entity: Sendable, Hashable {
        /// A node (or lexicon entry) with this label and canonical name.
        case node(EntityVocabulary.Resolution)
        /// A calendar year.
        case year(Int)
        /// A bare number, e.g. how many rows to list.
        case count(Int)
    }

    /// The normalized question the ranges point into.
    public let text: [Character]
    /// Non-overlapping, in question order.
    public let spans: [Span]

    /// Finds what `question` names among nodes with one of `labels`. Longer
    /// names win over the names inside them (市发展和改革委员会 over 发展), and a
    /// meeting number over the digits in it.
    ///
    /// Complexity: O(q·40·k) name lookups for a question of q characters and k labels.
    public init(_ question: String, labels: Set<String>, vocabulary: EntityVocabulary) {
        self.init(question, labels: labels, vocabulary: vocabulary, spelling: nil, reserved: [])
    }

    /// As above, with English typos read as the words `spelling` knows (standign → standing) first,
    /// and the words in `reserved` (what questions ask, such as 牵头单位) taken for a name only
    /// when a node is named exactly so, not when they are part of one long name.
    init(_ question: String, labels: Set<String>, vocabulary: EntityVocabulary, spelling: SpellingCorrection?, reserved: Set<String>) {
        let normalized = Array(QuestionText.normalized(question))
        let characters = spelling?.corrected(normalized) ?? normalized
        text = characters
        var found: [Span] = []
        let isWordCharacter: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber) }
        // Meetings by number first: 第22次 is also a count and part of a year-less date.
        found += MeetingNumber.spans(in: characters, vocabulary: vocabulary)
        if let graph = vocabulary.graph { found += MeetingMonth.spans(in: characters, graph: graph) }
        for start in characters.indices {
            if isWordCharacter(characters[start]), start > 0, isWordCharacter(characters[start - 1]) { continue }
            for end in stride(from: start + 2, through: min(characters.count, start + 40), by: 1) {
                if isWordCharacter(characters[end - 1]), end < characters.count, isWordCharacter(characters[end]) { continue }
                let words = String(characters[start..<end])
                if words.first == " " || words.last == " " || words.allSatisfy(\.isNumber) { continue }
                for resolution in vocabulary.resolutions(words, labels: labels)
                where !reserved.contains(words) || QuestionText.normalized(resolution.name) == words {
                    found.append(Span(range: start..<end, text: words, entity: .node(resolution)))
                }
            }
        }
        found += Self.numbers(in: characters)
        found += Self.pinyin(in: characters, labels: labels, vocabulary: vocabulary, taken: found)
        // Longest first, then leftmost; a span overlapping a chosen one is dropped,
        // except that one stretch may name several labels (武汉 as city and district).
        var chosen: [Span] = []
        for span in found.sorted(by: { ($0.range.count, -$0.range.lowerBound) > ($1.range.count, -$1.range.lowerBound) }) {
            let overlapping = chosen.filter { $0.range.overlaps(span.range) }
            if overlapping.allSatisfy({ $0.range == span.range }), !chosen.contains(span) { chosen.append(span) }
        }
        spans = chosen.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The node names found for `label`, in question order.
    public func names(_ label: String) -> [Span] {
        spans.filter { if case .node(let resolution) = $0.entity { return resolution.label == label } else { return false } }
    }

    /// The question with every span blanked out, for reading the words around them.
    public var remainder: [Character] {
        var masked = text
        for span in spans { for index in span.range { masked[index] = QuestionEntities.blank } }
        return masked
    }

    /// Stands for a character taken by a name; no word contains it.
    static let blank: Character = "\u{1}"

    // MARK: Pinyin

    /// Names written in pinyin (liangming, Liang Ming): one to three ASCII
    /// words that spell a whole name, where no other name was found.
    static func pinyin(in characters: [Character], labels: Set<String>, vocabulary: EntityVocabulary, taken: [Span]) -> [Span] {
        let words = IntentWords.tokens(characters).filter { word in !taken.contains { $0.range.overlaps(word.range) } }
        var spans: [Span] = []
        for start in words.indices {
            for count in 1...3 where start + count <= words.count {
                let run = words[start..<(start + count)]
                let range = run.first!.range.lowerBound..<run.last!.range.upperBound
                guard !spans.contains(where: { $0.range.overlaps(range) }) else { continue }
                let text = String(characters[range])
                for label in labels.sorted() {
                    if let resolution = vocabulary.pinyinName(text, label: label) {
                        spans.append(Span(range: range, text: text, entity: .node(resolution)))
                    }
                }
            }
        }
        return spans
    }

    // MARK: Numbers

    /// Measure words after a count: 五个单位, 十家企业, 三项任务, 五名委员.
    static let measureWords: Set<Character> = ["个", "家", "项", "名", "位", "条"]

    /// Years (2025年, 2025, 二〇二五年 is rare and left out) and counts (top 5, 前5, 5个, 5 units).
    static func numbers(in characters: [Character]) -> [Span] {
        var spans: [Span] = []
        var index = 0
        while index < characters.count {
            let start = index
            if characters[index].isASCII, characters[index].isNumber, start == 0 || !(characters[start - 1].isASCII && characters[start - 1].isLetter) {
                while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
                let digits = String(characters[start..<index])
                guard let value = Int(digits) else { continue }
                let followedByYear = index < characters.count && characters[index] == "年"
                if (1949...2100).contains(value), digits.count == 4 || followedByYear {
                    let end = followedByYear ? index + 1 : index
                    spans.append(Span(range: start..<end, text: String(characters[start..<end]), entity: .year(value)))
                } else {
                    spans.append(Span(range: start..<index, text: digits, entity: .count(value)))
                }
                continue
            }
            // 五个单位, 十家: a Chinese numeral before a measure word (not 一, as in 哪一个).
            if !characters[index].isASCII, ChineseNumeral.isNumeral(characters[index]), index == 0 || !ChineseNumeral.isNumeral(characters[index - 1]) {
                var end = index
                while end < characters.count, !characters[end].isASCII, ChineseNumeral.isNumeral(characters[end]) { end += 1 }
                if end < characters.count, measureWords.contains(characters[end]),
                    let value = ChineseNumeral.value(String(characters[index..<end])), value > 1
                {
                    spans.append(Span(range: index..<end, text: String(characters[index..<end]), entity: .count(value)))
                    index = end
                    continue
                }
            }
            // 前五, 前十名: Chinese numerals only count after 前, where they cannot be part of a name.
            if characters[index] == "前", index + 1 < characters.count, ChineseNumeral.isNumeral(characters[index + 1]),
                !characters[index + 1].isASCII
            {
                var end = index + 1
                while end < characters.count, ChineseNumeral.isNumeral(characters[end]), !characters[end].isASCII { end += 1 }
                if let value = ChineseNumeral.value(String(characters[(index + 1)..<end])), value > 0 {
                    spans.append(Span(range: (index + 1)..<end, text: String(characters[(index + 1)..<end]), entity: .count(value)))
                }
                index = end
                continue
            }
            index += 1
        }
        return spans
    }
}
