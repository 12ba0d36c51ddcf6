import Graph
import Plugins

/// One node's dated facts on a date axis: for a person, each party
/// membership, seat and post; for a party, each member's membership. A row is
/// one fact (type, other node, role); its cells mark the dates of the
/// documents that state it, and the span between the first and the last.
///
/// Only relationships with a `date` are placed; the dates are the columns, in
/// order (an ordinal axis: documents come at irregular intervals).
public struct RoleTimeline: Sendable {
    /// One fact over time.
    public struct Row: Sendable {
        public var type: String
        public var other: NodeID
        /// The role or title the fact gives (主委, 院长), if any.
        public var detail: String?
        /// Date → the relationships stating the fact on that date.
        public var statements: [String: [RelationshipID]]
        public var firstDate: String { statements.keys.min() ?? "" }
        public var lastDate: String { statements.keys.max() ?? "" }
    }

    public var subject: NodeID
    /// Sorted, distinct.
    public var dates: [String]
    /// Grouped by type (in `types` order), each group by first date, then name.
    public var rows: [Row]
    public var types: [String]
    /// Relationships of the subject without a date, left off the axis.
    public var undated: Int

    /// Types drawn first: party, seat, post.
    static let typePriority = ["MEMBER_OF", "SERVES_ON", "WORKS_AT"]

    /// The timeline of `subject` (else the node of `subgraph` with the most
    /// dated relationships). Throws `nothingToDraw` when it has no dated facts.
    /// O(d log d) for the d relationships of the subject.
    public init(_ graph: PropertyGraph, subject: NodeID?, in subgraph: Subgraph) throws {
        func dated(_ id: NodeID) -> [RelationshipID] {
            graph.relationships(at: id).filter { graph.relationship($0).properties["date"]?.textOrISOText != nil }
        }
        var chosen = subject
        if chosen == nil {
            var most = 0
            for node in subgraph.nodes {
                let count = dated(node).count
                if count > most {
                    most = count
                    chosen = node
                }
            }
        }
        guard let subject = chosen else {
            throw DiagramError(
                .nothingToDraw,
                "a timeline needs a node with dated facts (roles, memberships); this selection has none; "
                    + "name a person or a party with --around NAME")
        }
        self.subject = subject
        let relationships = dated(subject)
        guard !relationships.isEmpty else {
            let name = FactText.name(of: graph.node(subject))
            throw DiagramError(
                .nothingToDraw,
                "\(name) has no dated facts to put on a timeline (roles and memberships carry the date of the document "
                    + "stating them); draw its neighbourhood instead (--view graph)")
        }
        undated = graph.outgoing(subject).count + graph.incoming(subject).count - relationships.count
        var rowsByKey: [String: Row] = [:]
        var dates: Set<String> = []
        for id in relationships {
            let relationship = graph.relationship(id)
            let date = relationship.properties["date"]!.textOrISOText!
            let other = relationship.otherEnd(from: subject)
            let detail = (relationship.properties["role"] ?? relationship.properties["title"]).flatMap(DOTWriter.display)
            let key = "\(relationship.type)\u{1F}\(other)\u{1F}\(detail ?? "")"
            rowsByKey[key, default: Row(type: relationship.type, other: other, detail: detail, statements: [:])]
                .statements[date, default: []].append(id)
            dates.insert(date)
        }
        self.dates = dates.sorted()
        let typeSet = Set(rowsByKey.values.map(\.type))
        types = typeSet.sorted { a, b in
            let pa = Self.typePriority.firstIndex(of: a) ?? Int.max, pb = Self.typePriority.firstIndex(of: b) ?? Int.max
            return pa != pb ? pa < pb : a < b
        }
        let names = Dictionary(uniqueKeysWithValues: Set(rowsByKey.values.map(\.other)).map { ($0, FactText.name(of: graph.node($0))) })
        let typeOrder = Dictionary(uniqueKeysWithValues: types.enumerated().map { ($1, $0) })
        rows = rowsByKey.values.sorted { a, b in
            if a.type != b.type { return typeOrder[a.type]! < typeOrder[b.type]! }
            if a.firstDate != b.firstDate { return a.firstDate < b.firstDate }
            if names[a.other]! != names[b.other]! { return names[a.other]! < names[b.other]! }
            return (a.detail ?? "") < (b.detail ?? "")
        }
    }
}
