import Foundation
import Graph

/// Matches a question in English or Chinese to a named query and fills its
/// parameters, by meaning rather than by phrasing: it finds the things the
/// question names (`QuestionEntities`: people, units, meetings by number,
/// industries, parties, years), reads the words around them against each
/// query's `intent`, and picks the query whose parameter labels and intent
/// explain the question best. A question written exactly as one of a query's
/// phrasings counts extra. It never guesses past that: a question no query
/// fits gets the closest queries back instead, and when two fit about as
/// well, the other is offered beside the one chosen.
public struct QuestionMatcher: Sendable {
    /// A query that fits a question, with the parameters it fills.
    public struct Match: Sendable, Hashable {
        /// The query the question runs.
        public var query: NamedQuery
        /// The phrasing the question was written in, when it was one of the query's.
        public var pattern: QuestionPattern?
        /// Every parameter of the query: those the question filled, the rest their defaults.
        public var parameters: [String: Value]
        /// What the question said for each slot and the name it resolved to.
        public var filled: [String: Filled]
        /// How well the query explains the question; higher is better.
        public var score: Double = 0
        /// Other queries that fit nearly as well, best first (at most two).
        public var alternatives: [Match] = []
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
    /// Every query that can be asked for, in registration order.
    let queries: [NamedQuery]
    let intentWords: IntentWords
    /// Reads English typos as the words the queries and lexicons use.
    let spelling: SpellingCorrection
    /// The labels some query's parameters take names of.
    let parameterLabels: Set<String>

    /// A matcher over every question in `registry`, resolving names against
    /// `graph` (when loaded) and the registry's lexicons.
    public init(registry: PluginRegistry, graph: PropertyGraph?) {
        patterns = registry.questions.compactMap { owned in
            registry.namedQuery(owned.item.query).map { (owned.item, $0) }
        }
        vocabulary = EntityVocabulary(graph: graph, lexicons: registry.lexicons.map(\.item))
        // Each query's intent read with the words that ask the same thing (IntentSynonyms).
        let all = registry.namedQueries.map { IntentSynonyms.builtIn.expanding($0.item) }
        queries = all.filter { !$0.intent.isEmpty || !$0.questions.isEmpty } + all.filter { $0.intent.isEmpty && $0.questions.isEmpty }
        intentWords = IntentWords(queries)
        spelling = SpellingCorrection(
            words: intentWords.words.union(vocabulary.lexiconForms.keys).union(MeetingNumber.words).union(MeetingMonth.englishMonths.keys))
        parameterLabels = Set(queries.flatMap { $0.parameters.compactMap(\.label) })
    }

    /// Longest question matched, in characters; a question is a sentence, and longer text is
    /// refused by `explorer ask` (and unmatched here) instead of searched.
    public static let maximumQuestionLength = 200
    /// Longest text one slot takes, in characters: longer than any name a question names.
    static let maximumSlotLength = 64

    /// Matches `question`: every query whose parameters the question can fill
    /// and whose intent it touches (or whose phrasing it uses) is scored; the
    /// best wins, and those within `margin` of it are offered beside it.
    public func match(_ question: String, suggestions limit: Int = 5) -> Outcome {
        // Matching backtracks over where each slot ends: bounded here so no question can hang it.
        guard question.count <= Self.maximumQuestionLength else { return .unmatched([]) }
        let text = Array(QuestionText.normalized(question))
        let entities = QuestionEntities(question, labels: parameterLabels, vocabulary: vocabulary, spelling: spelling, reserved: intentWords.words)
        let said = intentWords.occurrences(in: entities.remainder)
        var exact: [String: Match] = [:]
        for (pattern, query) in patterns where exact[query.id] == nil {
            if let match = match(text, pattern: pattern, query: query) { exact[query.id] = match }
        }
        var candidates: [Match] = []
        for query in queries {
            if var match = fit(query, entities: entities, said: said) {
                if let phrased = exact[query.id] {
                    match.pattern = phrased.pattern
                    match.score += Self.phrasingBonus
                }
                candidates.append(match)
            } else if var phrased = exact[query.id] {
                // A query without intent words is asked only in its own phrasings: as sure as two groups.
                phrased.score = 4 + 2 * Double(phrased.filled.count)
                candidates.append(phrased)
            }
        }
        let ranked = candidates.enumerated()
            .sorted { $0.element.score != $1.element.score ? $0.element.score > $1.element.score : $0.offset < $1.offset }
            .map(\.element)
        guard var best = ranked.first else { return .unmatched(closest(to: question, limit: limit)) }
        best.alternatives = Array(ranked.dropFirst().filter { $0.score >= best.score - Self.margin }.prefix(2))
        best.filled = Self.asTyped(best.filled, in: question)
        best.alternatives = best.alternatives.map {
            var alternative = $0
            alternative.filled = Self.asTyped(alternative.filled, in: question)
            return alternative
        }
        return .matched(best)
    }

