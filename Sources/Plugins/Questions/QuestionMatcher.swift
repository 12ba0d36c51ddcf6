import Foundation
import Graph

/// Matches a question in English or Chinese to a named query and fills its
/// parameters from the entity names in it. It never guesses: a question that
/// fits no pattern gets the closest patterns back instead.
public struct QuestionMatcher: Sendable {
    /// A question that fits a pattern, with the parameters it fills.
    public struct Match: Sendable, Hashable {
        /// The query the question runs.
        public var query: NamedQuery
        public var pattern: QuestionPattern
        /// Every parameter of the query: those the question filled, the rest their defaults.
        public var parameters: [String: Value]
        /// What the question said for each slot and the name it resolved to.
        public var filled: [String: Filled]
    }

    /// One slot of a matched question.
    public struct Filled: Sendable, Hashable {
        /// The words of the question, as typed.
        public var text: String
        public var value: Value
    }

    /// A pattern close to a question that fits none.
    public struct Suggestion: Sendable, Hashable {
        /// The pattern suggested.
        public var pattern: QuestionPattern
        public var query: NamedQuery
        /// Higher is closer: the likeness of the words (0…1), plus a bonus
        /// when the question names something of the kind a slot takes.
        public var score: Double
        /// Slots filled from names the question mentions (AI → 人工智能).
        public var filled: [String: String]

        /// The pattern as a question to try: mentioned names in their slots, `<slot>` elsewhere.
        public var text: String { pattern.rendered(with: filled) }
    }

    /// Either a match or the closest patterns.
    public enum Outcome: Sendable, Hashable {
        case matched(Match)
        case unmatched([Suggestion])
    }

    let patterns: [(pattern: QuestionPattern, query: NamedQuery)]
    let vocabulary: EntityVocabulary

    /// A matcher over every question in `registry`, resolving names against
    /// `graph` (when loaded) and the registry's lexicons.
    public init(registry: PluginRegistry, graph: PropertyGraph?) {
        patterns = registry.questions.compactMap { owned in
            registry.namedQuery(owned.item.query).map { (owned.item, $0) }
        }
        vocabulary = EntityVocabulary(graph: graph, lexicons: registry.lexicons.map(\.item))
    }

    /// Longest question matched, in characters; a question is a sentence, and longer text is
    /// refused by `explorer ask` (and unmatched here) instead of searched.
    public static let maximumQuestionLength = 200
    /// Longest text one slot takes, in characters: longer than any name a question names.
    static let maximumSlotLength = 64

    /// Matches `question`; patterns are tried in registration order and the
    /// first whose slots all resolve wins.
    public func match(_ question: String, suggestions limit: Int = 5) -> Outcome {
        // Matching backtracks over where each slot ends: bounded here so no question can hang it.
        guard question.count <= Self.maximumQuestionLength else { return .unmatched([]) }
        let text = Array(QuestionText.normalized(question))
        for (pattern, query) in patterns {
            if var match = match(text, pattern: pattern, query: query) {
                // Show what the person typed ("AI"), not its normalized form ("ai").
                for (name, filled) in match.filled {
                    if let range = question.range(of: filled.text, options: [.caseInsensitive, .widthInsensitive]) {
                        match.filled[name]?.text = String(question[range])
                    }
                }
                return .matched(match)
            }
        }
        return .unmatched(closest(to: question, limit: limit))
    }

    /// The `limit` patterns most like `question`, by the overlap of their
    /// character pairs (Dice's coefficient over bigrams, which works for
    /// Chinese without word segmentation), raised by 0.5 for a pattern whose
    /// slots take something the question names. Complexity: O(p·n) plus the
    /// name scan of `EntityVocabulary.mentions`.
    public func closest(to question: String, limit: Int = 5) -> [Suggestion] {
        let asked = Self.bigrams(QuestionText.normalized(question))
        var mentioned: [String: [EntityVocabulary.Resolution]] = [:]
        func mentions(_ label: String) -> [EntityVocabulary.Resolution] {
            if let known = mentioned[label] { return known }
            let found = vocabulary.mentions(in: question, label: label)
            mentioned[label] = found
            return found
        }
        var seen: Set<String> = []
        let scored = patterns.map { pattern, query -> Suggestion in
            let words = pattern.segments.map { segment -> String in
                if case .text(let literal) = segment { return literal } else { return " " }
            }.joined()
            var score = Self.dice(asked, Self.bigrams(QuestionText.normalized(words)))
            var filled: [String: String] = [:]
            for slot in pattern.slots {
                guard let label = query.parameter(named: slot)?.label, let first = mentions(label).first else { continue }
                filled[slot] = first.name
            }
            if !filled.isEmpty { score += 0.5 }
            return Suggestion(pattern: pattern, query: query, score: score, filled: filled)
        }
        return scored.enumerated()
            .sorted { $0.element.score != $1.element.score ? $0.element.score > $1.element.score : $0.offset < $1.offset }
            .map(\.element)
            .filter { seen.insert($0.text).inserted }
            .prefix(limit).map { $0 }
    }

