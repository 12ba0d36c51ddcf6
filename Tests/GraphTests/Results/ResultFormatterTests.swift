import Testing
@testable import Graph

@Suite struct ResultFormatterTests {
    private func sample() throws -> (QueryResult, PropertyGraph) {
        let engine = QueryEngine(graph: PropertyGraph())
        _ = try engine.execute("""
            CREATE (:Agency {name: '市发展改革委'})-[:LEADS {since: 2024}]->(:Task {code: 'T1', name: '发展人工智能产业，建设算力中心，培育一批具有全国影响力的人工智能企业和创新平台'})
            """)
        let result = try engine.execute("""
            MATCH (a:Agency)-[r]->(t:Task) RETURN a.name AS unit, type(r) AS type, t.code, t.name AS task, r, 1.0 AS score, null AS nothing
            """)
        return (result, engine.graph)
    }

    @Test func tableAlignsChineseAndCutsWideValues() throws {
        let (result, graph) = try sample()
        let text = ResultFormatter(graph: graph, maxCellWidth: 30).format(result, as: .table)
        try Golden.check(text, file: "table.txt")
        let lines = text.split(separator: "\n").dropLast()
        // Every table line has the same display width.
        #expect(Set(lines.map { DisplayWidth.of(String($0)) }).count == 1)
        #expect(text.contains("…"))
    }

    @Test func jsonShapeIsStable() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        _ = try engine.execute("CREATE (:A {name: 'x'})-[:T {w: 1}]->(:B)")
        let result = try engine.execute("MATCH p = (a)-[r]->(b) RETURN a, r, p LIMIT 1")
        let text = ResultFormatter(graph: engine.graph).format(result, as: .jsonl)
        #expect(text == """
            {"a":{"id":0,"labels":["A"],"properties":{"name":"x"}},"r":{"id":0,"type":"T","start":0,"end":1,"properties":{"w":1}},"p":{"nodes":[{"id":0,"labels":["A"],"properties":{"name":"x"}},{"id":1,"labels":["B"],"properties":{}}],"relationships":[{"id":0,"type":"T","start":0,"end":1,"properties":{"w":1}}]}}

            """)
        let json = ResultFormatter(graph: engine.graph).json(result)
        #expect(json["columns"] == .array(["a", "r", "p"].map(JSON.string)))
    }

    @Test func csvQuotesAndMarkdownEscapes() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        let result = try engine.execute("RETURN 'a,b' AS x, 'say \"hi\"' AS y, 'p|q' AS z, null AS n")
        let formatter = ResultFormatter(graph: engine.graph)
        #expect(formatter.format(result, as: .csv) == "x,y,z,n\r\n\"a,b\",\"say \"\"hi\"\"\",p|q,\r\n")
        #expect(formatter.format(result, as: .markdown) == "| x | y | z | n |\n| --- | --- | --- | --- |\n| a,b | say \"hi\" | p\\|q | null |\n")
    }

    @Test func displayWidth() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("人工智能") == 8)
        #expect(DisplayWidth.of("（全角）") == 8)
        #expect(DisplayWidth.truncate("人工智能产业", to: 7) == "人工智…")
    }
}