    /// Counted for a question written as one of the query's own phrasings.
    static let phrasingBonus = 1.0
    /// How close to the best another query must come to be offered too.
    static let margin = 1.5

    /// Shows what the person typed ("AI"), not its normalized form ("ai").
    static func asTyped(_ filled: [String: Filled], in question: String) -> [String: Filled] {
        var result = filled
        for (name, slot) in filled {
            if let range = question.range(of: slot.text, options: [.caseInsensitive, .widthInsensitive]) {
                result[name]?.text = String(question[range])
            }
        }
        return result
    }

    /// How well `query` explains the question, or nil when the question
    /// cannot fill a parameter it needs, says nothing of what it is about, or
    /// says more that the query does not explain than that it does.
    ///
    /// The score: 2 for each intent group the question touches, 2 for each
    /// parameter filled from a name, minus 1 for each intent word the query
    /// does not use (a word meant for another query), 3 for each name the
    /// query has no parameter for, 0.5 for each group left untouched and 1
    /// for each name left at its default; plus 0.5 for a name given as its
    /// default (a plugin's query written for that very theme).
    func fit(_ query: NamedQuery, entities: QuestionEntities, said: [IntentWords.Occurrence]) -> Match? {
        guard !query.intent.isEmpty else { return nil }
        var parameters: [String: Value] = [:]
        var filled: [String: Filled] = [:]
        var used: Set<Int> = []
        // Names left at their default, and names given as the default (the query was written for that very thing).
        var defaulted = 0, asWritten = 0
        for parameter in query.parameters {
            let index: Int?
            if let label = parameter.label {
                index = entities.spans.indices.first { position in
                    guard !used.contains(position), case .node(let resolution) = entities.spans[position].entity else { return false }
                    return resolution.label == label
                }
            } else if parameter.type == .int {
                index = entities.spans.indices.first { position in
                    guard !used.contains(position) else { return false }
                    switch entities.spans[position].entity {
                    case .year: return parameter.name == "year"
                    case .count: return parameter.name != "year"
                    case .node: return false
                    }
                }
            } else {
                index = nil
            }
            if let index {
                used.insert(index)
                let span = entities.spans[index]
                let value: Value
                switch span.entity {
                case .node(let resolution): value = .string(resolution.name)
                case .year(let year), .count(let year): value = .int(year)
                }
                parameters[parameter.name] = value
                filled[parameter.name] = Filled(text: span.text, value: value)
                if parameter.label != nil, value == parameter.defaultValue { asWritten += 1 }
            } else if let fallback = parameter.defaultValue {
                parameters[parameter.name] = fallback
                // A name the question did not give: the query answers about something it did not ask.
                if parameter.label != nil { defaulted += 1 }
            } else {
                return nil
            }
        }
        let groups = query.intent.map { Set($0.map(IntentWords.normalized)) }
        // A name no parameter takes, of a label one of the groups names (民盟 for a group with
        // "party"), says what that group says when the question names what the query is about
        // too: 舒晓刚是民盟的吗 asks for 舒晓刚's party. Alone (市数据局牵头干了哪些活 for the
        // busiest units) it is not the question's subject.
        var spare = 0
        var named: Set<Int> = []
        for (position, span) in entities.spans.enumerated() where !used.contains(position) {
            guard case .node(let resolution) = span.entity, parameterLabels.contains(resolution.label),
                !entities.spans.enumerated().contains(where: { used.contains($0.offset) && $0.element.range == span.range })
            else { continue }
            if !filled.isEmpty, let group = groups.firstIndex(where: { $0.contains(resolution.label.lowercased()) }) {
                named.insert(group)
            } else {
                // A name of a label this query takes no parameter for means the question is about something else.
                spare += 1
            }
        }
        // A group said in a strong word counts 2, one said only in weak words 0.5;
        // a group of weak words only is optional, the others cost 0.5 when not said.
        var touchedWeight = 0.0, untouched = 0, touched = 0, strongly = 0
        for (index, (group, written)) in zip(groups, query.intent).enumerated() {
            let hits = said.filter { $0.isIn(group) }
            // Strong when the question says a word this group writes without `~`.
            let strong = Set(written.filter { !$0.hasPrefix("~") }.map(IntentWords.normalized))
            if named.contains(index) || hits.contains(where: { $0.isIn(strong) }) {
                touchedWeight += 2
                touched += 1
                strongly += 1
            } else if !hits.isEmpty {
                touchedWeight += 0.5
                touched += 1
            } else if !written.allSatisfy({ $0.hasPrefix("~") }) {
                untouched += 1
            }
        }
        // Weak words alone (有哪些, 关注) hint, but do not make a question this query's.
        guard strongly > 0 else { return nil }
        let unexplained = said.filter { occurrence in !intentWords.isWeak(occurrence) && !groups.contains { occurrence.isIn($0) } }.count
        let explained = said.filter { occurrence in groups.contains { occurrence.isIn($0) } }.count
        // A query must explain at least as much of what the question asks as it leaves
        // unexplained: 哪些党派谈到银发经济 is not answered by who spoke about 银发经济 alone.
        // Counted in groups or in words, whichever is more: a question may say one thing twice
        // (orphan nodes … with no other edges).
        guard max(touched, explained) >= unexplained else { return nil }
        let gained: Double = touchedWeight + 2 * Double(filled.count)
        let lost: Double = Double(unexplained) + 3 * Double(spare) + 0.5 * Double(untouched) + Double(defaulted) - 0.5 * Double(asWritten)
        let score = gained - lost
        return Match(query: query, pattern: nil, parameters: parameters, filled: filled, score: score)
    }

