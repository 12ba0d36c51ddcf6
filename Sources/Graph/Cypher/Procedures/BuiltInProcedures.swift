/// The procedures every engine has, as Neo4j names them. `dbms.procedures()` is
/// answered by the engine itself, which knows the whole catalog (see `QueryEngine+Procedures.swift`).
enum BuiltInProcedures {
    static let all: [Procedure] = [labels, relationshipTypes, propertyKeys, schemaVisualization, procedures]

    static let labels = Procedure(
        name: "db.labels", outputs: [.init("label", ProcedureType(.string))],
        summary: "Every node label in the graph, one row each, sorted."
    ) { _, graph in graph.labels.map { [.string($0)] } }

    static let relationshipTypes = Procedure(
        name: "db.relationshipTypes", outputs: [.init("relationshipType", ProcedureType(.string))],
        summary: "Every relationship type in the graph, one row each, sorted."
    ) { _, graph in graph.relationshipTypes.map { [.string($0)] } }

    static let propertyKeys = Procedure(
        name: "db.propertyKeys", outputs: [.init("propertyKey", ProcedureType(.string))],
        summary: "Every property key used by a node or relationship, one row each, sorted."
    ) { _, graph in
        var keys: Set<String> = []
        for node in graph.nodes { keys.formUnion(node.properties.keys) }
        for relationship in graph.relationships { keys.formUnion(relationship.properties.keys) }
        return keys.sorted().map { [.string($0)] }
    }

    static let schemaVisualization = Procedure(
        name: "db.schema.visualization",
        outputs: [.init("labels", ProcedureType(.list)), .init("patterns", ProcedureType(.list))],
        summary: "The graph's shape: its labels, and each (label)-[type]->(label) combination that occurs."
    ) { _, graph in
        var patterns: Set<[String]> = []
        for relationship in graph.relationships {
            let starts = graph.node(relationship.start).labels, ends = graph.node(relationship.end).labels
            for start in starts.isEmpty ? [""] : starts {
                for end in ends.isEmpty ? [""] : ends { patterns.insert([start, relationship.type, end]) }
            }
        }
        let rows = patterns.sorted { $0.lexicographicallyPrecedes($1) }.map { triple in
            Value.map(["start": .string(triple[0]), "type": .string(triple[1]), "end": .string(triple[2])])
        }
        return [[.list(graph.labels.map(Value.string)), .list(rows)]]
    }

    /// Placeholder body: the engine answers `dbms.procedures()` from its catalog.
    static let procedures = Procedure(
        name: "dbms.procedures",
        outputs: [
            .init("name", ProcedureType(.string)), .init("signature", ProcedureType(.string)),
            .init("description", ProcedureType(.string)),
        ],
        summary: "Every procedure CALL can run: name, signature and what it does."
    ) { _, _ in [] }
}
