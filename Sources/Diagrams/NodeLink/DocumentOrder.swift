import Graph
import Plugins

/// The order a reader expects ordered things in: a work plan's tasks as the
/// document lists them ((一)1, (一)2, …, (二)1), not as strings sort
/// ((一)1, (三)1, (二)1).
///
/// A node's key is its document, then its position there (the `ordinal` an
/// extractor records, else the offset of its first source), then the numbers
/// of its `code` read as Chinese or ASCII numerals, then its name.
public enum DocumentOrder {
    /// A node's place in its document; compare keys with `<`.
    public struct Key: Comparable, Sendable {
        var document: String
        var position: Int
        var code: [Int]
        var name: String

        public static func < (a: Key, b: Key) -> Bool {
            if a.document != b.document { return a.document < b.document }
            if a.position != b.position { return a.position < b.position }
            if a.code != b.code { return a.code.lexicographicallyPrecedes(b.code) }
            return a.name < b.name
        }
    }

    /// The key of `node`. O(length of its code).
    public static func key(of node: Node) -> Key {
        let first = node.sources.first
        let document = node.properties["document"]?.stringValue ?? first?.document ?? ""
        let position = node.properties["ordinal"]?.intValue ?? first?.offset ?? Int.max
        let code = node.properties["code"]?.stringValue.map(numbers(in:)) ?? []
        let name = node.name ?? node.properties["title"]?.stringValue ?? ""
        return Key(document: document, position: position, code: code, name: name)
    }

    /// True for nodes a reader expects in document order: those with a `code` or an `ordinal`.
    public static func isOrdered(_ node: Node) -> Bool {
        node.properties["code"] != nil || node.properties["ordinal"] != nil
    }

    /// `ids` in document order, ties kept in their given order. O(n log n).
    public static func sorted(_ ids: [NodeID], in graph: PropertyGraph) -> [NodeID] {
        let keyed = ids.enumerated().map { (offset: $0.offset, id: $0.element, key: key(of: graph.node($0.element))) }
        return keyed.sorted { $0.key < $1.key || (!($1.key < $0.key) && $0.offset < $1.offset) }.map(\.id)
    }

    /// The runs of numerals in `code`, in order: (二)10(3) → [2, 10, 3]. O(n).
    public static func numbers(in code: String) -> [Int] {
        var numbers: [Int] = []
        var run = ""
        func flush() {
            if let value = ChineseNumeral.value(run) { numbers.append(value) }
            run = ""
        }
        for character in code {
            if ChineseNumeral.isNumeral(character) { run.append(character) } else { flush() }
        }
        flush()
        return numbers
    }
}
