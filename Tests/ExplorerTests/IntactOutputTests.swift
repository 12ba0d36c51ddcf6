import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Graph
import Testing

/// Nothing lost, nothing injected: failed writes exit non-zero with the
/// system's reason, sets of files are written whole, a build never shrinks
/// the graph silently, and no byte of data reaches the terminal raw.
@Suite struct IntactOutputTests {
    /// Runs the explorer through `bash -c` so that standard output or limits can be set up by the shell
    /// (bash's `ulimit -f` counts kilobytes).
    static func shell(_ script: String, environment: [String: String] = [:]) throws -> ExplorerRunner.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = ExplorerRunner.packageRoot
        var env = ProcessInfo.processInfo.environment
        env["EXPLORER"] = ExplorerRunner.binary.path
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let err = Pipe(), out = Pipe()
        process.standardError = err
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ExplorerRunner.Output(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test(arguments: [
        "\"$EXPLORER\" plugins graphs/wuhan-cppcc",
        "echo 'RETURN 1 AS one;' | \"$EXPLORER\" shell graphs/wuhan-cppcc",
        "\"$EXPLORER\" query graphs/wuhan-cppcc 'UNWIND range(1, 3) AS i RETURN i'",
        "\"$EXPLORER\" queries graphs/wuhan-cppcc",
    ])
    func aFullStandardOutputFailsWithTheSystemsReason(command: String) throws {
        let result = try Self.shell(command + " > /dev/full")
        #expect(result.status != 0, "\(command)")
        #expect(result.stderr.contains("cannot write the output to standard output: No space left on device"), "\(result.stderr)")
    }

    @Test func aCSVExportThatFailsHalfWayLeavesTheOldSetWhole() throws {
        let folder = try BuildCommandTests.copyOfWuhan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("csv")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("old nodes\n".utf8).write(to: out.appendingPathComponent("nodes.csv"))
        try Data("old relationships\n".utf8).write(to: out.appendingPathComponent("relationships.csv"))
        // A file-size limit of 20 KB: the small files of the set are written, a large one (the tasks, with their text) fails half-way.
        let result = try Self.shell("ulimit -f 20; trap '' XFSZ; \"$EXPLORER\" export '\(folder.path)' --format csv -o '\(out.path)'")
        #expect(result.status != 0)
        #expect(result.stderr.contains("File too large"), "\(result.stderr)")
        #expect(try String(contentsOf: out.appendingPathComponent("nodes.csv"), encoding: .utf8) == "old nodes\n")
        #expect(try String(contentsOf: out.appendingPathComponent("relationships.csv"), encoding: .utf8) == "old relationships\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["nodes.csv", "relationships.csv"])
        let whole = try ExplorerRunner.run(["export", folder.path, "--format", "csv", "-o", out.path])
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("import.sh").path))
        #expect(try String(contentsOf: out.appendingPathComponent("relationships-LEADS-Agency-Task.csv"), encoding: .utf8).hasPrefix(":START_ID"))
    }

    @Test func aDiagramThatCannotBeWrittenSaysWhyAndNotWrote() throws {
        let folder = try BuildCommandTests.copyOfWuhan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("x.svg").path
        let result = try Self.shell("ulimit -f 2; trap '' XFSZ; \"$EXPLORER\" render '\(folder.path)' -o '\(svg)' --label Agency")
        #expect(result.status != 0)
        #expect(result.stderr.contains("File too large"), "\(result.stderr)")
        #expect(!result.stdout.contains("wrote"))
        #expect(!FileManager.default.fileExists(atPath: svg))
    }

    @Test func aBrokenPackStopsTheBuildAndKeepsTheSnapshotUnlessSkipped() throws {
        let folder = try BuildCommandTests.copyOfWuhan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try ExplorerRunner.run(["build", folder.path])
        #expect(first.status == 0, "\(first.stderr)")
        let snapshot = folder.appendingPathComponent("build/graph.snapshot")
        let before = try Data(contentsOf: snapshot)
        let pack = folder.appendingPathComponent("plugins/broken")
        try FileManager.default.createDirectory(at: pack.appendingPathComponent("queries"), withIntermediateDirectories: true)
        try Data("id: broken\nsummary: a broken pack\n".utf8).write(to: pack.appendingPathComponent("plugin.yaml"))
        try Data("id: broken.q\ntitle: {zh: 坏, en: bad\n".utf8).write(to: pack.appendingPathComponent("queries/bad.yaml"))
        let stopped = try ExplorerRunner.run(["build", folder.path])
        #expect(stopped.status != 0)
        #expect(stopped.stderr.contains("a plugin pack cannot be loaded"), "\(stopped.stderr)")
        #expect(stopped.stderr.contains("queries/bad.yaml:"))
        #expect(stopped.stderr.contains("--skip-unreadable"))
        #expect(try Data(contentsOf: snapshot) == before)

        let skipped = try ExplorerRunner.run(["build", folder.path, "--skip-unreadable", "--format", "text"])
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(skipped.stdout.contains("skipped (--skip-unreadable)"))
        #expect(skipped.stdout.contains("plugin pack"))
        let check = try ExplorerRunner.run(["check", folder.path, "--format", "text"])
        #expect(check.stdout.contains("the last build skipped (--skip-unreadable)"), "\(check.stdout)")
        #expect(check.stdout.contains("broken"))
        // Piped, check prints JSON: the skipped list goes beside it, on standard error.
        let piped = try ExplorerRunner.run(["check", folder.path])
        #expect(piped.stderr.contains("the last build skipped (--skip-unreadable)"), "\(piped.stderr)")
    }

    @Test func anUnreadableDocumentsFolderStopsTheBuildAndKeepsTheSnapshot() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unlisted-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("documents"), withIntermediateDirectories: true)
        try Data("市发改委牵头。\n".utf8).write(to: folder.appendingPathComponent("top.txt"))
        try Data("市经信局牵头。\n".utf8).write(to: folder.appendingPathComponent("documents/inner.txt"))
        #expect(try ExplorerRunner.run(["build", folder.path]).status == 0)
        let before = try Data(contentsOf: folder.appendingPathComponent("build/graph.snapshot"))
        // documents/ becomes a link loop: not listable, even by root.
        try FileManager.default.moveItem(at: folder.appendingPathComponent("documents"), to: folder.appendingPathComponent("kept"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("documents").path, withDestinationPath: "documents")
        let result = try ExplorerRunner.run(["build", folder.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("documents/ cannot be listed"), "\(result.stderr)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("build/graph.snapshot")) == before)
    }

    @Test func aNameWithTerminalEscapesIsShownEscapedEverywhere() throws {
        let hostile = #"'\u001B]0;pwned\u0007\u001B[2J名\u009B2J'"#
        for format in ["table", "csv", "json", "jsonl", "markdown"] {
            let result = try ExplorerRunner.run(["query", "RETURN \(hostile) AS name, 1 AS n", "--format", format])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B }, "\(format)")
            #expect(result.stdout.lowercased().contains("\\u001b]0;pwned"), "\(format): \(result.stdout)")
        }
        let table = try ExplorerRunner.run(["query", "RETURN \(hostile) AS name, 1 AS n", "--format", "table"]).stdout
        let widths = Set(table.split(separator: "\n").filter { $0.hasPrefix("|") || $0.hasPrefix("+") }.map { DisplayWidth.of(String($0)) })
        #expect(widths.count == 1, "\(table)")
        let shell = try ExplorerRunner.run(["shell", "graphs/wuhan-cppcc"], stdin: "RETURN \(hostile) AS name;\n")
        #expect(!shell.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(shell.stdout)")
        let error = try ExplorerRunner.run(["query", "RETURN \(hostile) +"])
        #expect(!error.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(error.stderr)")
    }

    @Test func aTitleOrNameXMLCannotHoldStillGivesWellFormedSVGAndValidDOT() throws {
        let folder = try BuildCommandTests.copyOfWuhan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("t.svg")
        let title = "标题\u{1}\u{FFFE}\u{1B}[2J end"
        let result = try ExplorerRunner.run(["render", folder.path, "-o", svg.path, "--label", "Party", "--title", title])
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: svg)
        let parser = XMLParser(data: data)
        #expect(parser.parse(), "SVG is not well-formed: \(String(describing: parser.parserError))")
        #expect(String(decoding: data, as: UTF8.self).contains(#"\u0001\ufffe\u001b[2J end"#))
        let dot = folder.appendingPathComponent("t.dot")
        #expect(try ExplorerRunner.run(["render", folder.path, "-o", dot.path, "--label", "Party", "--title", "a\u{1}b"]).status == 0)
        let source = try Data(contentsOf: dot)
        #expect(!source.contains(1))
        #expect(String(decoding: source, as: UTF8.self).contains(#"a\\u0001b"#))
    }

    @Test func aLayoutThatWouldRunPastTheTimeoutIsRefusedWithAFasterOne() throws {
        let folder = try BuildCommandTests.copyOfWuhan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("slow.svg")
        let result = try ExplorerRunner.run(["render", folder.path, "-o", svg.path, "--layout", "circo", "--timeout", "2"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("the circo layout of"), "\(result.stderr)")
        #expect(result.stderr.contains("past the --timeout of 2 s"))
        #expect(result.stderr.contains("use the sfdp layout") || result.stderr.contains("use the twopi layout"))
        #expect(!FileManager.default.fileExists(atPath: svg.path))
    }

    @Test func misleadingArgumentMessagesSayWhatIsWrong() throws {
        let negative = try ExplorerRunner.run(["render", "-o", "/tmp/x.svg", "--max-nodes", "-5"])
        #expect(negative.status != 0)
        #expect(negative.stderr.contains("--max-nodes must be at least 1, not -5"), "\(negative.stderr)")
        let dashed = try ExplorerRunner.run(["query", "-1 + 2 AS x"])
        #expect(dashed.status != 0)
        #expect(dashed.stderr.contains("was read as an option because it starts with '-'"), "\(dashed.stderr)")
        #expect(dashed.stderr.contains("put -- before it"))
        let folderQuery = try ExplorerRunner.run(["query", "-f", FileManager.default.temporaryDirectory.path])
        #expect(folderQuery.stderr.contains("is a folder; give the file that holds the query"), "\(folderQuery.stderr)")
        #expect(!folderQuery.stderr.contains("NSCocoaErrorDomain"))
    }
}
