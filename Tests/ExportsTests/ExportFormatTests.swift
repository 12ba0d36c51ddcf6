import Foundation
import Graph
import Testing
@testable import Exports

/// The formats without any engine: what each writes, and that the Cypher script
/// rebuilds the same graph when the explorer's own engine runs it.
@Suite struct ExportFormatTests {
    static func small() throws -> PropertyGraph {
        var graph = PropertyGraph()
        let quote = Provenance(document: "doc-1", offset: 3, length: 9, quote: "市发改委牵头; 'x' \"y\"")
        let agency = try graph.mergeNode(key: "agency:市发改委", labels: ["Agency"], properties: ["name": "市发改委", "aliases": ["发改委"]], source: quote)
        let task = try graph.addNode(labels: ["Task"], properties: ["code": "(一)1", "weight": 1.5, "open": true], sources: [quote])
        try graph.addRelationship(type: "LEADS", from: agency, to: task, properties: ["role": "牵头单位"], sources: [quote])
        return graph
    }

    @Test func formatNamesIncludingTheOlderCSVName() {
        #expect(ExportFormat(name: "csv") == .neo4jCSV)
        #expect(ExportFormat(name: "neo4j-csv") == .neo4jCSV)
        #expect(ExportFormat(name: "KUZU") == .kuzu)
        #expect(ExportFormat(name: "parquet") == nil)
        #expect(ExportFormat.neo4jCSV.writesFolder && ExportFormat.kuzu.writesFolder && !ExportFormat.cypher.writesFolder)
    }

    @Test func cypherLiteralsEscapeQuotesBackslashesAndControls() {
        #expect(CypherLiteral.string("it's a \\ path\n") == "'it\\'s a \\\\ path\\n'")
        #expect(CypherLiteral.string("a\u{0C}b") == "'a\\u000Cb'")
        #expect(CypherLiteral.name("name") == "name")
        #expect(CypherLiteral.name("名称") == "`名称`")
        #expect(CypherLiteral.name("a`b") == "`a``b`")
        #expect(CypherLiteral.name("1st") == "`1st`")
        #expect(CypherLiteral.value(.float(2)) == "2.0")
        #expect(CypherLiteral.value(.list([.int(1), .string("x")])) == "[1, 'x']")
        #expect(CypherLiteral.map(["b": .int(1), "a": .bool(true)]) == "{a: true, b: 1}")
    }

    @Test func theCypherScriptRebuildsTheGraphInTheExplorersOwnEngine() throws {
        let graph = try Self.small()
        let script = try CypherScriptExport.script(graph, batchSize: 1)
        let engine = QueryEngine(graph: PropertyGraph())
        for statement in try QueryEngine.statements(inScript: script) where !statement.text.contains("CREATE INDEX") {
            _ = try engine.execute(statement.text)
        }
        #expect(engine.graph.nodeCount == graph.nodeCount)
        #expect(engine.graph.relationshipCount == graph.relationshipCount)
        let row = try engine.execute(
            "MATCH (a:Agency)-[r:LEADS]->(t:Task) RETURN a.name, a.merge_key, r.role, t.code, t.weight, t.open, t.source_quote, a.aliases"
        ).rows
        #expect(row == [[
            "市发改委", "agency:市发改委", "牵头单位", "(一)1", .float(1.5), true, ["市发改委牵头; 'x' \"y\""], ["发改委"],
        ]])
    }

    @Test func aGraphPropertyNamedLikeTheBookkeepingIsRefused() throws {
        var graph = PropertyGraph()
        try graph.addNode(labels: ["Task"], properties: ["explorer_id": 7])
        #expect(throws: ExportError.self) { try CypherScriptExport.script(graph) }
        #expect(throws: ExportError.self) { try GraphExporter.export(graph, as: .kuzu) }
    }

    @Test func provenanceListsComeBackAsSources() throws {
        let sources = [Provenance(document: "d", offset: 1, length: 2, quote: "q"), Provenance(document: "e", offset: 5, length: 3, quote: "r")]
        #expect(BookkeepingProperties.sources(from: BookkeepingProperties.provenance(sources)) == sources)
        var broken = BookkeepingProperties.provenance(sources)
        broken[BookkeepingProperties.offset] = .list([.int(1)])
        #expect(BookkeepingProperties.sources(from: broken) == nil)
    }

    /// neo4j-admin's header grammar: `name:type` with the documented types, or the
    /// special `:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE` fields.
    static func headerProblems(_ header: String, relationships: Bool) -> [String] {
        let types: Set<String> = [
            "int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date",
            "localtime", "time", "localdatetime", "datetime", "duration",
        ]
        var problems: [String] = []
        var specials: [String] = []
        for field in header.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            let parts = field.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            if parts.count == 1 { if parts[0].isEmpty { problems.append("an empty field") }; continue }
            let name = parts[0]
            var type = parts[1]
            if ["ID", "LABEL", "START_ID", "END_ID", "TYPE"].contains(type) { specials.append(type); continue }
            if type.hasSuffix("[]") { type.removeLast(2) }
            if name.isEmpty || !types.contains(type) { problems.append("'\(field)' is not name:type") }
        }
        let wanted = relationships ? ["START_ID", "END_ID", "TYPE"] : ["ID", "LABEL"]
        if specials != wanted { problems.append("special fields \(specials), expected \(wanted)") }
        return problems
    }

    @Test func neo4jCSVHasAFilePerLabelAndTypeWithHeadersInTheDocumentedGrammar() throws {
        let graph = try WuhanGraph.graph()
        let files = try GraphExporter.export(graph, as: .neo4jCSV).files
        let counts = WuhanGraph.counts(graph)
        var nodeRows = 0
        var relationshipRows = 0
        for file in files where file.path.hasSuffix(".csv") {
            let text = String(decoding: file.contents, as: UTF8.self)
            let header = String(text.prefix { $0 != "\n" })
            let isRelationships = file.path.hasPrefix("relationships-")
            #expect(Self.headerProblems(header, relationships: isRelationships).isEmpty, "\(file.path): \(header)")
            let rows = try CSVRecords.parse(text).dropFirst()
            if isRelationships { relationshipRows += rows.count } else { nodeRows += rows.count }
        }
        #expect(nodeRows == graph.nodeCount)
        #expect(relationshipRows == graph.relationshipCount)
        #expect(files.filter { $0.path.hasPrefix("nodes-") }.count == Set(graph.nodes.map(\.labels)).count)
        #expect(Set(counts.types.keys).allSatisfy { type in files.contains { $0.path.hasPrefix("relationships-\(type)-") } })
        let script = String(decoding: try #require(files.first { $0.path == "import.sh" }).contents, as: UTF8.self)
        for file in files where file.path.hasSuffix(".csv") { #expect(script.contains("=\(file.path)"), "\(file.path)") }
        #expect(script.contains("neo4j-admin database import full"))
    }
}
