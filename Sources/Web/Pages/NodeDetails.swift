import Graph

/// A node and the facts about it, as the node page and `/api/node/ID` show them.
struct NodeDetails {
    /// One relationship of the node, seen from the node.
    struct Fact {
        var relationship: Relationship
        /// True when the node is the relationship's start.
        var outgoing: Bool
        var other: Node
        /// The date the fact was stated, when it carries one (roles change over time).
        var date: String?
    }

    let node: Node
    /// Dated facts first, by date, then the rest by type and the other end's name.
    let facts: [Fact]

    /// The property keys a fact's date is read from, in order.
    static let dateKeys = ["date", "since", "as_of", "year"]

    /// Nil when the graph has no node `id`. O(degree log degree).
    init?(_ id: NodeID, in graph: PropertyGraph) {
        guard graph.contains(id) else { return nil }
        node = graph.node(id)
        var facts: [Fact] = []
        for edge in graph.relationships(at: id) {
            let relationship = graph.relationship(edge)
            let outgoing = relationship.start == id
            let other = graph.node(relationship.otherEnd(from: id))
            let date = Self.dateKeys.lazy.compactMap { relationship.properties[$0].map(Self.text) }.first
            facts.append(Fact(relationship: relationship, outgoing: outgoing, other: other, date: date))
        }
        self.facts = facts.sorted { a, b in
            switch (a.date, b.date) {
            case (let x?, let y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default:
                if a.relationship.type != b.relationship.type { return a.relationship.type < b.relationship.type }
                return Self.title(of: a.other) < Self.title(of: b.other)
            }
        }
    }

    /// What a node is called on a page: its name, else a task's code and title, else its id.
    static func title(of node: Node) -> String {
        if let name = node.name { return name }
        let code = node.properties["code"]?.stringValue
        let title = node.properties["title"]?.stringValue
        switch (code, title) {
        case (let c?, let t?): return "\(c) \(t)"
        case (let c?, nil): return c
        case (nil, let t?): return t
        default: return "#\(node.id.rawValue)"
        }
    }

    /// A property value as text: strings bare, lists joined with 、.
    static func text(_ value: Value) -> String {
        switch value {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .float(let f): return String(f)
        case .bool(let b): return b ? "true" : "false"
        case .null: return ""
        case .list(let items): return items.map(text).joined(separator: "、")
        case .map(let entries): return entries.keys.sorted().map { "\($0): \(text(entries[$0]!))" }.joined(separator: ", ")
        case .node(let id): return "node \(id.rawValue)"
        case .relationship(let id): return "relationship \(id.rawValue)"
        case .path(let path): return "path of \(path.length)"
        case .temporal(let t): return t.isoText
        }
    }
}
