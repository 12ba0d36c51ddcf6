import Foundation
import Graph
import Plugins
import Testing

@testable import Diagrams

@Suite struct DiagramRendererTests {
    /// A fresh folder per test, removed afterwards.
    final class Scratch {
        let folder: URL
        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("diagrams-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: folder) }
        func url(_ name: String) -> URL { folder.appendingPathComponent(name) }
        var leftovers: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".") }
        }
    }

    let renderer = DiagramRenderer(warn: { _ in })

    @Test func svgContainsTheChineseLabelsAndTheFont() throws {
        let scratch = try Scratch()
        let graph = try Fixtures.cppcc()
        let report = try renderer.render(graph, to: scratch.url("graph.svg"))
        let svg = try String(contentsOf: scratch.url("graph.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<?xml"))
        for name in ["梁鸣", "民建", "市发展改革委", "市科技创新局", "人工智能", "主委"] {
            #expect(svg.contains(name), "\(name) missing from the SVG")
        }
        #expect(svg.contains("id=\"n0\""))
        #expect(report.nodeCount == graph.nodeCount)
        #expect(report.relationshipCount == graph.relationshipCount)
        if let font = report.fontName { #expect(svg.contains("font-family=\"\(font)")) }
        #expect(scratch.leftovers.isEmpty)
    }

    @Test(arguments: [("png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), ("pdf", Array("%PDF-".utf8))])
    func binaryFormatsStartWithTheirMagicBytes(ext: String, magic: [UInt8]) throws {
        let scratch = try Scratch()
        let graph = try Fixtures.cppcc()
        let url = scratch.url("graph.\(ext)")
        let report = try renderer.render(graph, to: url, layout: "neato")
        let data = try Data(contentsOf: url)
        #expect(Array(data.prefix(magic.count)) == magic)
        #expect(data.count > 1000)
        #expect(report.format.rawValue == ext)
    }

    @Test func dotFileIsTheSourceTextWithoutLayout() throws {
        let scratch = try Scratch()
        let graph = try Fixtures.cppcc()
        try renderer.render(graph, to: scratch.url("graph.gv"), layout: "twopi")
        let written = try String(contentsOf: scratch.url("graph.gv"), encoding: .utf8)
        #expect(written == (try renderer.dotSource(graph, subgraph: Subgraph(wholeOf: graph), layout: "twopi")))
        #expect(written.contains("layout=\"twopi\""))
        #expect(!written.contains("pos="))
    }

    @Test(arguments: DiagramLayout.allCases)
    func everyLayoutRenders(layout: DiagramLayout) throws {
        let graph = try Fixtures.cppcc()
        let (data, _) = try renderer.renderData(
            graph, subgraph: Subgraph(wholeOf: graph), format: .svg, layout: layout.rawValue)
        #expect(String(decoding: data, as: UTF8.self).contains("市科技创新局"))
    }

    @Test func onlyTheGivenNodesAndTheRelationshipsAmongThemAreDrawn() throws {
        let graph = try Fixtures.cppcc()
        let (data, report) = try renderer.renderData(
            graph, subgraph: graph.inducedSubgraph(nodes: [NodeID(0), NodeID(2)]), format: .svg)
        let svg = String(decoding: data, as: UTF8.self)
        #expect(report.nodeCount == 2 && report.relationshipCount == 1)
        #expect(svg.contains("梁鸣") && !svg.contains("市发展改革委"))
    }

    @Test func tooManyNodesIsRefusedWithAdviceAndNothingIsWritten() throws {
        let scratch = try Scratch()
        let graph = try Fixtures.ring(count: 12)
        let capped = DiagramRenderer(options: DiagramOptions(maxNodes: 10), warn: { _ in })
        let error = #expect(throws: DiagramError.self) { try capped.render(graph, to: scratch.url("ring.svg")) }
        #expect(error?.kind == .tooManyNodes)
        #expect(error?.message.contains("12 nodes") == true)
        // The renderer names no flag: the shell and `explorer run` have no --around or --max-nodes.
        #expect(error?.message.contains("--") == false)
        #expect(error?.message(narrowing: "use --label L") == "\(error?.message ?? ""); use --label L")
        #expect(!FileManager.default.fileExists(atPath: scratch.url("ring.svg").path))
        #expect(try capped.render(graph, nodes: (0..<10).map(NodeID.init), to: scratch.url("ten.svg")).nodeCount == 10)
    }

    @Test func onlyTheNodeCapTakesNarrowingAdvice() {
        let layout = DiagramError(.unknownLayout, "unknown layout 'foo'")
        #expect(layout.message(narrowing: "use --label L") == "unknown layout 'foo'")
    }

    @Test func defaultCapIsThreeHundred() {
        #expect(DiagramOptions().maxNodes == 300)
    }

    @Test func unknownExtensionAndLayoutAreRefused() throws {
        let scratch = try Scratch()
        let graph = try Fixtures.cppcc()
        let format = #expect(throws: DiagramError.self) { try renderer.render(graph, to: scratch.url("graph.jpg")) }
        #expect(format?.kind == .unknownFormat)
        #expect(format?.message.contains(".svg, .png, .pdf or .dot") == true)
        let bare = #expect(throws: DiagramError.self) { try renderer.render(graph, to: scratch.url("graph")) }
        #expect(bare?.kind == .unknownFormat)
        let layout = #expect(throws: DiagramError.self) {
            try renderer.render(graph, to: scratch.url("graph.svg"), layout: "spring")
        }
        #expect(layout?.kind == .unknownLayout)
        #expect(layout?.message.contains("sfdp") == true)
    }

    @Test func unwritablePathsAreReportedAndLeaveNoTemporaryFile() throws {
        let scratch = try Scratch()
        let graph = try Fixtures.cppcc()
        let missing = #expect(throws: DiagramError.self) {
            try renderer.render(graph, to: scratch.url("no-such-folder/graph.svg"))
        }
        #expect(missing?.kind == .cannotWrite)
        #expect(missing?.message.contains("does not exist") == true)
        // A folder where the file should go: the rename fails, the temporary file goes away.
        try FileManager.default.createDirectory(at: scratch.url("taken.svg"), withIntermediateDirectories: false)
        let taken = #expect(throws: DiagramError.self) { try renderer.render(graph, to: scratch.url("taken.svg")) }
        #expect(taken?.kind == .cannotWrite)
        #expect(scratch.leftovers.isEmpty)
    }

    @Test func anExistingFileIsReplacedWhole() throws {
        let scratch = try Scratch()
        let url = scratch.url("graph.svg")
        try Data(String(repeating: "old ", count: 100_000).utf8).write(to: url)
        try renderer.render(try Fixtures.cppcc(), to: url)
        let svg = try String(contentsOf: url, encoding: .utf8)
        #expect(svg.hasPrefix("<?xml") && svg.hasSuffix("</svg>\n") && !svg.contains("old "))
    }

    @Test func missingCJKFontWarnsButStillRenders() throws {
        let scratch = try Scratch()
        let warnings = WarningLog()
        var bare = DiagramRenderer(warn: { warnings.append($0) })
        bare.locateFont = { nil }
        let report = try bare.render(try Fixtures.cppcc(), to: scratch.url("graph.png"))
        #expect(report.fontName == nil)
        #expect(warnings.all.contains(CJKFont.missingWarning))
        #expect(report.warnings.contains(CJKFont.missingWarning))
        #expect(FileManager.default.fileExists(atPath: scratch.url("graph.png").path))
    }

    @Test func graphvizWarningsReachTheCaller() throws {
        let warnings = WarningLog()
        let odd = DiagramStyle.schema.merging(DiagramStyle(id: "odd", nodes: ["Person": .init(shape: "blob")]))
        let renderer = DiagramRenderer(style: odd, warn: { warnings.append($0) })
        let (_, report) = try renderer.renderData(try Fixtures.cppcc(), subgraph: Subgraph(wholeOf: try Fixtures.cppcc()), format: .svg)
        #expect(report.warnings.contains { $0.hasPrefix("warning: Graphviz:") && $0.contains("blob") })
        #expect(warnings.all == report.warnings)
    }

    @Test func aSlowLayoutOnALargeDiagramIsWarnedAbout() throws {
        let warnings = WarningLog()
        let renderer = DiagramRenderer(warn: { warnings.append($0) })
        let graph = try Fixtures.ring(count: 151)
        _ = try renderer.renderData(graph, subgraph: Subgraph(wholeOf: graph), format: .dot, layout: "circo")
        #expect(warnings.all.isEmpty)
        let (_, report) = try renderer.renderData(graph, subgraph: Subgraph(wholeOf: graph), format: .svg, layout: "circo")
        #expect(report.warnings.contains { $0.contains("circo layout is slow above 150 nodes") })
    }

    @Test func eightConcurrentRendersAllSucceed() async throws {
        let scratch = try Scratch()
        let graph = try Fixtures.ring(count: 40)
        let renderer = self.renderer
        let formats = ["png", "svg", "pdf", "png", "svg", "pdf", "png", "svg"]
        let layouts = ["dot", "neato", "fdp", "sfdp", "circo", "twopi", "dot", "neato"]
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<8 {
                let url = scratch.url("ring-\(index).\(formats[index])")
                group.addTask { try renderer.render(graph, to: url, layout: layouts[index]).nodeCount }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 40, count: 8))
        for index in 0..<8 {
            let size = try FileManager.default.attributesOfItem(atPath: scratch.url("ring-\(index).\(formats[index])").path)[.size] as? Int
            #expect((size ?? 0) > 1000)
        }
    }
}

/// Collects warnings from a renderer, which may call from any thread.
final class WarningLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func append(_ item: String) { lock.lock(); items.append(item); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
