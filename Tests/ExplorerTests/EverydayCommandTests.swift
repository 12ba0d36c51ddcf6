import Foundation
import Testing

/// What every command shares: JSON when piped (the runner's output is a
/// pipe), `--format` to choose, `--version`.
@Suite struct EverydayCommandTests {
    static func json(_ text: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }

    @Test(arguments: [["queries"], ["plugins"], ["check"]])
    func listingCommandsPrintJSONWhenPiped(arguments: [String]) throws {
        let result = try ExplorerRunner.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(Self.json(result.stdout), "not JSON: \(result.stdout.prefix(200))")
        #expect((object["columns"] as? [String])?.isEmpty == false)
        #expect((object["rows"] as? [Any])?.isEmpty == false)
    }

    /// `build`, `import`, `render` and `serve` report what they did as one JSON
    /// row when piped (they printed text before), and as text when asked.
    @Test func commandsThatWriteSayWhatTheyWroteAsJSONWhenPiped() throws {
        let folder = try BuildCommandTests.copyOfWuhan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let built = try ExplorerRunner.run(["build", folder.path])
        #expect(built.status == 0, "\(built.stderr)")
        let build = try #require(try JSONRows.of(built.stdout).first)
        #expect(build["dataset"] as? String == "wuhan-cppcc", "the manifest's name")
        #expect((build["nodes"] as? Int ?? 0) > 100)
        #expect(((build["labels"] as? [String: Any])?["Task"] as? Int ?? 0) > 0)
        #expect((build["snapshot"] as? String)?.hasSuffix("build/graph.snapshot") == true)
        #expect(build["conflicts"] is Int)
        #expect(try ExplorerRunner.run(["build", folder.path, "--format", "text"]).stdout.hasPrefix("built wuhan-cppcc: "))

        let svg = folder.appendingPathComponent("parties.svg").path
        let rendered = try ExplorerRunner.run(["render", folder.path, "-o", svg, "--label", "Party"])
        #expect(rendered.status == 0, "\(rendered.stderr)")
        let render = try #require(try JSONRows.of(rendered.stdout).first)
        #expect(render["file"] as? String == svg)
        #expect(render["format"] as? String == "svg")
        #expect((render["nodes"] as? Int ?? 0) > 3)

        let csv = folder.appendingPathComponent("people.csv")
        try Data("id:ID,name\n1,梁鸣\n2,倪朗\n".utf8).write(to: csv)
        let target = folder.appendingPathComponent("imported").path
        let imported = try ExplorerRunner.run(["import", target, "--nodes", "Person=\(csv.path)"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let counts = try #require(try JSONRows.of(imported.stdout).first)
        #expect(counts["nodes"] as? Int == 2)
        #expect((counts["labels"] as? [String: Any])?["Person"] as? Int == 2)
        let wrongFormat = try ExplorerRunner.run(["import", folder.appendingPathComponent("other").path, "--nodes", csv.path, "--format", "xml"])
        #expect(wrongFormat.status != 0)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("other").path))
    }

    @Test func serveGivesItsAddressAsJSONWhenPiped() throws {
        let process = Process()
        process.executableURL = ExplorerRunner.binary
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = ExplorerRunner.packageRoot
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        // The server keeps running: read until the document closes.
        var text = ""
        while (try? JSONRows.of(text)) == nil {
            let data = out.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        let row = try #require(try JSONRows.of(text).first)
        #expect((row["url"] as? String)?.hasPrefix("http://127.0.0.1:") == true)
        #expect(row["dataset"] as? String == "wuhan-cppcc")
    }

    @Test func listingCommandsTakeAnyResultFormat() throws {
        let csv = try ExplorerRunner.run(["queries", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("id,plugin,title_zh,title_en"))
        let text = try ExplorerRunner.run(["check", "--format", "text"])
        #expect(text.stdout.contains("conflicts in wuhan-cppcc"))
        let bad = try ExplorerRunner.run(["plugins", "--format", "xml"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("unknown format 'xml'"))
    }

    /// Trying the README's examples leaves no file in the repository's root:
    /// each writes under the dataset's diagrams/ or a temporary folder.
    @Test func readmeExamplesWriteUnderDiagramsOrATemporaryFolder() throws {
        let readme = try String(contentsOf: ExplorerRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        var outputs: [String] = []
        for line in readme.split(separator: "\n") where line.hasPrefix("$explorer") {
            // The command, not its comment (`# --format csv -o FOLDER`).
            let words = (line.split(separator: "#", maxSplits: 1).first ?? line).split(separator: " ").map(String.init)
            for (index, word) in words.enumerated() where ["-o", "--output", "--render"].contains(word) && index + 1 < words.count {
                outputs.append(words[index + 1])
            }
        }
        #expect(outputs.count >= 4, "\(outputs)")
        for path in outputs {
            #expect(path.hasPrefix("$out/") || path.hasPrefix("/tmp/"), "README writes \(path) into the working folder")
        }
        #expect(readme.contains("out=graphs/wuhan-cppcc/diagrams"))
    }

    @Test func versionIsPrinted() throws {
        let result = try ExplorerRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("explorer "))
        #expect(result.stdout.contains("snapshot format"))
    }
}

/// On a terminal (a pseudo-terminal of 40 rows and 160 columns): tables fit
/// its width, and a result taller than it goes through `$PAGER`.
@Suite struct TerminalOutputTests {
    static let environment = ["LANG": "C.UTF-8", "TERM": "xterm", "PAGER": "sed s/^/PAGED:/"]

    @Test func aTallResultGoesThroughThePagerUnlessTurnedOff() throws {
        let paged = try PseudoTerminal(arguments: ["query", "UNWIND range(1, 60) AS i RETURN i"], environment: Self.environment)
        #expect(paged.waitFor("PAGED:| 60 |"))
        #expect(paged.waitForExit() == 0)
        let direct = try PseudoTerminal(
            arguments: ["query", "--no-pager", "UNWIND range(1, 60) AS i RETURN i"], environment: Self.environment)
        #expect(direct.waitFor("60 rows"))
        #expect(direct.waitForExit() == 0)
        #expect(!direct.output.contains("PAGED:"))
        let short = try PseudoTerminal(arguments: ["query", "RETURN 1 AS one"], environment: Self.environment)
        #expect(short.waitFor("1 row"))
        #expect(short.waitForExit() == 0)
        #expect(!short.output.contains("PAGED:"))
    }

    @Test func aLongTextListingGoesThroughThePagerAndReportsStayText() throws {
        let paged = try PseudoTerminal(arguments: ["queries"], environment: Self.environment)
        #expect(paged.waitFor("PAGED:work-plans.busiest-units  [", timeout: 60))
        #expect(paged.waitForExit() == 0)
        let direct = try PseudoTerminal(arguments: ["queries", "--no-pager"], environment: Self.environment)
        #expect(direct.waitFor("data-quality.conflicts  [", timeout: 60))
        #expect(direct.waitForExit() == 0)
        #expect(!direct.output.contains("PAGED:"))
        // On a terminal, a command that reports what it did prints text, not JSON.
        let folder = try BuildCommandTests.copyOfWuhan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let build = try PseudoTerminal(arguments: ["build", folder.path], environment: Self.environment)
        #expect(build.waitFor("snapshot: ", timeout: 300))
        #expect(build.waitForExit() == 0)
        #expect(build.output.contains("built wuhan-cppcc: "))
        #expect(!build.output.contains("\"columns\""))
    }

    @Test func aWideTableIsNarrowedToTheTerminal() throws {
        let long = String(repeating: "政协武汉市第十四届委员会常务委员会", count: 12)
        let terminal = try PseudoTerminal(
            arguments: ["query", "--no-pager", "RETURN '\(long)' AS a, '\(long)' AS b, '\(long)' AS c, '\(long)' AS d"],
            environment: Self.environment)
        #expect(terminal.waitFor("1 row"))
        #expect(terminal.waitForExit() == 0)
        let lines = terminal.output.split(whereSeparator: \.isNewline).map(String.init)
        let table = lines.filter { $0.hasPrefix("|") || $0.hasPrefix("+") }
        #expect(!table.isEmpty)
        // Four cells of 60 would make 253 columns: narrowed to the terminal's 160.
        #expect(table.allSatisfy { Self.cells($0) <= 160 }, "\(table)")
        #expect(table.contains { Self.cells($0) >= 150 }, "\(table)")
        #expect(terminal.output.contains("…"))
    }

    /// Display cells of a line: CJK characters are two.
    static func cells(_ line: String) -> Int {
        line.unicodeScalars.reduce(0) { $0 + ((0x4E00...0x9FFF).contains($1.value) || (0xFF00...0xFF60).contains($1.value) ? 2 : 1) }
    }
}
