import Graph
import RedisClient
import Testing
@testable import FalkorDB

private func s(_ text: String) -> RESPValue { .bulkString(Array(text.utf8)) }
private func a(_ items: RESPValue...) -> RESPValue { .array(items) }
private func i(_ n: Int) -> RESPValue { .integer(n) }

/// The compact result set as FalkorDB sends it (replies recorded from a server,
/// written out here as values), read into the explorer's own result.
@Suite struct FalkorResultDecoderTests {
    static let schema = FalkorSchema(
        labels: ["Agency", "Task"], types: ["LEADS"],
        keys: ["name", "explorer_id", "source_document", "source_offset", "source_length", "source_quote", "merge_key", "role", "w"])


    @Test func nodesRelationshipsAndScalarsBecomeTheExplorersValues() throws {
        let agency = a(i(8), a(i(10), a(i(0)), a(
            a(i(0), i(2), s("市发改委")), a(i(1), i(3), i(4)), a(i(6), i(2), s("agency:市发改委")),
            a(i(2), i(6), a(a(i(2), s("doc")))), a(i(3), i(6), a(a(i(3), i(5)))), a(i(4), i(6), a(a(i(3), i(6)))),
            a(i(5), i(6), a(a(i(2), s("市发改委牵头")))))))
        let edge = a(i(7), a(i(3), i(0), i(10), i(11), a(a(i(7), i(2), s("牵头单位")))))
        let reply = a(
            a(a(i(1), s("a")), a(i(1), s("r")), a(i(1), s("x")), a(i(1), s("m"))),
            a(a(agency, edge, a(i(5), s("0.333333333333333")), a(i(10), a(s("k"), a(i(4), s("true")))))),
            a(s("Cached execution: 0"), s("Nodes created: 0")))
        var decoder = FalkorResultDecoder(schema: Self.schema)
        let result = try decoder.result(reply)
        #expect(result.columns == ["a", "r", "x", "m"])
        guard case .node(let node) = result.rows[0][0], case .relationship(let r) = result.rows[0][1] else {
            Issue.record("not a node and a relationship: \(result.rows)"); return
        }
        let graph = decoder.graph
        #expect(graph.node(node).labels == ["Agency"])
        #expect(graph.node(node).properties == ["name": "市发改委"])
        #expect(graph.node(node).sources == [Provenance(document: "doc", offset: 5, length: 6, quote: "市发改委牵头")])
        #expect(graph.key(of: node) == "agency:市发改委")
        #expect(graph.relationship(r).type == "LEADS")
        #expect(graph.relationship(r).start == node)
        #expect(graph.relationship(r).properties == ["role": "牵头单位"])
        #expect(decoder.missingNodes == [11])
        #expect(result.rows[0][2] == .float(0.333333333333333))
        #expect(result.rows[0][3] == .map(["k": true]))
    }

    @Test func statisticsAndErrors() throws {
        var decoder = FalkorResultDecoder(schema: FalkorSchema())
        let created = try decoder.result(a(a(s("Labels added: 2"), s("Nodes created: 3"), s("Relationships created: 1"))))
        #expect(created.statistics.nodesCreated == 3 && created.statistics.relationshipsCreated == 1 && created.statistics.labelsAdded == 2)
        #expect(throws: FalkorError.self) { try decoder.result(.error("errMsg: Invalid input")) }
        #expect(throws: FalkorError.self) { try decoder.result(a(a(), a(a(i(3))))) }
        #expect(throws: FalkorSchema.UnknownID.self) {
            try decoder.result(a(a(a(i(1), s("n"))), a(a(a(i(8), a(i(0), a(i(4)), a())))), a()))
        }
    }

    @Test func addressesAreReadOrRefusedWithTheRightForm() throws {
        let address = try FalkorAddress("falkordb://127.0.0.1:6390/wuhan")
        #expect(address.host == "127.0.0.1" && address.port == 6390 && address.graph == "wuhan")
        #expect(try FalkorAddress("redis://db/g").port == 6379)
        #expect(try FalkorAddress("falkordb://[::1]:7000/g").host == "::1")
        for bad in ["127.0.0.1:6379/g", "http://x:1/g", "falkordb://x:1", "falkordb://x:99999/g", "falkordb://:1/g", "falkordb://x:1/a/b"] {
            #expect(throws: FalkorError.self, "\(bad)") { try FalkorAddress(bad) }
        }
    }

    @Test func parametersGoAsTheCypherPrefix() {
        #expect(FalkorGraph.withParameters("RETURN $n", [:]) == "RETURN $n")
        #expect(FalkorGraph.withParameters("RETURN $n, $m", ["n": "武汉", "m": 2]) == "CYPHER m=2 n='武汉' RETURN $n, $m")
    }
}
