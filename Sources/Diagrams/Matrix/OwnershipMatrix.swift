import Graph
import Plugins

/// Two kinds of nodes of a selection as a table: rows (tasks, in document
/// order, under their headings), columns (units, busiest first), and in each
/// cell the types of the relationships between the two (LEADS, RESPONSIBLE_FOR).
///
/// The pair drawn is the (start label, end label) with the most relationships
/// in the selection; every relationship of those types that ends on a row node
/// is a cell, whatever its start's label (an Organization responsible for a
/// task joins the units). The rows are the side whose nodes have a document
/// order (a `code` or an `ordinal`), else the side with more nodes.
public struct OwnershipMatrix: Sendable {
    /// A run of rows under one heading ((一) 加速科技创新与产业创新融合).
    public struct Group: Sendable {
        /// Nil for rows with no heading.
        public var heading: String?
        public var rows: [NodeID]
    }

    /// The relationships between one row and one column.
    public struct Cell: Sendable {
        public var relationships: [RelationshipID]
        /// The types present, in `types` order.
        public var types: [String]
    }

    public var groups: [Group]
    /// Busiest first (most cells, then most of the first type, then name).
    public var columns: [NodeID]
    /// The relationship types drawn, most significant first (LEADS before RESPONSIBLE_FOR, then by count).
    public var types: [String]
    public var cells: [NodeID: [NodeID: Cell]]
    /// The row label and column label, for the caption ("Task", "Agency").
    public var rowLabel: String
    public var columnLabel: String
    /// What the rows are part of (the proposal a work plan implements), by name, in row order.
    public var wholes: [String]

    /// The rows in drawing order.
    public var rows: [NodeID] { groups.flatMap(\.rows) }

    /// Types drawn first when present: the lead unit before the others.
    static let typePriority = ["LEADS", "RESPONSIBLE_FOR"]

