import Foundation
import Testing
import Graph
@testable import Plugins

@Suite struct DocumentReaderTests {
    static let fixtures = WorkPlanExtractorTests.packageRoot.appendingPathComponent("Tests/PluginsTests/Fixtures")

    @Test func decodesGB18030() throws {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("work-plan-gb18030.txt"))
        let (text, encoding) = try DocumentReader.decodeDetectingEncoding(data, file: "plan.txt")
        #expect(encoding == .gb18030)
        #expect(text.hasPrefix("关于推进养老服务的工作方案"))
        #expect(text.contains("（牵头单位：市民政局；责任单位：市卫健委、各区人民政府）"))
    }

    /// A traditional-script page saved as Big5 (as Hong Kong, Macau and Taiwan sites do).
    @Test func decodesBig5() throws {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("work-plan-big5.txt"))
        let (text, encoding) = try DocumentReader.decodeDetectingEncoding(data, file: "plan.txt")
        #expect(encoding == .big5)
        #expect(text.hasPrefix("嘉興市2022年政府工作報告重點任務分解方案"))
        #expect(text.contains("（牽頭單位：市經信局；責任單位：市發改委、市科技局）"))
    }

    /// GB18030 text is never taken for Big5, nor Big5 for GB18030: each reads as its own.
    @Test func gb18030AndBig5KeepApart() throws {
        let gb = try Data(contentsOf: Self.fixtures.appendingPathComponent("work-plan-gb18030.txt"))
        #expect(!Big5.evidence([UInt8](gb)).isConfident)
        let big5 = try Data(contentsOf: Self.fixtures.appendingPathComponent("work-plan-big5.txt"))
        #expect(!GB18030.evidence([UInt8](big5)).isConfident)
    }

    @Test func utf8WithByteOrderMark() throws {
        let (text, encoding) = try DocumentReader.decodeDetectingEncoding(Data([0xEF, 0xBB, 0xBF] + Array("市政协".utf8)), file: "a.txt")
        #expect(text == "市政协")
        #expect(encoding == .utf8)
    }

    @Test func bytesThatAreNeitherSayWhere() {
        // 0x81 opens a GB18030 pair, but 0x20 cannot follow it; nor is it UTF-8.
        #expect(throws: DatasetError("bad.txt is neither UTF-8 (bad byte 0x81 at offset 3) nor GB18030 (bad sequence at offset 3); re-save it as UTF-8")) {
            try DocumentReader.decode(Data(Array("abc".utf8) + [0x81, 0x20]), file: "bad.txt")
        }
    }

    @Test func binaryIsRefused() {
        #expect(throws: DatasetError.self) { try DocumentReader.decode(Data([0x50, 0x4B, 0x03, 0x04, 0x00]), file: "x.txt") }
    }

    @Test func emptyDocumentIsAnError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString).txt")
        try Data("  \n\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: DatasetError("empty.txt is empty; remove it from the folder or the manifest")) {
            try DocumentReader.read(url, displayName: "empty.txt")
        }
    }

    @Test func titleAndDateFromTheText() {
        let text = "\n\n# 关于推进养老服务的工作方案\n\n2025年3月1日\n正文"
        #expect(DocumentMetadata.title(in: text) == "关于推进养老服务的工作方案")
        #expect(DocumentMetadata.date(file: "plan.txt", text: text) == "2025-03-01")
        #expect(DocumentMetadata.date(file: "2024-01-19-speeches.txt", text: text) == "2024-01-19")
        #expect(DocumentMetadata.date(file: "x.txt", text: "发布时间:2024-11-11 07:02") == "2024-11-11")
        #expect(DocumentMetadata.date(file: "x.txt", text: "没有日期") == nil)
    }

    @Test func aFolderWithoutManifestBuildsFromGB18030() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: Self.fixtures.appendingPathComponent("work-plan-gb18030.txt"), to: folder.appendingPathComponent("plan.txt"))
        let dataset = try Dataset.open(folder.path)
        let graph = try dataset.buildGraph(registry: BuiltInPlugins.registry())
        let document = try #require(graph.nodes(withLabel: "Document").first.map(graph.node))
        #expect(document.properties["title"] == "关于推进养老服务的工作方案")
        #expect(document.properties["date"] == .calendarDate("2025-03-01"))
        let task = try #require(graph.nodes(withLabel: "Task").first.map(graph.node))
        #expect(task.properties["code"] == "(一)1")
        let lead = try #require(graph.incoming(task.id).map(graph.relationship).first { $0.type == "LEADS" })
        #expect(graph.node(lead.start).name == "市民政局")
        // Offsets count the UTF-8 text after decoding.
        #expect(lead.sources.first?.quote == "市民政局")
    }
}

@Suite struct SnapshotStalenessTests {
    @Test func aDocumentNewerThanTheSnapshotMakesItStale() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stale-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("build"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = folder.appendingPathComponent("a.txt")
        try Data("市发改委。".utf8).write(to: document)
        let dataset = try Dataset.open(folder.path)
        #expect(dataset.snapshotIsStale)  // no snapshot yet
        try PropertyGraph().writeSnapshot(to: dataset.snapshotURL)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: document.path)
        #expect(!dataset.snapshotIsStale)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: document.path)
        #expect(dataset.snapshotIsStale)
    }

    @Test func everyUnreadableDocumentIsNamedAtOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("（一）1.建设算力中心。（牵头单位：市发改委）".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data("  \n".utf8).write(to: folder.appendingPathComponent("b.txt"))
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00]).write(to: folder.appendingPathComponent("c.txt"))
        let dataset = try Dataset.open(folder.path)
        let error = #expect(throws: DatasetError.self) { try dataset.buildGraph(registry: try BuiltInPlugins.registry()) }
        #expect(error?.message.hasPrefix("2 documents cannot be read; fix or remove them:\n  b.txt is empty") == true)
        #expect(error?.message.contains("\n  c.txt is not a text document") == true)
    }

    @Test func aDamagedSnapshotIsReportedAndTheDocumentsAreReadAgain() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("damaged-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("build"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = folder.appendingPathComponent("a.txt")
        try Data("（一）1.建设算力中心。（牵头单位：市发改委）".utf8).write(to: document)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: document.path)
        let dataset = try Dataset.open(folder.path)
        // A snapshot cut short in the middle of its nodes.
        try Data("{\"format\": \"policy-graph-snapshot\", \"version\": 1, \"nodes\": [".utf8).write(to: dataset.snapshotURL)
        #expect(!dataset.snapshotIsStale)
        var warnings: [String] = []
        let graph = try dataset.loadGraph(registry: try BuiltInPlugins.registry()) { warnings.append($0) }
        #expect(graph.nodeCount > 0)
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("not valid JSON") == true)
        #expect(warnings.first?.contains("extracting the documents again") == true)
    }
}
