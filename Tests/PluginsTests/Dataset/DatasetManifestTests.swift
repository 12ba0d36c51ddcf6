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
        #expect(read.documents.map(\.file) == ["documents/a.txt", "documents/b.txt"])
        #expect(read.documents[0].date == "2025-01-15" && read.documents[0].title == "大会发言摘编")
        #expect(read.documents[1].date == nil)
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
