import Graph
import Testing
@testable import Plugins

@Suite struct ExtractionCoverageTests {
    @Test func aDocumentNoSpeechOrTaskCitesIsNamed() throws {
        var graph = PropertyGraph()
        for id in ["plan", "speeches", "unknown-layout"] {
            _ = try graph.addNode(labels: ["Document"], properties: ["id": .string(id), "name": .string(id)])
        }
        let cite = { (document: String) in [Provenance(document: document, offset: 0, length: 3, quote: "任务")] }
        _ = try graph.addNode(labels: ["Task"], properties: ["code": "(一)1"], sources: cite("plan"))
        _ = try graph.addNode(labels: ["Speech"], properties: ["title": "发言"], sources: cite("speeches"))
        // A meeting named in passing proves nothing about the layout.
        _ = try graph.addNode(labels: ["Meeting"], properties: ["name": "会议"], sources: cite("unknown-layout"))
        #expect(ExtractionCoverage.documentsWithoutStructure(in: graph) == ["unknown-layout"])
    }
}
