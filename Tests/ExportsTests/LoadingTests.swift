import Foundation
import PeerEngines
import Graph
import Plugins
import Testing
@testable import Exports
@testable import FalkorDB

/// Every export loaded into the engine it is for, with the same counts per
/// label and type as the explorer's graph, and every named query's example
/// giving the same rows on FalkorDB as on the explorer. Skipped, with the
/// reason, where `scripts/setup-peers.sh` could not install the engines.
@Suite(.serialized, .enabled(if: Peers.available, Comment(rawValue: Peers.skipReason)))
struct LoadingTests {
    /// Named queries whose rows differ on FalkorDB (seen on the bundled dataset), reported as known issues until explained.
    @Test func theCypherScriptLoadsIntoFalkorDB() throws {
        let graph = try WuhanGraph.graph()
        let server = try FalkorServer()
        defer { server.stop() }
        let falkor = try FalkorGraph(FalkorAddress("falkordb://127.0.0.1:\(server.port)/script"))
        // The script's statements, as its text holds them one per `;` line.
        let parts = try CypherScriptExport.statements(graph)
        let statements = parts.nodes + parts.indexes + parts.relationships
        let script = String(decoding: try GraphExporter.export(graph, as: .cypher).files[0].contents, as: UTF8.self)
        #expect(statements.allSatisfy { script.contains($0 + ";\n") })
        #expect(statements.count > 3)
        var created = (nodes: 0, relationships: 0)
        for statistics in try falkor.pipelined(statements) {
            created.nodes += statistics.nodesCreated
            created.relationships += statistics.relationshipsCreated
        }
        #expect(created.nodes == graph.nodeCount && created.relationships == graph.relationshipCount)
        let counts = try falkor.counts()
        let expected = WuhanGraph.counts(graph)
        #expect(counts.labels == expected.labels)
        #expect(counts.types == expected.types)
    }

    @Test func pushLoadsAndEveryNamedQueryExampleGivesTheSameRowsOnFalkorDB() throws {
        let (registry, graph) = try WuhanGraph.loaded.get()
        let server = try FalkorServer()
        defer { server.stop() }
        let falkor = try FalkorGraph(FalkorAddress("falkordb://127.0.0.1:\(server.port)/wuhan"))
        var phases: Set<String> = []
        let report = try FalkorPush.push(graph, to: falkor, batchSize: 100, statementsPerRoundTrip: 4) { phase, _, _ in phases.insert(phase) }
        #expect(report.nodes == graph.nodeCount && report.relationships == graph.relationshipCount)
        #expect(phases == ["nodes", "relationships"])
        #expect(report.indexes == graph.labels.count * 3)
        let counts = try falkor.counts()
        let expected = WuhanGraph.counts(graph)
        #expect(counts.labels == expected.labels)
        #expect(counts.types == expected.types)
        // A second push into the same name is refused, not doubled.
        #expect(throws: FalkorError.self) { try FalkorPush.push(graph, to: falkor) }

        let engine = QueryEngine(graph: graph)
        let lexicons = registry.lexicons.map(\.item)
        var compared = 0
        for query in registry.namedQueries.map(\.item) {
            var parameters = query.example.parameters
            for parameter in query.parameters where parameters[parameter.name] == nil { parameters[parameter.name] = parameter.defaultValue }
            parameters = query.resolvingNames(parameters, in: graph, lexicons: lexicons)
            let local = try query.run(on: engine, parameters: parameters)
            let remote = try falkor.query(query.cypher, parameters: parameters)
            #expect(remote.result.columns == local.columns, "\(query.id)")
            let localRows = RowComparison.canonical(local.rows, in: graph)
            let remoteRows = RowComparison.canonical(remote.result.rows, in: remote.graph)
            // Lists built by collect() follow the rows' order, which openCypher leaves to the
            // engine: the named queries sort before collecting, so both engines agree.
            #expect(localRows == remoteRows, "\(query.id): explorer \(localRows.prefix(5)) …, FalkorDB \(remoteRows.prefix(5)) …")
            #expect(!local.rows.isEmpty, "\(query.id): the example gives no rows, so the comparison shows nothing")
            compared += 1
        }
        #expect(compared == registry.namedQueries.count && compared >= 9)
    }

