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
    /// Normalized names of the labels with at most `partLimit` nodes, for `uniquePart`.
    let smallLabelNames: [String: [(normalized: String, name: String)]]
    /// Full pinyin spelling (`liangming`) → names, per label, spelled on first use:
    /// transliteration is slow, and most questions name things in characters.
    private let spellings = SpellingCache()

    final class SpellingCache: @unchecked Sendable {
        private let lock = NSLock()
        private var byLabel: [String: [String: [String]]] = [:]

        func spellings(of label: String, names: () -> [String]) -> [String: [String]] {
            lock.withLock {
                if let known = byLabel[label] { return known }
                var table: [String: [String]] = [:]
                for name in names() {
                    let spelled = PinyinIndex.syllables(of: name).joined()
                    if !spelled.isEmpty, name.unicodeScalars.contains(where: PinyinIndex.isHan) { table[spelled, default: []].append(name) }
                }
                byLabel[label] = table
                return table
            }
        }
    }

    /// The one name of `label` whose whole pinyin is `text` (liangming, Liang Ming → 梁鸣); nil
    /// when none or several are. Only whole spellings count: a prefix would take English words for names.
    public func pinyinName(_ text: String, label: String) -> Resolution? {
        let letters = text.lowercased().filter { $0.isLetter }
        guard letters.count >= 4, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == " " || $0 == "'") }),
            let names = smallLabelNames[label]
        else { return nil }
        let found = spellings.spellings(of: label) { names.map(\.name) }[letters] ?? []
        return found.count == 1 ? Resolution(name: found[0], label: label) : nil
    }

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
            // Node by node rather than `indexedNames`, which sorts every name first.
            for node in graph.nodes {
                guard let name = node.name else { continue }
                func add(_ form: String) {
                    guard Self.mayChangeWhenNormalized(form) else { return }
                    let key = QuestionText.normalized(form)
                    if key != form { folded[key, default: []].append(node.id) }
                }
                add(name)
                if case .list(let aliases)? = node.properties["aliases"] {
                    for case .string(let alias) in aliases { add(alias) }
                }
            }
        }
        foldedGraphNames = folded
        var small: [String: [(normalized: String, name: String)]] = [:]
        if let graph {
            for label in graph.labels {
                let ids = graph.nodes(withLabel: label)
                guard ids.count <= Self.partLimit else { continue }
                small[label] = ids.compactMap { graph.node($0).name }.map { (QuestionText.normalized($0), $0) }
            }
        }
        smallLabelNames = small
    }

    /// Every reading of `text` among `labels`: 武汉 may be a city's organization
    /// and a district at once; the question's other words decide which counts.
    public func resolutions(_ text: String, labels: Set<String>) -> [Resolution] {
        labels.sorted().compactMap { resolve(text, label: $0) }
    }

    /// The names of things with `label` that `question` mentions, longest
    /// first: lexicon names, aliases and triggers, and the names and aliases
    /// of the graph's nodes with that label. ASCII forms count only as whole words.
    ///
    /// Every stretch of the question up to 40 characters is looked up in the
    /// name indexes, so the cost does not grow with the graph: O(q·40) lookups
    /// for a question of q characters.
    public func mentions(in question: String, label: String) -> [Resolution] {
        let characters = Array(QuestionText.normalized(question))
        var found: [(length: Int, resolution: Resolution)] = []
        let isWordCharacter: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber) }
        for start in characters.indices {
            // An ASCII mention must start and end at a word boundary.
            if isWordCharacter(characters[start]), start > 0, isWordCharacter(characters[start - 1]) { continue }
            for end in stride(from: start + 2, through: min(characters.count, start + 40), by: 1) {
                if isWordCharacter(characters[end - 1]), end < characters.count, isWordCharacter(characters[end]) { continue }
                guard let resolution = resolve(String(characters[start..<end]), label: label),
                    !found.contains(where: { $0.resolution == resolution })
                else { continue }
                found.append((end - start, resolution))
            }
        }
        return found.sorted { $0.length > $1.length }.map(\.resolution)
    }

    /// The scalars normalization drops or turns into spaces.
    static let foldedScalars: Set<UInt32> = Set(
        (QuestionText.quotes.union(QuestionText.separators)).flatMap { $0.unicodeScalars.map(\.value) })

    /// A cheap scan that rules out most names (Chinese ones) before the full
    /// normalization, which matters on graphs with millions of names.
    static func mayChangeWhenNormalized(_ name: String) -> Bool {
        for scalar in name.unicodeScalars {
            let value = scalar.value
            if (65...90).contains(value) || value == 32 || (0xFF01...0xFF5E).contains(value) || value == 0x3000 { return true }
            if foldedScalars.contains(value) { return true }
            if value > 127, scalar.properties.isWhitespace || scalar.properties.isUppercase { return true }
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
        // People drop the level of a unit (发改委 for 市发改委, 经信局 for 市经信局).
        if label == "Agency", !key.hasPrefix("市"), let unit = resolve("市" + text, label: label) { return unit }
        if let label { return uniquePart(key, label: label) }
        return nil
    }

    /// The one node of `label` whose name contains `key` (第二十一次会议 for
    /// 政协武汉市第十四届委员会常务委员会第二十一次会议), when exactly one does.
    /// Only for labels of few nodes (meetings, parties, agencies) and words of
    /// four characters or more: a long official name is rarely typed in full,
    /// and a unique part names it as surely as the whole.
    ///
    /// Complexity: O(k) for the k ≤ `partLimit` nodes of the label.
    func uniquePart(_ key: String, label: String) -> Resolution? {
        guard key.count >= 4, let names = smallLabelNames[label] else { return nil }
        var found: String?
        for (normalized, name) in names {
            guard normalized.contains(key) else { continue }
            if let other = found, other != name { return nil }
            found = name
        }
        return found.map { Resolution(name: $0, label: label) }
    }

    /// The most nodes a label may have for names to be found by a part.
    static let partLimit = 2_000
}
