import Foundation
import Testing
@testable import Plugins

@Suite struct DatasetManifestTests {
    private func manifest(_ text: String) throws -> DatasetManifest {
        try DatasetManifest(text: text, file: "ds/manifest.yaml")
    }

    private func problem(_ text: String) -> String {
        do {
            _ = try manifest(text)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func entriesWithMetadataAndBareFileNames() throws {
        let read = try manifest("""
            name: chengdu
            city: 成都
            url: https://example.org/kept-by-the-author
            documents:
              - file: documents/a.txt
                title: 大会发言摘编
                date: 2025-01-15
                kind: plenary-speeches
              - documents/b.txt
            """)
        #expect(read.name == "chengdu")
        #expect(read.city == "成都")
        #expect(read.documents.map(\.file) == ["documents/a.txt", "documents/b.txt"])
        #expect(read.documents[0].date == "2025-01-15" && read.documents[0].title == "大会发言摘编")
        #expect(read.documents[1].date == nil)
    }

    /// The manifest's city reaches every document, and with it 市政协 means that city's CPPCC.
    @Test func theManifestCityIsEveryDocumentsCity() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("city-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "city: 成都\ndocuments:\n  - a.txt\n".write(to: folder.appendingPathComponent("manifest.yaml"), atomically: true, encoding: .utf8)
        try "大会发言\n\n推动民营经济发展\n\n张建国(市政协常委、民建市委会副主委)\n\n优化营商环境。\n"
            .write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let dataset = try Dataset.open(folder.path)
        #expect(try dataset.readDocuments().map(\.city) == ["成都"])
        let graph = try dataset.buildGraph(registry: BuiltInPlugins.registry())
        let organizations = Set(graph.nodes(withLabel: "Organization").compactMap { graph.node($0).name })
        #expect(organizations.contains("成都市政协") && !organizations.contains("武汉市政协"))
    }

    @Test func aMisspelledKeyIsNamedWithTheKeyItResembles() {
        #expect(problem("documents:\n  - file: a.txt\n    titel: x\n")
            == "ds/manifest.yaml:3:5: unknown key 'titel' in a document entry; did you mean 'title'?")
        #expect(problem("documnets:\n  - a.txt\n")
            == "ds/manifest.yaml:1:1: unknown key 'documnets' in the manifest; did you mean 'documents'?")
    }

    @Test func aDateThatIsNoDateIsRefused() {
        #expect(problem("documents:\n  - file: a.txt\n    date: 2025-13-45\n")
            == "ds/manifest.yaml:3:11: date '2025-13-45' is not a date written YYYY-MM-DD, e.g. 2025-05-05")
    }

    @Test func syntaxErrorsAndMissingPartsSayWhere() {
        #expect(problem("name: x\ndocuments: [\n").hasPrefix("ds/manifest.yaml:3:1: YAML syntax error"))
        #expect(problem("name: x\n").hasPrefix("ds/manifest.yaml:1:1: the manifest needs 'documents'"))
        #expect(problem("documents: []\n").hasPrefix("ds/manifest.yaml:1:12: 'documents' lists no document"))
        #expect(problem("documents:\n  - title: x\n").hasPrefix("ds/manifest.yaml:2:5: a document entry needs 'file'"))
    }

    @Test func aListedFileThatIsMissingIsNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("documents:\n  - missing.txt\n".utf8).write(to: folder.appendingPathComponent("manifest.yaml"))
        let dataset = try Dataset.open(folder.path)
        let error = #expect(throws: DatasetError.self) { try dataset.readDocuments() }
        #expect(error?.message.hasPrefix("missing.txt does not exist (looked for ") == true)
    }
}