    @Test func theKuzuFolderLoadsIntoKuzuWithTheSameCounts() throws {
        let graph = try WuhanGraph.graph()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kuzu-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in try GraphExporter.export(graph, as: .kuzu).files {
            try file.contents.write(to: folder.appendingPathComponent(file.path))
        }
        // Kùzu's dialect: label(r) where openCypher says type(r), and one table per node (its label set).
        let output = try Peers.runPython(
            """
            import json, os, sys, kuzu
            folder = sys.argv[1]
            os.chdir(folder)
            connection = kuzu.Connection(kuzu.Database(os.path.join(folder, "db")))
            for name in ("schema.cypher", "load.cypher"):
                for statement in open(name, encoding="utf-8").read().split(";\\n"):
                    if statement.strip():
                        connection.execute(statement)
            def rows(query):
                result = connection.execute(query)
                out = []
                while result.has_next():
                    out.append(result.get_next())
                return out
            tables = {row[0]: row[1] for row in rows("MATCH (n) RETURN label(n), count(*)")}
            types = {row[0]: row[1] for row in rows("MATCH ()-[r]->() RETURN label(r), count(*)")}
            quote = rows("MATCH (n) WHERE n.source_quote IS NOT NULL RETURN n.source_quote LIMIT 1")
            print(json.dumps({"tables": tables, "types": types, "quote": quote[0][0] if quote else None}, ensure_ascii=False))
            """, arguments: [folder.path])
        let json = try JSON.parse(output)
        var tables: [String: Int] = [:]
        for node in graph.nodes { tables[KuzuExport.tableName(node.labels), default: 0] += 1 }
        guard case .object(let loadedTables)? = json["tables"], case .object(let loadedTypes)? = json["types"] else {
            Issue.record("Kùzu printed \(output)"); return
        }
        #expect(Dictionary(uniqueKeysWithValues: loadedTables.map { ($0.0, $0.1.intValue ?? -1) }) == tables)
        #expect(Dictionary(uniqueKeysWithValues: loadedTypes.map { ($0.0, $0.1.intValue ?? -1) }) == WuhanGraph.counts(graph).types)
        // Provenance made it across: the quotes are JSON text of a list.
        guard case .string(let quote)? = json["quote"], case .array(let quotes) = try JSON.parse(quote) else {
            Issue.record("no source_quote in Kùzu: \(output)"); return
        }
        #expect(!quotes.isEmpty)
    }

    @Test func networkXReadsTheGraphMLWithTheSameCounts() throws {
        let graph = try WuhanGraph.graph()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("graph-\(UUID().uuidString).graphml")
        defer { try? FileManager.default.removeItem(at: file) }
        try GraphExporter.export(graph, as: .graphml).files[0].contents.write(to: file)
        let output = try Peers.runPython(
            """
            import json, sys, collections, networkx
            g = networkx.read_graphml(sys.argv[1])
            labels = collections.Counter()
            for _, data in g.nodes(data=True):
                for label in data.get("labels", "").split(":"):
                    if label:
                        labels[label] += 1
            types = collections.Counter(data.get("type") for _, _, data in g.edges(data=True))
            sources = sum(1 for _, data in g.nodes(data=True) if data.get("sources", "[]") != "[]")
            print(json.dumps({"labels": labels, "types": types, "nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "sourced": sources}, ensure_ascii=False))
            """, arguments: [file.path])
        let json = try JSON.parse(output)
        let expected = WuhanGraph.counts(graph)
        #expect(json["nodes"]?.intValue == graph.nodeCount)
        #expect(json["edges"]?.intValue == graph.relationshipCount)
        guard case .object(let labels)? = json["labels"], case .object(let types)? = json["types"] else {
            Issue.record("NetworkX printed \(output)"); return
        }
        #expect(Dictionary(uniqueKeysWithValues: labels.map { ($0.0, $0.1.intValue ?? -1) }) == expected.labels)
        #expect(Dictionary(uniqueKeysWithValues: types.map { ($0.0, $0.1.intValue ?? -1) }) == expected.types)
        #expect(json["sourced"]?.intValue == graph.nodes.filter { !$0.sources.isEmpty }.count)
    }
}

/// Rows in a form two engines' answers compare in: nodes and relationships as
/// their labels or type, properties and sources (ids differ between engines),
/// floats to 12 significant digits (FalkorDB sends 15), rows sorted.
enum RowComparison {
    static func canonical(_ rows: [[Value]], in graph: PropertyGraph) -> [String] {
        rows.map { row in row.map { text($0, graph) }.joined(separator: " | ") }.sorted()
    }

    static func text(_ value: Value, _ graph: PropertyGraph) -> String {
        switch value {
        case .float(let d): return String(format: "%.12g", d)
        // The exports write dates as ISO text, so a date here meets its text there.
        case .temporal(let t): return "\(Value.string(t.isoText))"
        case .list(let items): return "[" + items.map { text($0, graph) }.joined(separator: ", ") + "]"
        case .map(let entries): return "{" + entries.keys.sorted().map { "\($0): \(text(entries[$0]!, graph))" }.joined(separator: ", ") + "}"
        case .node(let id):
            let node = graph.node(id)
            return "(\(node.labels.joined(separator: ":")) \(text(.map(node.properties), graph)) \(node.sources))"
        case .relationship(let id):
            let r = graph.relationship(id)
            return "[\(r.type) \(text(.map(r.properties), graph)) \(r.sources)]"
        case .path(let path):
            return "<" + path.nodes.map { text(.node($0), graph) }.joined(separator: "-") + ">"
        default: return "\(value)"
        }
    }
}

extension JSON {
    /// The integer of a JSON number without a fraction, for reading the peers' counts.
    var intValue: Int? { if case .int(let i) = self { return i } else { return nil } }
}
