import Foundation
import Graph
import Plugins

/// The JSON API under `/api/` (described in docs/web.md): what the pages show,
/// as data. Built on the same snapshot and helpers as the pages.
struct WebAPI {
    let pages: WebPages
    var graph: PropertyGraph { pages.graph }
    var state: ExplorerState { pages.state }

    /// `/api/search?q=&limit=`: hits grouped by label.
    func search(_ query: String, limit: Int) -> JSON {
        let hits = pages.snapshot.search.search(query, limit: min(max(limit, 1), 200))
        let groups = WebPages.grouped(hits).map { group -> JSON in
            .object([
                ("label", .string(group.label)),
                ("nodes", .array(group.hits.map { hit in
                    .object([
                        ("id", .int(hit.node.rawValue)), ("name", .string(hit.name)),
                        ("matched", hit.matched.map(JSON.string) ?? .null), ("url", .string(NodeLinks.link(hit.node))),
                    ])
                })),
            ])
        }
        return .object([("query", .string(query)), ("groups", .array(groups))])
    }

    func provenance(_ source: Provenance) -> JSON {
        .object([
            ("document", .string(source.document)), ("offset", .int(source.offset)), ("length", .int(source.length)),
            ("quote", .string(source.quote)),
            ("url", .string("/document/\(URLText.encode(source.document))#at-\(source.offset)")),
        ])
    }

    func value(_ value: Value) -> JSON { ResultFormatter(graph: graph).json(value) }

    func nodeSummary(_ node: Node) -> JSON {
        .object([
            ("id", .int(node.id.rawValue)), ("name", .string(NodeDetails.title(of: node))),
            ("labels", .array(node.labels.map(JSON.string))),
        ])
    }

    /// `/api/node/ID`: labels, properties, sources, and every fact with its sources.
    func node(_ id: NodeID) throws -> JSON {
        guard let details = NodeDetails(id, in: graph) else {
            throw WebError(.notFound, "there is no node \(id.rawValue) in this graph")
        }
        let node = details.node
        let facts = details.facts.map { fact -> JSON in
            .object([
                ("relationship", .int(fact.relationship.id.rawValue)), ("type", .string(fact.relationship.type)),
                ("direction", .string(fact.outgoing ? "out" : "in")), ("other", nodeSummary(fact.other)),
                ("date", fact.date.map(JSON.string) ?? .null),
                ("properties", JSON.sortedObject(fact.relationship.properties.mapValues(value))),
                ("sources", .array(fact.relationship.sources.map(provenance))),
            ])
        }
        return .object([
            ("id", .int(id.rawValue)), ("name", .string(NodeDetails.title(of: node))),
            ("labels", .array(node.labels.map(JSON.string))),
            ("properties", JSON.sortedObject(node.properties.mapValues(value))),
            ("sources", .array(node.sources.map(provenance))), ("facts", .array(facts)),
        ])
    }

    /// `/api/documents`.
    func documents() -> JSON {
        .array(state.dataset.entries.map { entry in
            let id = Dataset.documentID(for: entry.file)
            return .object([
                ("id", .string(id)), ("title", entry.title.map(JSON.string) ?? .null), ("date", entry.date.map(JSON.string) ?? .null),
                ("kind", entry.kind.map(JSON.string) ?? .null), ("facts", .int(pages.snapshot.facts.facts(in: id).count)),
            ])
        })
    }

    /// `/api/document/ID`: the text and every fact sourced in it.
    func document(_ id: String) throws -> JSON {
        guard let document = try state.document(id) else {
            throw WebError(.notFound, "this dataset has no document '\(id)'")
        }
        let facts = pages.snapshot.facts.facts(in: id).map { fact -> JSON in
            var members: [(String, JSON)] = [("source", provenance(fact.source))]
            switch fact.element {
            case .node(let node): members.append(("node", nodeSummary(graph.node(node))))
            case .relationship(let relationship):
                let r = graph.relationship(relationship)
                members += [
                    ("relationship", .int(relationship.rawValue)), ("type", .string(r.type)),
                    ("start", nodeSummary(graph.node(r.start))), ("end", nodeSummary(graph.node(r.end))),
                ]
            }
            return .object(members)
        }
        return .object([
            ("id", .string(id)), ("title", .string(document.title)), ("date", document.date.map(JSON.string) ?? .null),
            ("text", .string(document.text)), ("facts", .array(facts)),
        ])
    }

    /// `/api/questions`: every named query with its typed parameters.
    func questions() -> JSON {
        .array(state.registry.namedQueries.map { owned in
            let query = owned.item
            return .object([
                ("id", .string(query.id)), ("plugin", .string(owned.plugin)),
                ("title", .object([("zh", .string(query.title.zh)), ("en", .string(query.title.en))])),
                ("description", .string(query.description)), ("cypher", .string(query.cypher)),
                ("parameters", .array(query.parameters.map { parameter in
                    .object([
                        ("name", .string(parameter.name)), ("type", .string(parameter.type.rawValue)),
                        ("label", parameter.label.map(JSON.string) ?? .null), ("description", .string(parameter.description)),
                        ("default", parameter.defaultValue.map(value) ?? .null),
                    ])
                })),
                ("questions", .array(query.questions.map(JSON.string))),
            ])
        })
    }

    /// `/api/conflicts`.
    func conflicts() -> JSON {
        .array(ConflictDetector.find(in: graph).map { conflict in
            .object([
                ("kind", .string(conflict.kind.rawValue)), ("subject", .string(conflict.subject)),
                ("summary", .string(conflict.summary)),
                ("claims", .array(conflict.claims.map { claim in
                    .object([("statement", .string(claim.statement)), ("sources", .array(claim.sources.map(provenance)))])
                })),
            ])
        })
    }

    /// A result as JSON with the parameters it ran with.
    func result(_ result: QueryResult, graph: PropertyGraph, extra: [(String, JSON)] = []) -> JSON {
        let formatted = ResultFormatter(graph: graph).json(result)
        var members = extra
        members.append(("columns", formatted["columns"] ?? .array([])))
        members.append(("rows", formatted["rows"] ?? .array([])))
        let statistics = result.statistics
        if !statistics.isEmpty {
            members.append(("created", .object([
                ("nodes", .int(statistics.nodesCreated)), ("relationships", .int(statistics.relationshipsCreated)),
            ])))
        }
        return .object(members)
    }
}
