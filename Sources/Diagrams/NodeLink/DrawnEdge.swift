import Graph
import Plugins

/// Relationships drawn as one arrow: the same ends, type and label (role or
/// title), as when several documents state the same membership. `count` is
/// shown as "×N", with the span of the `date`s the relationships carry.
struct DrawnEdge {
    var first: Relationship
    var relationships: [RelationshipID]
    var lines: [String]
    var dates: Set<String>

    var count: Int { relationships.count }
    /// The earliest date, for drawing dated facts in order.
    var earliestDate: String? { dates.min() }

    /// The arrows to draw for `relationships`, in order of their first
    /// relationship. O(r).
    static func merging(
        _ relationships: [RelationshipID], in graph: PropertyGraph, style: DiagramStyle, labelColumns: Int
    ) -> [DrawnEdge] {
        var edges: [DrawnEdge] = []
        var indexByKey: [String: Int] = [:]
        for id in relationships {
            let relationship = graph.relationship(id)
            var lines = [style.bilingualName(ofType: relationship.type)]
            if let detail = (relationship.properties["role"] ?? relationship.properties["title"]).flatMap(DOTWriter.display) {
                lines += TextWrapping.wrap(detail, columns: labelColumns, maxLines: 2)
            }
            let key = "\(relationship.start) \(relationship.end) \(relationship.type)\n" + lines.joined(separator: "\n")
            let date = relationship.properties["date"]?.textOrISOText
            if let index = indexByKey[key] {
                edges[index].relationships.append(id)
                if let date { edges[index].dates.insert(date) }
            } else {
                indexByKey[key] = edges.count
                edges.append(DrawnEdge(first: relationship, relationships: [id], lines: lines, dates: date.map { [$0] } ?? []))
            }
        }
        return edges
    }
}
