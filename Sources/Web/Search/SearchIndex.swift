import Foundation
import Graph
import Plugins

/// Finds nodes from what a person types in the search box: a name or alias
/// (or its start, or a part of it), its pinyin (`liang` → 梁鸣) or its
/// initials (`sfg` → 市发改委).
public struct SearchIndex: Sendable {
    /// One node found, with the word that found it.
    public struct Hit: Sendable, Hashable {
        public var node: NodeID
        /// The node's name (or the alias when it has no name).
        public var name: String
        /// The name or alias that matched, when it is not `name`.
        public var matched: String?
        /// The label the node is grouped under: its first label.
        public var label: String
    }

    private let graph: PropertyGraph
    /// Every name and alias, sorted, for prefix search by binary search.
    private let names: [String]
    private let pinyin: PinyinIndex
    /// Above this many names a search does not fall back to a substring scan.
    static let substringScanLimit = 300_000

    /// O(n log n) for n names and aliases, plus one transliteration per distinct Han character.
    public init(graph: PropertyGraph) {
        self.graph = graph
        names = graph.indexedNames
        pinyin = PinyinIndex(names: names)
    }

    /// Up to `limit` nodes for `text`: exact names first, then names starting
    /// with it, then pinyin and initials, then names containing it.
    /// O(log n + m) for m matching names, plus a scan when few match and the graph is small.
    public func search(_ text: String, limit: Int = 30) -> [Hit] {
        let query = text.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty, limit > 0 else { return [] }
        var found: [String] = []
        var seenNames: Set<String> = []
        func add<S: Sequence>(_ candidates: S) where S.Element == String {
            for name in candidates where seenNames.count < limit * 4 && seenNames.insert(name).inserted {
                found.append(name)
            }
        }
        if !graph.nodes(named: query).isEmpty { add([query]) }
        add(prefixed(query).prefix(limit * 2))
        if query.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0 == " " || $0 == "'") }) {
            add(pinyin.names(matching: query, limit: limit * 2))
        }
        if found.count < limit, names.count <= Self.substringScanLimit {
            add(names.lazy.filter { $0.contains(query) }.prefix(limit * 2))
        }
        var hits: [Hit] = []
        var seenNodes: Set<NodeID> = []
        for matched in found {
            for id in graph.nodes(named: matched) where seenNodes.insert(id).inserted {
                let node = graph.node(id)
                let name = node.name ?? matched
                hits.append(Hit(node: id, name: name, matched: name == matched ? nil : matched, label: node.labels.first ?? ""))
                if hits.count == limit { return hits }
            }
        }
        return hits
    }

    /// Names that start with `prefix`: a binary search for the first, then a run.
    private func prefixed(_ prefix: String) -> ArraySlice<String> {
        var low = 0
        var high = names.count
        while low < high {
            let middle = (low + high) / 2
            if names[middle] < prefix { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < names.count, names[end].hasPrefix(prefix) { end += 1 }
        return names[low..<end]
    }
}
