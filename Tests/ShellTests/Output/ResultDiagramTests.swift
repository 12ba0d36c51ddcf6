import Diagrams
import Foundation
import Graph
import Testing
@testable import Shell

@Suite struct ResultDiagramTests {
    @Test func aDiagramOverTheCapAdvisesWhatTheShellCanDo() throws {
        let graph = try ShellFixture.graph()
        let renderer = DiagramRenderer(options: DiagramOptions(maxNodes: 1), warn: { _ in })
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qa-\(UUID().uuidString).svg")
        let selection = Subgraph(wholeOf: graph)
        let error = #expect(throws: ShellError.self) {
            try ResultDiagram.draw(selection, of: graph, with: renderer, to: file, layout: "dot")
        }
        let message = error.map { "\($0)" } ?? ""
        #expect(message.contains("more than the limit of 1"))
        #expect(message.contains("and :render again"))
        // The command line's flags do not exist in the shell.
        #expect(!message.contains("--around") && !message.contains("--max-nodes"))
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    @Test func aResultWithTwoNodeColumnsDrawsAsAMatrix() throws {
        let graph = try ShellFixture.graph()
        let result = ResultTable(columns: ["a", "t"], rows: [[.node(NodeID(3)), .node(NodeID(4))]])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qa-\(UUID().uuidString).dot")
        defer { try? FileManager.default.removeItem(at: file) }
        let render = ResultDiagram.renderer(DiagramRenderer(font: .graphvizDefault, warn: { _ in }))
        let said = try render(RenderRequest(result: result, query: nil, graph: graph, file: file, layout: nil, view: "matrix"))
        #expect(said.contains("matrix of 2 nodes, 1 relationships"))
        let dot = try String(contentsOf: file, encoding: .utf8)
        #expect(dot.hasPrefix("digraph \"ownership_matrix\"") && dot.contains("建设算力中心") && dot.contains("●"))
        let error = #expect(throws: ShellError.self) {
            try render(RenderRequest(result: result, query: nil, graph: graph, file: file, layout: nil, view: "pie"))
        }
        #expect("\(error.map { "\($0)" } ?? "")".contains("unknown view 'pie'"))
    }
}
