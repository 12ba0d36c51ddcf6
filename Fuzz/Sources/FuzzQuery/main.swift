import Foundation
import FuzzSupport
@testable import Graph

/// The query pipeline on a small graph: parse, bind, plan and execute, plus the
/// shell's helpers (statement splitting, notices, EXPLAIN, parameter values).
/// Any crash, hang (libFuzzer's -timeout) or runaway memory (-rss_limit_mb) is a finding;
/// a `QueryError` is the expected answer to most inputs.
let graph: PropertyGraph = {
    var graph = PropertyGraph()
    do {
        let agency = try graph.addNode(labels: ["Agency"], properties: ["name": "市发展改革委", "rank": 1])
        let other = try graph.addNode(labels: ["Agency"], properties: ["name": "市经信局", "rank": 2])
        let task = try graph.addNode(labels: ["Task"], properties: ["code": "T1", "year": 2025, "share": 0.5])
        let industry = try graph.addNode(labels: ["Industry"], properties: ["name": "人工智能", "tags": ["AI", "大模型"]])
        let person = try graph.addNode(labels: ["Person"], properties: ["name": "梁鸣"])
        try graph.addRelationship(type: "LEADS", from: agency, to: task)
        try graph.addRelationship(type: "RESPONSIBLE_FOR", from: other, to: task, properties: ["since": 2024])
        try graph.addRelationship(type: "ABOUT", from: task, to: industry)
        try graph.addRelationship(type: "MEMBER_OF", from: person, to: agency)
        try graph.addRelationship(type: "KNOWS", from: person, to: person)
    } catch {
        fatalError("the fuzz graph could not be built: \(error)")
    }
    return graph
}()

let limits = QueryLimits(timeout: 2, maxRows: 20_000, maxMemory: 512 << 20)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let engine = QueryEngine(graph: graph, limits: limits)
    _ = engine.notices(for: text)
    _ = try? engine.explain(text)
    _ = try? QueryEngine.parameterValue(text)
    let statements = (try? QueryEngine.statements(inScript: text)) ?? [(text, 0)]
    for statement in statements.prefix(4) {
        do {
            let result = try engine.execute(statement.text, parameters: ["p": .int(1), "name": .string("人工智能")])
            for row in result.rows { for value in row { _ = value.cypherLiteral } }
        } catch {
            _ = (error as? QueryError)?.rendered(query: statement.text)
        }
    }
    return 0
}

// SwiftPM names this file's top-level code the program's `main`, so libFuzzer's own
// `main` is not linked in; its driver is started here instead, with the same options.
exit(FuzzDriver.run(fuzzQuery))
