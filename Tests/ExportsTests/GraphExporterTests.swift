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

    /// Every format writes a date as ISO text, never as the snapshot's marker object.
    @Test func temporalValuesAreWrittenAsISOText() throws {
        var graph = PropertyGraph()
        let day = Value.temporal(.date(try LocalDate(year: 2025, month: 6, day: 30)))
        _ = try graph.addNode(labels: ["Document"], properties: ["name": "d", "date": day, "dates": [day, day]])
        for format in ExportFormat.allCases {
            let text = try GraphExporter.export(graph, as: format).files.map { String(decoding: $0.contents, as: UTF8.self) }
                .joined(separator: "\n")
            #expect(text.contains("2025-06-30"), "\(format)")
            #expect(!text.contains("$temporal"), "\(format)")
        }
    }
}