    // MARK: Matching one pattern

    /// The pattern as normalized text, each slot a private-use character
    /// (non-ASCII, so normalization drops the spaces around it the same way
    /// it does around Chinese words).
    static func template(_ pattern: QuestionPattern) -> [TemplatePart] {
        let marker: (Int) -> Character = { Character(Unicode.Scalar(0xE000 + $0)!) }
        let slots = pattern.slots
        var index = 0
        let raw = pattern.segments.map { segment -> String in
            switch segment {
            case .text(let literal): return literal
            case .slot:
                defer { index += 1 }
                return " \(marker(index)) "
            }
        }.joined()
        var parts: [TemplatePart] = []
        var literal: [Character] = []
        for character in QuestionText.normalized(raw) {
            if let scalar = character.unicodeScalars.first, scalar.value >= 0xE000, Int(scalar.value) - 0xE000 < slots.count {
                if !literal.isEmpty { parts.append(.text(literal)) }
                literal = []
                parts.append(.slot(slots[Int(scalar.value) - 0xE000]))
            } else {
                literal.append(character)
            }
        }
        if !literal.isEmpty { parts.append(.text(literal)) }
        return parts
    }

    enum TemplatePart {
        case text([Character])
        case slot(String)
    }

    func match(_ text: [Character], pattern: QuestionPattern, query: NamedQuery) -> Match? {
        let parts = Self.template(pattern)
        var filled: [String: Filled] = [:]
        guard fill(text, from: 0, parts: parts[...], query: query, filled: &filled) else { return nil }
        var parameters: [String: Value] = [:]
        for parameter in query.parameters {
            if let value = filled[parameter.name]?.value { parameters[parameter.name] = value } else if let fallback = parameter.defaultValue {
                parameters[parameter.name] = fallback
            } else {
                return nil
            }
        }
        return Match(query: query, pattern: pattern, parameters: parameters, filled: filled)
    }

    /// Backtracking over where each slot ends; a split stands only if its
    /// text resolves. Questions are short, so the search is small.
    func fill(
        _ text: [Character], from start: Int, parts: ArraySlice<TemplatePart>, query: NamedQuery, filled: inout [String: Filled]
    ) -> Bool {
        var position = start
        while position < text.count, text[position] == " " { position += 1 }
        guard let part = parts.first else { return position == text.count }
        switch part {
        case .text(let literal):
            let trimmed = Array(String(literal).trimmingCharacters(in: .whitespaces))
            guard position + trimmed.count <= text.count, Array(text[position..<(position + trimmed.count)]) == trimmed else { return false }
            return fill(text, from: position + trimmed.count, parts: parts.dropFirst(), query: query, filled: &filled)
        case .slot(let name):
            guard let parameter = query.parameter(named: name) else { return false }
            var end = position + 1
            while end <= min(text.count, position + Self.maximumSlotLength) {
                let words = String(text[position..<end]).trimmingCharacters(in: .whitespaces)
                if !words.isEmpty, let value = resolve(words, for: parameter) {
                    let previous = filled[name]
                    if previous == nil || previous?.value == value {
                        filled[name] = Filled(text: words, value: value)
                        if fill(text, from: end, parts: parts.dropFirst(), query: query, filled: &filled) { return true }
                        filled[name] = previous
                    }
                }
                end += 1
            }
            return false
        }
    }

    /// A slot's words as a value: a name when the parameter takes names of a
    /// label, else the words parsed to the parameter's type.
    func resolve(_ words: String, for parameter: QueryParameter) -> Value? {
        if let label = parameter.label {
            return vocabulary.resolve(words, label: label).map { .string($0.name) }
        }
        return try? parameter.type.parse(words, parameter: parameter.name)
    }

    // MARK: Similarity

    static func bigrams(_ text: String) -> [String: Int] {
        let characters = Array(text.filter { $0 != " " })
        var counts: [String: Int] = [:]
        if characters.count == 1 { counts[String(characters)] = 1 }
        for index in characters.indices.dropLast() { counts[String(characters[index...index + 1]), default: 0] += 1 }
        return counts
    }

    static func dice(_ a: [String: Int], _ b: [String: Int]) -> Double {
        let total = a.values.reduce(0, +) + b.values.reduce(0, +)
        guard total > 0 else { return 0 }
        let shared = a.reduce(0) { $0 + min($1.value, b[$1.key] ?? 0) }
        return 2 * Double(shared) / Double(total)
    }
}