    /// The matrix of `subgraph`; throws `nothingToDraw` when it has no
    /// relationships between two labels. O(r + n log n).
    public init(_ graph: PropertyGraph, _ subgraph: Subgraph, style: DiagramStyle) throws {
        func label(_ id: NodeID) -> String { DOTWriter.styleLabel(of: graph.node(id), style: style) }
        // The pair: one whose side has a document order (a plan's tasks) if any, else the most relationships.
        var pairCounts: [String: (start: String, end: String, ordered: Int, count: Int)] = [:]
        for id in subgraph.relationships {
            let relationship = graph.relationship(id)
            let start = label(relationship.start), end = label(relationship.end)
            guard start != end else { continue }
            let ordered = DocumentOrder.isOrdered(graph.node(relationship.start)) || DocumentOrder.isOrdered(graph.node(relationship.end))
            pairCounts["\(start)\u{1F}\(end)", default: (start, end, 0, 0)].count += 1
            if ordered { pairCounts["\(start)\u{1F}\(end)"]!.ordered = 1 }
        }
        guard let pair = pairCounts.values.max(by: { ($0.ordered, $0.count, $1.start, $1.end) < ($1.ordered, $1.count, $0.start, $0.end) })
        else {
            throw DiagramError(
                .nothingToDraw,
                "a matrix needs relationships between two kinds of nodes (units → tasks, people → parties); "
                    + "this selection has none")
        }
        // Which relationship types the pair is made of, and which end holds the ordered nodes.
        var typeCounts: [String: Int] = [:]
        var starts: Set<NodeID> = [], ends: Set<NodeID> = []
        for id in subgraph.relationships {
            let relationship = graph.relationship(id)
            guard label(relationship.start) == pair.start, label(relationship.end) == pair.end else { continue }
            typeCounts[relationship.type, default: 0] += 1
            starts.insert(relationship.start)
            ends.insert(relationship.end)
        }
        let orderedEnds = ends.contains { DocumentOrder.isOrdered(graph.node($0)) }
        let orderedStarts = starts.contains { DocumentOrder.isOrdered(graph.node($0)) }
        let rowsAreEnds = orderedEnds != orderedStarts ? orderedEnds : ends.count >= starts.count
        let rowLabel = rowsAreEnds ? pair.end : pair.start
        types = typeCounts.keys.sorted { a, b in
            let pa = Self.typePriority.firstIndex(of: a) ?? Int.max, pb = Self.typePriority.firstIndex(of: b) ?? Int.max
            if pa != pb { return pa < pb }
            if typeCounts[a]! != typeCounts[b]! { return typeCounts[a]! > typeCounts[b]! }
            return a < b
        }
        let typeSet = Set(types)
        var cells: [NodeID: [NodeID: Cell]] = [:]
        var rowSet: Set<NodeID> = []
        for id in subgraph.relationships {
            let relationship = graph.relationship(id)
            guard typeSet.contains(relationship.type) else { continue }
            let (row, column) = rowsAreEnds ? (relationship.end, relationship.start) : (relationship.start, relationship.end)
            guard label(row) == rowLabel, row != column else { continue }
            rowSet.insert(row)
            cells[row, default: [:]][column, default: Cell(relationships: [], types: [])].relationships.append(id)
        }
        for (row, byColumn) in cells {
            for (column, cell) in byColumn {
                let present = Set(cell.relationships.map { graph.relationship($0).type })
                cells[row]![column]!.types = types.filter(present.contains)
            }
        }
        self.cells = cells
        self.rowLabel = rowLabel
        var columnLabels: [String: Int] = [:]

        // Columns: busiest first, then most of the first (lead) type, then name.
        var held: [NodeID: (count: Int, first: Int)] = [:]
        for byColumn in cells.values {
            for (column, cell) in byColumn {
                held[column, default: (0, 0)].count += 1
                if cell.types.first == types.first { held[column, default: (0, 0)].first += 1 }
            }
        }
        for column in held.keys { columnLabels[label(column), default: 0] += 1 }
        columnLabel = columnLabels.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? (rowsAreEnds ? pair.start : pair.end)
        let names = Dictionary(uniqueKeysWithValues: held.keys.map { ($0, FactText.name(of: graph.node($0))) })
        columns = held.keys.sorted { a, b in
            let ha = held[a]!, hb = held[b]!
            if ha.count != hb.count { return ha.count > hb.count }
            if ha.first != hb.first { return ha.first > hb.first }
            return (names[a]!, a) < (names[b]!, b)
        }

        // Rows: document order, grouped under headings, each run headed once.
        let rows = DocumentOrder.sorted(rowSet.sorted(), in: graph)
        var groups: [Group] = []
        for row in rows {
            let heading = Self.heading(of: graph.node(row))
            if let last = groups.last, last.heading == heading {
                groups[groups.count - 1].rows.append(row)
            } else {
                groups.append(Group(heading: heading, rows: [row]))
            }
        }
        self.groups = groups
        var wholes: [String] = []
        for row in rows {
            for id in graph.outgoing(row) where graph.relationship(id).type == "PART_OF" {
                let name = FactText.name(of: graph.node(graph.relationship(id).end))
                if !wholes.contains(name) { wholes.append(name) }
            }
        }
        self.wholes = wholes
    }

    /// "(一) 加速科技创新与产业创新融合": the code's first bracket and the
    /// `group` a work-plan extractor records; nil when there is no group.
    static func heading(of node: Node) -> String? {
        guard let group = node.properties["group"].flatMap(DOTWriter.display) else { return nil }
        if let code = node.properties["code"]?.stringValue, let close = code.firstIndex(where: { $0 == ")" || $0 == "）" }),
            code.first == "(" || code.first == "（"
        {
            return String(code[...close]) + " " + group
        }
        return group
    }

    /// How many columns hold `row`, and how many rows `column` holds.
    public func count(row: NodeID) -> Int { cells[row]?.count ?? 0 }
    public func count(column: NodeID) -> Int { cells.values.reduce(0) { $0 + ($1[column] == nil ? 0 : 1) } }
    /// Cells holding `type` in `column`.
    public func count(column: NodeID, type: String) -> Int {
        cells.values.reduce(0) { $0 + ($1[column]?.types.contains(type) == true ? 1 : 0) }
    }
    /// Cells holding `type` in all.
    public func count(type: String) -> Int {
        cells.values.reduce(0) { total, row in total + row.values.filter { $0.types.contains(type) }.count }
    }
}
