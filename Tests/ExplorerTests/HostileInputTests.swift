import Foundation
import Testing

/// Inputs that crashed or hung the explorer (issue 11), each run through the built binary so
/// that a crash fails the test instead of taking the test process down: every one must end
/// with a clear message and exit status 1 (or a correct answer), never a signal.
@Suite struct HostileInputTests {
    /// A dataset folder with one document and a small snapshot, written newer than the document.
    private func makeDataset(snapshotName: String = "市发展改革委") throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("build"), withIntermediateDirectories: true)
        try "工作方案".write(to: root.appendingPathComponent("plan.txt"), atomically: true, encoding: .utf8)
        let snapshot = """
            {"format": "policy-graph-snapshot", "version": 1,
             "nodes": [{"id": 0, "labels": ["Agency"], "properties": {"name": "\(snapshotName)"}, "sources": []},
                       {"id": 1, "labels": ["Task"], "properties": {"code": "T1"}, "sources": []}],
             "relationships": [{"id": 0, "type": "LEADS", "start": 0, "end": 1, "properties": {}, "sources": []}]}
            """
        try snapshot.write(to: root.appendingPathComponent("build/graph.json"), atomically: true, encoding: .utf8)
        return root
    }

    /// Runs `explorer query DATASET QUERY extra…` and checks it failed cleanly with `expected` in its message.
    private func expectRefused(
        _ query: String, _ extra: [String] = [], saying expected: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let dataset = try makeDataset()
        defer { try? FileManager.default.removeItem(at: dataset) }
        let result = try ExplorerRunner.run(["query", dataset.path, query, "--format", "json"] + extra)
        #expect(result.status == 1, "exit \(result.status) (a signal is not 1): \(result.stderr.prefix(300))", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(expected), "\(result.stderr.prefix(600))", sourceLocation: sourceLocation)
    }

    @Test func negatingTheSmallestIntegerIsAnOverflowError() throws {
        try expectRefused("RETURN -(-9223372036854775808)", saying: "does not fit in 64 bits")
        try expectRefused("RETURN - -9223372036854775808", saying: "does not fit in 64 bits")
        try expectRefused("RETURN -$n", ["--param", "n=-9223372036854775808"], saying: "does not fit in 64 bits")
    }

    @Test func deepNestingIsRefusedWithItsLineAndColumn() throws {
        let cases = [
            "RETURN " + String(repeating: "(", count: 3500) + "1" + String(repeating: ")", count: 3500),
            "RETURN " + String(repeating: "[", count: 3000) + "1" + String(repeating: "]", count: 3000),
            "RETURN " + String(repeating: "CASE WHEN true THEN ", count: 5000) + "1" + String(repeating: " END", count: 5000),
            "RETURN " + String(repeating: "(", count: 5000),
            "RETURN " + String(repeating: "NOT ", count: 20000) + "true",
            "RETURN " + String(repeating: "- ", count: 20000) + "1",
            "RETURN {a: " + String(repeating: "{a: ", count: 4000) + "1" + String(repeating: "}", count: 4001),
        ]
        for query in cases {
            try expectRefused(query, saying: "nesting deeper than 200 at 1:")
        }
    }

    @Test func longOperatorChainsAreRefusedNotEvaluatedRecursively() throws {
        try expectRefused("RETURN " + Array(repeating: "1", count: 12500).joined(separator: " + "), saying: "nesting deeper than 200")
        try expectRefused("RETURN " + Array(repeating: "1", count: 20000).joined(separator: " * "), saying: "nesting deeper than 200")
        try expectRefused("RETURN x" + String(repeating: ".a", count: 20000), saying: "nesting deeper than 200")
        // Well inside the limit, a long chain still gives its answer.
        let dataset = try makeDataset()
        defer { try? FileManager.default.removeItem(at: dataset) }
        let sum = try ExplorerRunner.run(
            ["query", dataset.path, "RETURN " + Array(repeating: "1", count: 150).joined(separator: " + ") + " AS s", "--format", "csv"])
        #expect(sum.status == 0, "\(sum.stderr)")
        #expect(sum.stdout.split(whereSeparator: \.isNewline) == ["s", "150"])
    }

    @Test func nestedPatternsInParenthesesParseInLinearTime() throws {
        // Each '(' is tried as a pattern first; without remembering failures this took 2^depth attempts.
        let query = "RETURN " + String(repeating: "({a: ", count: 60) + "1" + String(repeating: "})", count: 60) + " AS v"
        let dataset = try makeDataset()
        defer { try? FileManager.default.removeItem(at: dataset) }
        let result = try ExplorerRunner.run(["query", dataset.path, query, "--format", "csv", "--timeout", "20"])
        #expect(result.status == 0, "\(result.stderr.prefix(300))")
        #expect(result.stdout.split(whereSeparator: \.isNewline).first == "v")
    }

    @Test func parameterValuesThatAreNotLiteralsAreRefusedWithThePosition() throws {
        let nested = String(repeating: "[", count: 5000) + "1" + String(repeating: "]", count: 5000)
        try expectRefused("RETURN $p", ["--param", "p=\(nested)"], saying: "nesting deeper than 200")
        try expectRefused("RETURN $p", ["--param", "p=9223372036854775808"], saying: "does not fit in a 64-bit integer")
        try expectRefused("RETURN $p", ["--param", "p=1e999"], saying: "too large for a 64-bit float")
        try expectRefused("RETURN $p", ["--param", "p=[1,"], saying: "column 4")
        // Plain words and dates are still text, as the README shows.
        let dataset = try makeDataset()
        defer { try? FileManager.default.removeItem(at: dataset) }
        let words = try ExplorerRunner.run(
            ["query", dataset.path, "RETURN $a AS a, $d AS d", "--param", "a=人工智能", "--param", "d=2025-05-05", "--format", "csv"])
        #expect(words.status == 0, "\(words.stderr)")
        #expect(words.stdout.split(whereSeparator: \.isNewline) == ["a,d", "人工智能,2025-05-05"])
    }

    @Test func numericFunctionsOverflowIntoErrors() throws {
        try expectRefused("RETURN abs(-9223372036854775808)", saying: "does not fit in a 64-bit integer")
        try expectRefused("RETURN toInteger(1e19)", saying: "does not fit in a 64-bit integer")
        try expectRefused("MATCH (n) RETURN n SKIP 1 LIMIT 1 + 9223372036854775807", saying: "does not fit")
        // SKIP plus LIMIT past 2^63 is no rows, not an overflow in the planner.
        let dataset = try makeDataset()
        defer { try? FileManager.default.removeItem(at: dataset) }
        let far = try ExplorerRunner.run(
            ["query", dataset.path, "MATCH (n) RETURN n.code AS c SKIP 9223372036854775807 LIMIT 1", "--format", "csv"])
        #expect(far.status == 0, "\(far.stderr)")
        #expect(far.stdout.split(whereSeparator: \.isNewline) == ["c"])
    }

    @Test func deepOrExplodingYAMLInAPackIsReportedAndThePackSkipped() throws {
        let workspace = try PluginWorkspace()
        let deep = "id: deep.q\ntitle: {zh: 深, en: deep}\ncypher: MATCH (n) RETURN n\nextra: "
            + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"
        try workspace.write("deep/plugin.yaml", "id: deep\nsummary: a pack nested too deep\n")
        try workspace.write("deep/queries/deep.yaml", deep)
        var laughs = "id: laughs.q\ntitle: {zh: 笑, en: laughs}\ncypher: MATCH (n) RETURN n\nexample:\n  rows:\n"
        laughs += "    - &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            laughs += "    - &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        try workspace.write("laughs/plugin.yaml", "id: laughs\nsummary: a pack whose aliases explode\n")
        try workspace.write("laughs/queries/laughs.yaml", laughs)
        for (pack, expected) in [("deep", "deep/queries/deep.yaml:4:"), ("laughs", "more than 1000000 values")] {
            let result = try workspace.run(["plugins", "--plugin", workspace.root.appendingPathComponent(pack).path])
            #expect(result.status == 0, "exit \(result.status): \(result.stderr.prefix(300))")
            #expect(result.stderr.contains("warning: skipped plugin pack"), "\(result.stderr.prefix(300))")
            #expect(result.stderr.contains(expected), "\(result.stderr.prefix(500))")
        }
    }

    @Test func aManifestNestedTooDeepIsRefusedWithItsPosition() throws {
        let dataset = try makeDataset()
        defer { try? FileManager.default.removeItem(at: dataset) }
        let manifest = "name: deep\ndocuments:\n  - file: plan.txt\nextra: " + String(repeating: "[", count: 5000)
            + String(repeating: "]", count: 5000) + "\n"
        try manifest.write(to: dataset.appendingPathComponent("manifest.yaml"), atomically: true, encoding: .utf8)
        let result = try ExplorerRunner.run(["query", dataset.path, "RETURN 1 AS one", "--format", "csv"])
        #expect(result.status == 1, "exit \(result.status): \(result.stderr.prefix(300))")
        #expect(result.stderr.contains("manifest.yaml:4:"), "\(result.stderr.prefix(300))")
        #expect(result.stderr.contains("nesting deeper than 100"), "\(result.stderr.prefix(300))")
    }

    @Test func aBadSurrogateInTheSnapshotIsReportedAndTheGraphRebuilt() throws {
        let dataset = try makeDataset(snapshotName: #"\ud800\u0041"#)
        defer { try? FileManager.default.removeItem(at: dataset) }
        let result = try ExplorerRunner.run(["query", dataset.path, "MATCH (n:Agency) RETURN n.name AS name", "--format", "csv"])
        #expect(result.status == 0, "exit \(result.status): \(result.stderr.prefix(300))")
        #expect(result.stderr.contains("not followed by a low surrogate") || result.stderr.contains("not a low surrogate"),
                "\(result.stderr)")
        #expect(result.stderr.contains("graph.json: not valid JSON at line 2, column"), "\(result.stderr)")
        #expect(!result.stdout.contains("\u{FFFD}"))
    }

    @Test func aFailedWriteToStandardOutputSaysSoAndExitsNonZero() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let dataset = try makeDataset()
        defer { try? FileManager.default.removeItem(at: dataset) }
        for arguments in [
            ["query", dataset.path, "RETURN 1 AS one", "--format", "json"],
            ["ask", "which units own AI tasks", "--format", "json"],
        ] {
            let process = Process()
            process.executableURL = ExplorerRunner.binary
            process.arguments = arguments
            process.currentDirectoryURL = ExplorerRunner.packageRoot
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit, "\(arguments[0]) ended by a signal: \(message)")
            #expect(process.terminationStatus == 1, "\(arguments[0])")
            #expect(message.contains("standard output: No space left on device"), "\(message)")
        }
    }

    @Test func aQueryDoublingAListIsRefusedByTheMemoryLimit() throws {
        try expectRefused(
            "RETURN size(reduce(s = [1], i IN range(1, 40) | s + s)) AS n", ["--max-memory", "256M", "--timeout", "600"],
            saying: "over the memory limit of 256 MB")
        try expectRefused(
            "RETURN size(reduce(s = 'ab', i IN range(1, 40) | s + s)) AS n", ["--max-memory", "64M", "--timeout", "600"],
            saying: "over the memory limit of 64 MB")
        try expectRefused("RETURN size(range(1, 100000000)) AS n", ["--max-memory", "100M", "--max-rows", "1000000000"],
                          saying: "range() of 100000000 numbers")
    }

    @Test func aBadMemoryLimitIsRefused() throws {
        let result = try ExplorerRunner.run(["query", "RETURN 1", "--max-memory", "lots"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--max-memory takes a size such as 512M"), "\(result.stderr)")
    }

    @Test func reduceAndPerRowExpressionsStopAtTheTimeLimit() throws {
        // Appending in reduce copies the list each time: quadratic, and it used to ignore --timeout.
        try expectRefused(
            "RETURN size(reduce(s = [], i IN range(1, 500000) | s + [i])) AS n", ["--timeout", "1"],
            saying: "longer than the time limit of 1 s")
        // An expensive expression on every row, with no pattern matching to tick the clock.
        try expectRefused(
            "UNWIND range(1, 1000000) AS i WITH i WHERE reduce(t = '', j IN range(1, 200) | t + 'x') =~ '(x+x+)+y' RETURN count(*)",
            ["--timeout", "1"], saying: "longer than the time limit of 1 s")
    }

    @Test func aVeryLongQuestionIsRefusedNotSearched() throws {
        let question = String(repeating: "which units own AI tasks and ", count: 400)
        let result = try ExplorerRunner.run(["ask", question, "--format", "json"])
        #expect(result.status == 1, "\(result.stderr.prefix(300))")
        #expect(result.stderr.contains("more than the 200 a question may have"), "\(result.stderr.prefix(300))")
    }

    @Test func theShellKeepsRunningAfterEveryKindOfQueryError() throws {
        let dataset = try makeDataset()
        defer { try? FileManager.default.removeItem(at: dataset) }
        /// The shell's standard error after `statements` and a last `RETURN 3 AS third`, which must still run.
        func errors(after statements: [String], timeout: String) throws -> String {
            let script = (statements + ["RETURN 3 AS third;"]).joined(separator: "\n") + "\n"
            let result = try ExplorerRunner.run(
                ["shell", dataset.path, "--no-fail-fast", "--max-memory", "128M", "--timeout", timeout], stdin: script)
            #expect(result.status == 1, "exit \(result.status): \(result.stderr.suffix(600))")
            #expect(result.stdout.contains("third"), "\(result.stdout.suffix(300))")
            return result.stderr
        }
        // Errors that come at once, with a time limit far above them: on a loaded machine a
        // 1 s limit could stop a statement (2^22 values copied before the memory estimate
        // refuses the next doubling) before it reaches the error it is here for.
        let stderr = try errors(
            after: [
                "RETURN " + String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000) + ";",
                "RETURN -(-9223372036854775808);",
                "RETURN " + Array(repeating: "1", count: 12500).joined(separator: " + ") + ";",
                "RETURN size(reduce(s = [1], i IN range(1, 40) | s + s));",
                "RETURN reduce(s = [], i IN range(1, 100000) | [s]);",
                ":param p " + String(repeating: "[", count: 5000) + "1" + String(repeating: "]", count: 5000),
            ], timeout: "120")
        for expected in [
            "nesting deeper than 200", "does not fit in 64 bits", "over the memory limit of 128 MB", "deeper than 500 levels",
        ] {
            #expect(stderr.contains(expected), "\(expected): \(stderr.suffix(1500))")
        }
        // Runaway statements, which only the time limit stops, in a session of their own with a 1 s limit.
        let timed = try errors(
            after: [
                "RETURN size(reduce(s = [], i IN range(1, 500000) | s + [i]));",
                "RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' =~ '(a+)+b';",
            ], timeout: "1")
        // The list one is stopped by the clock; the pattern one may answer false within the limit.
        #expect(timed.contains("longer than the time limit of 1 s"), "\(timed.suffix(1500))")
    }

    @Test func infiniteFloatsAreWrittenToJSONAsNullWithANotice() throws {
        let dataset = try makeDataset()
        defer { try? FileManager.default.removeItem(at: dataset) }
        let result = try ExplorerRunner.run(["query", dataset.path, "RETURN 1e308 * 10 AS big, [0.0 / 0.0] AS nan, 1.5 AS fine", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let row = (object?["rows"] as? [[String: Any]])?.first
        #expect(row?["big"] is NSNull)
        #expect((row?["nan"] as? [Any])?.first is NSNull)
        #expect(row?["fine"] as? Double == 1.5)
        #expect(result.stderr.contains("column big holds Infinity or NaN"))
        #expect(result.stderr.contains("column nan holds Infinity or NaN"))
        #expect(!result.stderr.contains("column fine"))
    }

    @Test func aDocumentWhoseSpeakerRoleIsOnlyACityMarkerBuilds() throws {
        // Found by FuzzDocument: a role item "市" made the gazetteer read one byte past the text.
        let crash = "5LiAV29yaztybSAgICA6ICAqICAgICAgICAgICAgIiAgICAgICDmlL/ljY8gICAgICAgICAgICAgICDvvZ/liJvlsYAgICAgICAgICDluIIgICAgICAiICAgICAgIOaUv+WNjyAgICAgICAgIG9yayQ7cm0gICAgOiAgKiAgICAgICAgICAgICIgICAgICAg5pS/5Y2PICAgICAgICAgICAgICAg772f5Yib5bGAICAgICAgICAg5biC56eRICAgICAgICAgICAgICAgICAZGRkZGRkgICAgICAgICAgICAg5biC56eR5Yib5bGAICAgICAgICAg"
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-doc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try #require(Data(base64Encoded: crash)).write(to: root.appendingPathComponent("speech.txt"))
        let result = try ExplorerRunner.run(["build", root.path, "--format", "text"])
        #expect(result.status == 0, "exit \(result.status): \(result.stderr.suffix(400))")
        #expect(result.stdout.contains("built "))
    }

    @Test func aBracketedNumberOfManyDigitsBuilds() throws {
        // Found by FuzzDocument's hour-long run: a line "（666…6）" of 53 digits overflowed
        // the outline-marker reader while the work-plan reader looked for unit lines.
        let document = "一、\n（" + String(repeating: "6", count: 53) + "伀）\n1.\n牵头单位：\n责任单位：、、\n（发言？？\n"
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-doc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data(document.utf8).write(to: root.appendingPathComponent("plan.txt"))
        let result = try ExplorerRunner.run(["build", root.path, "--format", "text"])
        #expect(result.status == 0, "exit \(result.status): \(result.stderr.suffix(400))")
        #expect(result.stdout.contains("built "))
    }
}