    /// The `limit` patterns most like `question` (the best of each query before a
    /// second of any), by the overlap of their
    /// character pairs (Dice's coefficient over bigrams, which works for
    /// Chinese without word segmentation), raised by 0.5 for a pattern whose
    /// slots take something the question names. Complexity: O(p·n) plus the
    /// name scan of `EntityVocabulary.mentions`.
    public func closest(to question: String, limit: Int = 5) -> [Suggestion] {
        let asked = Self.bigrams(QuestionText.normalized(question))
        let said = intentWords.occurrences(in: QuestionEntities(question, labels: parameterLabels, vocabulary: vocabulary, spelling: spelling, reserved: intentWords.words).remainder)
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
            // A question that says what the query is about comes closer, whatever its phrasing.
            let groups: [Set<String>] = query.intent.map { Set($0.map(IntentWords.normalized)) }
            let touched = groups.filter { group in said.contains { $0.isIn(group) } }.count
            score += 0.25 * Double(touched)
            var filled: [String: String] = [:]
            for slot in pattern.slots {
                guard let label = query.parameter(named: slot)?.label, let first = mentions(label).first else { continue }
                filled[slot] = first.name
            }
            if !filled.isEmpty { score += 0.5 }
            return Suggestion(pattern: pattern, query: query, score: score, filled: filled)
        }
        let ranked = scored.enumerated()
            .sorted { $0.element.score != $1.element.score ? $0.element.score > $1.element.score : $0.offset < $1.offset }
            .map(\.element)
            .filter { seen.insert($0.text).inserted }
        // The best phrasing of each query first, so that five phrasings of one query do not hide the others.
        var queries: Set<String> = []
        let firsts = ranked.filter { queries.insert($0.query.id).inserted }
        let rest = ranked.filter { candidate in !firsts.contains { $0.text == candidate.text } }
        return Array((firsts + rest).prefix(limit))
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
