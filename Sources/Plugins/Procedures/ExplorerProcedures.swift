import Graph

/// The bodies of the explorer's own procedures (see `ExplorerProceduresPlugin`).
public enum ExplorerProcedures {
    static let sourceOutputs: [Procedure.Field] = [
        .init("element", ProcedureType(.string)), .init("document", ProcedureType(.string)),
        .init("offset", ProcedureType(.integer)), .init("length", ProcedureType(.integer)),
        .init("quote", ProcedureType(.string)), .init("curated", ProcedureType(.boolean)),
        .init("note", ProcedureType(.string)),
    ]

    /// `explorer.sources(element)`: a node, a relationship, an id (`n12`, `r7`) or a name.
    static let sources = Procedure(
        name: "explorer.sources", arguments: [.init("element", ProcedureType(.any))], outputs: sourceOutputs,
        summary: "The sources of a node or relationship (or of the nodes an id such as n12 or a name names): document, span, quote; a curated correction gives its file:line as document, and its note."
    ) { arguments, graph in
        var rows: [[Value]] = []
        func add(_ element: String, _ sources: [Provenance]) {
            for source in sources {
                let curation = source.curation
                rows.append([
                    .string(element), .string(curation?.location ?? source.document), .int(source.offset),
                    .int(source.length), .string(curation?.statement ?? source.quote), .bool(curation != nil),
                    curation?.note.map(Value.string) ?? .null,
                ])
            }
        }
        switch arguments.first ?? .null {
        case .null:
            break
        case .node(let id):
            add("n\(id.rawValue)", graph.node(id).sources)
        case .relationship(let id):
            add("r\(id.rawValue)", graph.relationship(id).sources)
        case .string(let text):
            if let id = identifier(text, "n"), graph.contains(NodeID(id)) {
                add(text, graph.node(NodeID(id)).sources)
            } else if let id = identifier(text, "r"), graph.contains(RelationshipID(id)) {
                add(text, graph.relationship(RelationshipID(id)).sources)
            } else {
                let ids = graph.nodes(named: text)
                guard !ids.isEmpty else {
                    throw QueryError(
                        .runtime, kind: "ProcedureError", code: "UnknownElement",
                        "explorer.sources('\(text)'): no node n…, relationship r… or name '\(text)' in the graph")
                }
                for id in ids { add("n\(id.rawValue)", graph.node(id).sources) }
            }
        default:
            throw QueryError(
                .runtime, kind: "TypeError", code: "InvalidArgumentType",
                "explorer.sources takes a node, a relationship, an id such as 'n12' or a name")
        }
        return rows
    }

    /// `explorer.conflicts()`: what `explorer check` lists, as rows.
    static let conflicts = Procedure(
        name: "explorer.conflicts",
        outputs: [
            .init("conflict", ProcedureType(.integer)), .init("kind", ProcedureType(.string)),
            .init("summary", ProcedureType(.string)), .init("claim", ProcedureType(.string)),
            .init("document", ProcedureType(.string)), .init("offset", ProcedureType(.integer)),
            .init("quote", ProcedureType(.string)),
        ],
        summary: "The conflicts between documents (two parties for one person, two spellings of one name …), one row per source of each claim."
    ) { _, graph in
        var rows: [[Value]] = []
        for (n, conflict) in ConflictDetector.find(in: graph).enumerated() {
            for claim in conflict.claims {
                for source in claim.sources {
                    rows.append([
                        .int(n + 1), .string(conflict.kind.rawValue), .string(conflict.summary), .string(claim.statement),
                        .string(source.curation?.location ?? source.document), .int(source.offset), .string(source.quote),
                    ])
                }
            }
        }
        return rows
    }

    /// `explorer.queries()` over `queries`: one row per named query, in registration order.
    public static func queries(_ queries: [(plugin: String, query: NamedQuery)]) -> Procedure {
        Procedure(
            name: "explorer.queries",
            outputs: [
                .init("name", ProcedureType(.string)), .init("plugin", ProcedureType(.string)),
                .init("title", ProcedureType(.string)), .init("titleEnglish", ProcedureType(.string)),
                .init("parameters", ProcedureType(.list)), .init("cypher", ProcedureType(.string)),
            ],
            summary: "The named queries of the loaded plugins and packs: name, plugin, titles, parameters (name: type) and openCypher text."
        ) { _, _ in
            queries.map { owned in
                let query = owned.query
                return [
                    .string(query.id), .string(owned.plugin), .string(query.title.zh), .string(query.title.en),
                    .list(query.parameters.map { .string("\($0.name): \($0.type.rawValue)") }), .string(query.cypher),
                ]
            }
        }
    }

    private static func identifier(_ text: String, _ prefix: Character) -> Int? {
        guard text.first == prefix else { return nil }
        return Int(text.dropFirst())
    }
}
