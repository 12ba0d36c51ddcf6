import Foundation
import Graph
@testable import Shell

/// A small graph with Chinese names, aliases and provenance, and a session over it.
enum ShellFixture {
    static let sentence = "梁鸣是民盟成员，在武汉大学任教授。"

    static func graph() throws -> PropertyGraph {
        var graph = PropertyGraph()
        let quote = Provenance(document: "002_speeches", offset: 120, length: sentence.utf8.count, quote: sentence)
        let liang = try graph.addNode(labels: ["Person"], properties: ["name": "梁鸣"], sources: [quote])
        let party = try graph.addNode(labels: ["Party"], properties: ["name": "民盟", "kind": "party"], sources: [quote])
        _ = try graph.addNode(labels: ["Person"], properties: ["name": "李强"])
        let agency = try graph.addNode(labels: ["Agency"], properties: ["name": "市发展改革委"])
        try graph.addAlias("市发改委", to: agency)
        let task = try graph.addNode(labels: ["Task"], properties: ["code": "(一)1", "title": "建设算力中心"])
        try graph.addRelationship(type: "MEMBER_OF", from: liang, to: party, properties: ["role": "成员"], sources: [quote])
        try graph.addRelationship(type: "LEADS", from: agency, to: task)
        return graph
    }

    /// A session over the fixture graph reading `lines`, collecting what it prints.
    static func session(
        lines: [String] = [], interactive: Bool = false, runner: QueryRunner = TableRunner(),
        services: ((inout ShellServices) -> Void)? = nil
    ) throws -> (ShellSession, Transcript) {
        let transcript = Transcript()
        var shellServices = ShellServices(datasetName: "fixture", runner: runner)
        services?(&shellServices)
        let session = ShellSession(
            graph: try graph(), services: shellServices,
            reader: ScriptedLineReader(lines, interactive: interactive),
            output: ShellOutput(write: { transcript.out += $0 }, error: { transcript.err += $0 }))
        return (session, transcript)
    }
}

/// What a session printed.
final class Transcript: @unchecked Sendable {
    var out = ""
    var err = ""
}

/// Hands the session a fixed list of lines, then the end of input.
final class ScriptedLineReader: LineReader {
    private var lines: [String]
    let isInteractive: Bool
    private(set) var prompts: [String] = []
    private(set) var history: [String] = []

    init(_ lines: [String], interactive: Bool) {
        self.lines = lines
        self.isInteractive = interactive
    }

    func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        guard !lines.isEmpty else { return .endOfInput }
        let line = lines.removeFirst()
        return line == "<Ctrl-C>" ? .interrupted : .line(line)
    }

    func addHistory(_ entry: String) { history.append(entry) }
}

/// Answers every query with the statement it was given and the fixture's nodes,
/// and fails on statements containing FAIL.
final class TableRunner: QueryRunner, @unchecked Sendable {
    private(set) var statements: [String] = []
    private(set) var parameters: [[String: Value]] = []
    var result = ResultTable(columns: ["p", "name"], rows: [[.node(NodeID(0)), "梁鸣"], [.node(NodeID(2)), "李强"]])

    func execute(_ query: String, parameters: [String: Value]) throws -> ResultTable {
        statements.append(query)
        self.parameters.append(parameters)
        if query.contains("FAIL") { throw ShellError("no such thing as FAIL") }
        return result
    }
    func cancel() {}
    func explain(_ query: String) throws -> String { "plan of \(query)" }
    func describe(_ error: Error, query: String) -> String { "QueryError: \(error) in \(query)" }
    func changedGraph() -> PropertyGraph? { nil }
}
