import Foundation
import Testing

@Suite struct BuildCommandTests {
    @Test func missingDatasetFolderFailsWithItsName() throws {
        let result = try ExplorerRunner.run(["build", "/nonexistent/dataset-folder"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/nonexistent/dataset-folder"))
        #expect(result.stderr.contains("does not exist"))
    }

    @Test func theDefaultDatasetOutsideThePackageFolderSaysItIsTheDefault() throws {
        let elsewhere = FileManager.default.temporaryDirectory
        let result = try ExplorerRunner.run(["query", "RETURN 1"], in: elsewhere)
        #expect(result.status != 0)
        #expect(result.stderr.contains("no DATASET given, and the default graphs/wuhan-cppcc is not in this folder"))
        #expect(result.stderr.contains("run explorer from the package folder"))
    }

    @Test func aDocumentInALayoutNoExtractorKnowsIsNamedAfterTheBuild() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("layout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A speaker in 【】 with a middle dot: no extractor reads that layout (王海峰委员（民进市委会）：TITLE is read now).
        let text = "某市政协大会发言摘要\n\n【王海峰·民进】推动人工智能深度融合\n\n建议市经信局加快建设算力中心。\n"
        try text.write(to: folder.appendingPathComponent("speeches.txt"), atomically: true, encoding: .utf8)
        let built = try ExplorerRunner.run(["build", folder.path])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr.contains("1 document gave no speech or task"))
        #expect(built.stderr.contains("\n  speeches\n"))
        let copy = try Self.copyOfWuhan()
        defer { try? FileManager.default.removeItem(at: copy) }
        let wuhan = try ExplorerRunner.run(["build", copy.path])
        #expect(!wuhan.stderr.contains("gave no speech or task"))
    }

    /// A copy of the bundled dataset in a fresh temporary folder.
    static func copyOfWuhan() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wuhan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = ExplorerRunner.packageRoot.appendingPathComponent("graphs/wuhan-cppcc")
        try FileManager.default.copyItem(at: source.appendingPathComponent("documents"), to: folder.appendingPathComponent("documents"))
        try FileManager.default.copyItem(at: source.appendingPathComponent("manifest.yaml"), to: folder.appendingPathComponent("manifest.yaml"))
        return folder
    }

    @Test func buildingTwiceGivesByteIdenticalSnapshots() throws {
        let folder = try Self.copyOfWuhan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let snapshot = folder.appendingPathComponent("build/graph.snapshot")
        let first = try ExplorerRunner.run(["build", folder.path, "--format", "text"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains(":Task"))
        let a = try Data(contentsOf: snapshot)
        let second = try ExplorerRunner.run(["build", folder.path])
        #expect(second.status == 0)
        let b = try Data(contentsOf: snapshot)
        #expect(a == b)
        #expect(a.count > 10_000)
    }

    @Test func aFolderOfTextFilesWithoutManifestBuilds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = ExplorerRunner.packageRoot.appendingPathComponent("graphs/wuhan-cppcc/documents")
        try FileManager.default.copyItem(
            at: documents.appendingPathComponent("2025-05-05-work-plan-proposal-2.txt"), to: folder.appendingPathComponent("plan.txt"))
        let result = try ExplorerRunner.run(["build", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let exported = folder.appendingPathComponent("export.json")
        let export = try ExplorerRunner.run(["export", folder.path, "-o", exported.path])
        #expect(export.status == 0, "\(export.stderr)")
        let snapshot = try String(contentsOf: exported, encoding: .utf8)
        // Title from the first line, date from the text (2025年5月5日).
        #expect(snapshot.contains("\"title\": \"市人民政府办公厅关于印发市政协十四届四次会议2号建议案办理工作方案的通知\""))
        #expect(snapshot.contains("\"date\": \"2025-05-05\""))
        #expect(snapshot.contains("\"code\": \"(三)3\""))
    }

    @Test(arguments: [
        ("empty.txt", Data("\n \n".utf8), "empty.txt is empty"),
        ("broken.txt", Data([0xE5, 0x8F, 0x81, 0x20, 0xFF, 0xFE, 0x41]), "broken.txt is neither UTF-8"),
    ])
    func badDocumentFailsAndWritesNothing(name: String, bytes: Data, message: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("市发改委牵头。".utf8).write(to: folder.appendingPathComponent("a-good.txt"))
        try bytes.write(to: folder.appendingPathComponent(name))
        let result = try ExplorerRunner.run(["build", folder.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("build/graph.snapshot").path))
    }
}
