import Foundation
import Graph
import Testing
@testable import Plugins

/// The explorer's own procedures, contributed by a built-in plugin and run through CALL.
@Suite struct ExplorerProceduresTests {
    static func engine() throws -> QueryEngine {
        var graph = PropertyGraph()
        let quote = "市政协常委、民革市委委员廖小平"
        let stated = Provenance(document: "report", offset: 5, length: quote.utf8.count, quote: quote)
        let curated = Provenance.curated(
            .init(file: "curation.cypher", line: 3, note: "checked", statement: "MATCH (p) SET p.x = 1"), offset: 40, length: 21)
        let person = try graph.addNode(labels: ["Person"], properties: ["name": "廖小平"], sources: [stated, curated])
        let minge = try graph.addNode(labels: ["Party"], properties: ["name": "民革", "kind": "party"], sources: [stated])
        let nonggong = try graph.addNode(labels: ["Party"], properties: ["name": "农工党", "kind": "party"], sources: [stated])
        try graph.addRelationship(type: "MEMBER_OF", from: person, to: minge, sources: [stated])
        try graph.addRelationship(type: "MEMBER_OF", from: person, to: nonggong, sources: [curated])
        let engine = QueryEngine(graph: graph)
        engine.procedures = try BuiltInPlugins.registry().procedureCatalog
        return engine
    }

    @Test func sourcesOfANodeByVariableIdOrNameWithTheCorrectionMarked() throws {
        let engine = try Self.engine()
        let byVariable = try engine.execute(
            "MATCH (p:Person) CALL explorer.sources(p) YIELD document, curated, note RETURN document, curated, note")
        #expect(byVariable.rows == [
            [.string("curation.cypher:3"), .bool(true), .string("checked")],
            [.string("report"), .bool(false), .null],
        ])
        let byName = try engine.execute("CALL explorer.sources('廖小平') YIELD element, quote RETURN element, quote")
        #expect(byName.rows.count == 2)
        #expect(byName.rows.contains([.string("n0"), .string("MATCH (p) SET p.x = 1")]))
        let byID = try engine.execute("CALL explorer.sources('r1')")
        #expect(byID.rows.count == 1)
        #expect(byID.rows[0][1] == .string("curation.cypher:3"))
        #expect(throws: QueryError.self) { try engine.execute("CALL explorer.sources('无此人')") }
        #expect(throws: QueryError.self) { try engine.execute("CALL explorer.sources(42)") }
    }

    @Test func conflictsAsRows() throws {
        let engine = try Self.engine()
        let result = try engine.execute("CALL explorer.conflicts() YIELD kind, document RETURN DISTINCT kind, document ORDER BY document")
        #expect(result.rows == [
            [.string("person-in-two-parties"), .string("curation.cypher:3")],
            [.string("person-in-two-parties"), .string("report")],
        ])
    }

    @Test func namedQueriesAsATableAndListedByDbmsProcedures() throws {
        let engine = try Self.engine()
        let queries = try engine.execute(
            "CALL explorer.queries() YIELD name, plugin, parameters WHERE name = 'work-plans.tasks-led-by' RETURN plugin, parameters")
        #expect(queries.rows == [[.string("work-plan-queries"), .list([.string("unit: string")])]])
        let listed = try engine.execute("CALL dbms.procedures() YIELD name WHERE name STARTS WITH 'explorer.' RETURN name")
        #expect(listed.rows == [[.string("explorer.conflicts")], [.string("explorer.queries")], [.string("explorer.sources")]])
    }
}
