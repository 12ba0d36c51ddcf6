import Foundation
import Graph
import Testing
@testable import Exports

@Suite struct GraphExporterTests {
    @Test func graphMLStaysWellFormedWithAControlCharacterInAQuote() throws {
        var graph = PropertyGraph()
        let quote = Provenance(document: "scan", offset: 0, length: 7, quote: "市\u{0C}政协")
        _ = try graph.addNode(labels: ["Organization"], properties: ["name": "市\u{0C}政协 <&>"], sources: [quote])
        let xml = GraphExporter.graphML(graph)
        #expect(!xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
        #expect(xml.contains("市\u{FFFD}政协 &lt;&amp;&gt;"))
    }
}
