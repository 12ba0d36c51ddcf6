import Graph

/// Every fact of the graph by the document it came from, for the document
/// page: which spans to highlight and what each one states.
public struct DocumentFacts: Sendable {
    /// A node or relationship, the thing a source states.
    public enum Element: Sendable, Hashable {
        case node(NodeID)
        case relationship(RelationshipID)
    }

    /// One source of one element.
    public struct Fact: Sendable, Hashable {
        public var element: Element
        public var source: Provenance
    }

    private var byDocument: [String: [Fact]] = [:]

    /// One pass over every node and relationship: O(n + r + s log s) for s sources.
    public init(graph: PropertyGraph) {
        for node in graph.nodes {
            for source in node.sources { byDocument[source.document, default: []].append(Fact(element: .node(node.id), source: source)) }
        }
        for relationship in graph.relationships {
            for source in relationship.sources {
                byDocument[source.document, default: []].append(Fact(element: .relationship(relationship.id), source: source))
            }
        }
        for key in byDocument.keys {
            byDocument[key]?.sort { ($0.source.offset, $0.source.length) < ($1.source.offset, $1.source.length) }
        }
    }

    /// The facts sourced in `document`, by offset.
    public func facts(in document: String) -> [Fact] { byDocument[document] ?? [] }
}
