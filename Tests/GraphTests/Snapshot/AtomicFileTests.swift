import Foundation
import Testing
@testable import Graph

@Suite struct AtomicFileTests {
    @Test func replacesWholeAndRefusesWithTheReason() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("out.txt")
        try AtomicFile.write(Data("一".utf8), to: file)
        try AtomicFile.write(Data("二".utf8), to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "二")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"])

        let missing = folder.appendingPathComponent("nope/out.txt")
        #expect(throws: AtomicFile.Failure(
            message: "cannot write \(missing.path): the folder \(folder.path)/nope does not exist; create it first")) {
            try AtomicFile.write(Data(), to: missing)
        }
        #expect(throws: AtomicFile.Failure(message: "cannot write \(folder.path): it is a folder; give a file name inside it")) {
            try AtomicFile.write(Data(), to: folder)
        }
    }
}
