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
}
