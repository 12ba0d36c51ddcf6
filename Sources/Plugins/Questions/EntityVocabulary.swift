import Foundation
import Graph

/// Turns the words a person typed for a thing ("AI", "ai", "市发改委") into the
/// name the graph knows it by ("人工智能", "市发展和改革委员会"), from node names
/// and aliases and from the triggers of every lexicon.
public struct EntityVocabulary: Sendable {
    /// A resolved mention: the canonical name and the label it was found under.
    public struct Resolution: Sendable, Hashable {
        /// The name as the graph (or the lexicon) spells it.
        public var name: String
        /// The label the name was found under.
        public var label: String
    }

    let graph: PropertyGraph?
    /// Normalized trigger or name → the entries it names, from the lexicons.
    let lexiconForms: [String: [Resolution]]
    /// Normalized node name or alias → canonical names, for forms whose
    /// normalization differs from themselves (ASCII case); built once.
    let foldedGraphNames: [String: [NodeID]]

    /// A vocabulary over `graph` (nil before any build) and `lexicons`. O(names) to build.
    public init(graph: PropertyGraph?, lexicons: [Lexicon]) {
        self.graph = graph
        var forms: [String: [Resolution]] = [:]
        for lexicon in lexicons {
            for entry in lexicon.entries {
                let resolution = Resolution(name: entry.name, label: entry.label)
                for form in Set([entry.name] + entry.triggers) {
                    let key = QuestionText.normalized(form)
                    if !key.isEmpty, !(forms[key]?.contains(resolution) ?? false) { forms[key, default: []].append(resolution) }
                }
            }
        }
        lexiconForms = forms
        var folded: [String: [NodeID]] = [:]
        if let graph {
            for name in graph.indexedNames where Self.mayChangeWhenNormalized(name) {
                let key = QuestionText.normalized(name)
                if key != name { folded[key, default: []] += graph.nodes(named: name) }
            }
        }
        foldedGraphNames = folded
    }

    /// The names of things with `label` that `question` mentions, longest
    /// first: lexicon names, aliases and triggers, and the names and aliases
    /// of the graph's nodes with that label. ASCII forms count only as whole words.
    ///
    /// Complexity: O(k·q) for k forms of that label and a question of length q;
    /// used only when a question fits no pattern.
    public func mentions(in question: String, label: String) -> [Resolution] {
        let text = QuestionText.normalized(question)
        var found: [(length: Int, resolution: Resolution)] = []
        func consider(_ form: String, _ resolution: Resolution) {
            guard form.count >= 2, Self.contains(text, form), !found.contains(where: { $0.resolution == resolution }) else { return }
            found.append((form.count, resolution))
        }
        for (form, resolutions) in lexiconForms {
            for resolution in resolutions where resolution.label == label {
                consider(form, self.resolve(resolution.name, label: label) ?? resolution)
            }
        }
        if let graph {
            for id in graph.nodes(withLabel: label) {
                let node = graph.node(id)
                guard let name = node.name else { continue }
                let aliases = (node.properties["aliases"]?.listValue ?? []).compactMap(\.stringValue)
                for form in [name] + aliases { consider(QuestionText.normalized(form), Resolution(name: name, label: label)) }
            }
        }
        return found.sorted { $0.length > $1.length }.map(\.resolution)
    }

    /// A cheap scan that rules out most names (Chinese ones) before the full
    /// normalization, which matters on graphs with millions of names.
    static func mayChangeWhenNormalized(_ name: String) -> Bool {
        name.unicodeScalars.contains { scalar in
            let value = scalar.value
            return (65...90).contains(value) || (0xFF01...0xFF5E).contains(value) || value == 0x3000
                || scalar.properties.isWhitespace || scalar.properties.isUppercase
                || QuestionText.quotes.contains(Character(scalar)) || QuestionText.separators.contains(Character(scalar))
        }
    }

    /// Whether `text` contains `form`, as a whole word when `form` is ASCII.
    static func contains(_ text: String, _ form: String) -> Bool {
        guard form.allSatisfy(\.isASCII) else { return text.contains(form) }
        var searchStart = text.startIndex
        while let range = text.range(of: form, range: searchStart..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let isWordCharacter: (Character?) -> Bool = { $0.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false }
            if !isWordCharacter(before) && !isWordCharacter(after) { return true }
            searchStart = text.index(after: range.lowerBound)
        }
        return false
    }

    /// The canonical name `text` stands for, among nodes with `label` (any
    /// label when nil). The graph wins over lexicons, since that is the name
    /// a query will find; a lexicon entry resolves even before a build.
    ///
    /// Complexity: O(k) in the number of nodes bearing that name.
    public func resolve(_ text: String, label: String?) -> Resolution? {
        let key = QuestionText.normalized(text)
        guard !key.isEmpty else { return nil }
        if let graph {
            let ids = graph.nodes(named: text) + graph.nodes(named: key) + (foldedGraphNames[key] ?? [])
            for id in ids {
                let node = graph.node(id)
                guard let name = node.name else { continue }
                if let label {
                    if node.hasLabel(label) { return Resolution(name: name, label: label) }
                } else if let first = node.labels.first {
                    return Resolution(name: name, label: first)
                }
            }
        }
        for resolution in lexiconForms[key] ?? [] where label == nil || resolution.label == label {
            // Prefer the graph's spelling of the lexicon's canonical name.
            if let graph, let label, let id = graph.nodes(named: resolution.name).first(where: { graph.node($0).hasLabel(label) }),
                let name = graph.node(id).name
            {
                return Resolution(name: name, label: label)
            }
            return resolution
        }
        return nil
    }
}
