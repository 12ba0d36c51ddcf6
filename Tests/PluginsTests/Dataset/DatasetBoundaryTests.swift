import Foundation
import Graph
import Testing
@testable import Plugins

/// What a dataset may read, and what it says when it cannot: nothing outside
/// its folder, nothing lost without a word.
@Suite struct DatasetBoundaryTests {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("boundary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func link(_ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent(path).path, withDestinationPath: target)
    }

    /// The message of the error building the dataset throws, or nil.
    func buildError(skip: Bool = false) -> String? {
        defer { try? FileManager.default.removeItem(at: root) }
        do {
            var dataset = try Dataset.open(root.path, skipUnreadable: skip)
            _ = try dataset.buildGraphRecordingSkipped(registry: PluginRegistry())
            return nil
        } catch let error as DatasetError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    @Test func aManifestEntryClimbingOutOfTheFolderIsRefused() throws {
        try write("manifest.yaml", "documents:\n  - file: ../../../../../../etc/os-release\n")
        let message = try #require(buildError())
        #expect(message.contains("outside the dataset folder"))
        #expect(message.contains("copy the file in"))
    }

    @Test func aLinkLeadingOutOfTheFolderIsRefused() throws {
        try write("a.txt", "市政协会议\n")
        try link("b.txt", to: "/etc/hostname")
        let message = try #require(buildError())
        #expect(message.contains("b.txt leads to /etc/hostname, outside the dataset folder"))
    }

    @Test func anAbsolutePathIsRefused() throws {
        try write("manifest.yaml", "documents:\n  - file: /etc/hostname\n")
        #expect(buildError()?.contains("/etc/hostname is an absolute path") == true)
    }

    @Test func aDanglingLinkSaysSo() throws {
        try link("a.txt", to: "gone.txt")
        #expect(buildError()?.contains("a.txt is a symbolic link to gone.txt, which does not exist (a dangling link)") == true)
    }

    @Test func aLinkLoopSaysSo() throws {
        try link("a.txt", to: "b.txt")
        try link("b.txt", to: "a.txt")
        #expect(buildError()?.contains("a.txt is a loop of symbolic links") == true)
    }

    @Test func aNamedPipeIsNotReadAndSaysWhatItIs() throws {
        try write("a.txt", "市政协会议\n")
        #expect(mkfifo(root.appendingPathComponent("b.txt").path, 0o644) == 0)
        let message = try #require(buildError())
        #expect(message.contains("b.txt is a named pipe (FIFO), not a file"))
    }

    @Test func aFolderWhereADocumentIsExpectedSaysSo() throws {
        try write("a.txt/inner.txt", "市政协会议\n")
        #expect(buildError()?.contains("a.txt is a folder, not a document") == true)
    }

    @Test func documentsAsANumberIsNotAFileName() throws {
        try write("manifest.yaml", "documents: 5\n")
        let message = try #require(buildError())
        #expect(message.contains("'documents' must be a list of the document files"))
        #expect(!message.contains("5 does not exist"))
    }

    @Test func aFileListedTwiceIsNamedAsListedTwice() throws {
        try write("a.txt", "市政协会议\n")
        try write("manifest.yaml", "documents:\n  - a.txt\n  - ./a.txt\n")
        #expect(buildError()?.contains("a.txt is listed twice in the manifest") == true)
    }

    @Test func aGB18030ManifestSaysItIsNotUTF8AndHowToConvert() throws {
        let text = "name: 武汉\ndocuments:\n  - a.txt\n"
        let bytes = try #require(gb18030(text))
        try bytes.write(to: root.appendingPathComponent("manifest.yaml"))
        let message = try #require(buildError())
        #expect(message.contains("manifest.yaml is not UTF-8 (byte 0x"))
        #expect(message.contains("it reads as GB18030"))
        #expect(message.contains("iconv -f GB18030 -t UTF-8"))
    }

    /// GB18030 bytes of `text` by hand for the few characters used (Foundation on Linux has no such codec).
    func gb18030(_ text: String) -> Data? {
        let table: [Character: [UInt8]] = ["武": [0xCE, 0xE4], "汉": [0xBA, 0xBA]]
        var out: [UInt8] = []
        for character in text {
            if let bytes = table[character] { out += bytes } else { out += Array(String(character).utf8) }
        }
        return Data(out)
    }

    @Test func aDocumentsFolderThatCannotBeListedStopsTheBuild() throws {
        try write("a.txt", "市政协会议\n")
        // A link loop cannot be listed even by root, unlike a folder without permissions.
        try link("documents", to: "documents")
        let message = try #require(buildError())
        #expect(message.contains("the folder documents/ cannot be listed"))
        #expect(message.contains("--skip-unreadable"))
    }

    @Test func skipUnreadableGoesOnAndListsWhatItLeftOut() throws {
        try write("a.txt", "市政协会议\n")
        try link("b.txt", to: "gone.txt")
        try link("documents", to: "documents")
        var dataset = try Dataset.open(root.path, skipUnreadable: true)
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try dataset.buildGraphRecordingSkipped(registry: PluginRegistry())
        #expect(dataset.skipped.count == 2)
        #expect(dataset.skipped.contains { $0.contains("documents/ cannot be listed") })
        #expect(dataset.skipped.contains { $0.contains("b.txt is a symbolic link to gone.txt") })
    }

    @Test func latin1IsNotTakenForGB18030() {
        let latin1 = Data(Array("Les caf".utf8) + [0xE9] + Array("s et th".utf8) + [0xE9] + Array("s sont bons.\n".utf8))
        #expect(throws: DatasetError.self) { try DocumentReader.decode(latin1, file: "menu.txt") }
        do { _ = try DocumentReader.decode(latin1, file: "menu.txt") } catch let error as DatasetError {
            #expect(error.message.contains("does not read clearly as GB18030"))
            #expect(error.message.contains("E9 73 20 65 at offset 7"))
            #expect(error.message.contains("Latin-1"))
        } catch {}
    }

    @Test func utf16WithoutAByteOrderMarkIsNamed() throws {
        let text = "市政协 meeting\n委员 speech\n"
        let little = try #require(text.data(using: .utf16LittleEndian))
        let big = try #require(text.data(using: .utf16BigEndian))
        for (data, name) in [(little, "UTF-16LE"), (big, "UTF-16BE")] {
            do {
                _ = try DocumentReader.decode(data, file: "a.txt")
                Issue.record("\(name) without a mark was read")
            } catch let error as DatasetError {
                #expect(error.message.contains("looks like \(name) without a byte-order mark"))
                #expect(error.message.contains("iconv -f \(name) -t UTF-8"))
            }
        }
        // Binary data with zero bytes is still "not a text document", with the bytes shown.
        #expect(throws: DatasetError("a.png is not a text document (a zero byte at offset 8, bytes 00 00 00 0D); give a .txt file in UTF-8 or GB18030")) {
            try DocumentReader.decode(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48]), file: "a.png")
        }
    }

    @Test func aFolderWhereTheManifestShouldBeSaysSo() throws {
        try write("a.txt", "市政协会议\n")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("manifest.yaml"), withIntermediateDirectories: true)
        let message = try #require(buildError())
        #expect(message.contains("manifest.yaml is a folder, not a file"))
        #expect(!message.contains("NSCocoaErrorDomain"))
    }

    @Test func aDatasetFolderThatIsADanglingLinkOrALoopSaysSo() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try link("dangling", to: "nowhere")
        try link("loop", to: "loop")
        for (name, expected) in [("dangling", "is a symbolic link to nowhere, which does not exist"), ("loop", "is a loop of symbolic links")] {
            do {
                _ = try Dataset.open(root.appendingPathComponent(name).path)
                Issue.record("\(name) opened")
            } catch let error as DatasetError {
                #expect(error.message.contains(expected), "\(error.message)")
            }
        }
    }
}
