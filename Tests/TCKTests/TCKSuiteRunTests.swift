import Foundation
import Testing

/// The suite machinery on a tiny TCK written to a temporary folder, with a fake engine.
@Suite struct TCKSuiteRunTests {
    private func makeTCK() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tck-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("features/sample")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let feature = """
            Feature: S1

              Scenario: [1] passes
                Given any graph
                When executing query:
                  \"\"\"
                  GOOD
                  \"\"\"
                Then the result should be, in any order:
                  | x |
                  | 1 |
                And no side effects

              @ignore
              Scenario: [2] ignored
                Given any graph
                When executing query:
                  \"\"\"
                  HANG
                  \"\"\"
                Then the result should be empty

              Scenario Outline: [3] rows
                Given any graph
                When executing query:
                  \"\"\"
                  <q>
                  \"\"\"
                Then the result should be, in any order:
                  | x |
                  | 1 |

                Examples:
                  | q    |
                  | GOOD |
                  | BAD  |
                  | SET  |
            """
        try feature.write(to: folder.appendingPathComponent("S1.feature"), atomically: true, encoding: .utf8)
        let tsv = """
            file\tline\tscenario\texample_row\tin_scope\tout_reasons\ttags
            sample/S1.feature\t3\t[1] passes\t\t1\t\t
            sample/S1.feature\t14\t[2] ignored\t\t1\t\t@ignore
            sample/S1.feature\t22\t[3] rows\t1\t1\t\t
            sample/S1.feature\t22\t[3] rows\t2\t1\t\t
            sample/S1.feature\t22\t[3] rows\t3\t0\tSET\t

            """
        try tsv.write(to: root.appendingPathComponent("SCOPE-tests.tsv"), atomically: true, encoding: .utf8)
        return root
    }

    @Test func runsInScopeTestsAndSummarizes() throws {
        let root = try makeTCK()
        defer { try? FileManager.default.removeItem(at: root) }
        let suite = TCKSuite(
            catalog: TCKCatalog(root: root),
            makeDriver: {
                let driver = FakeDriver()
                driver.answers["GOOD"] = .rows(columns: ["x"], rows: [[.int(1)]])
                driver.answers["BAD"] = .error(
                    TCKError(phase: .runtime, kind: "TypeError", detail: "InvalidArgumentType", message: "no"))
                return driver
            },
            runner: ScenarioRunner(), timeLimit: 10, scratch: nil)
        let summary = try suite.run(log: { _ in })
        #expect(
            summary.outcomes.map(\.test.id) == [
                "sample/S1.feature | [1] passes", "sample/S1.feature | [3] rows | 1",
                "sample/S1.feature | [3] rows | 2",
            ])
        #expect(summary.passed == 2)
        #expect(summary.failed == 1)
        let report = TCKReport(summary: summary)
        #expect(report.consoleSummary().split(separator: "\n").last == "openCypher TCK: 2 of 3 tests pass, 1 not yet")
        #expect(report.consoleSummary().contains("sample/S1.feature: 2/3"))
        #expect(report.categories().first?.0 == "unexpected TypeError: InvalidArgumentType")
        #expect(report.reportText().contains("sample/S1.feature | [3] rows | 2\t23\t"))

        let everything = try suite.run(includeOutOfScope: true, log: { _ in })
        #expect(everything.outcomes.count == 3)
        #expect(everything.outOfScope.map(\.test.id) == ["sample/S1.feature | [3] rows | 3"])
        let lines = TCKReport(summary: everything).consoleSummary().split(separator: "\n")
        #expect(lines.suffix(2) == ["Out of scope, not counted: 0 of 1 pass", "openCypher TCK: 2 of 3 tests pass, 1 not yet"])
    }

    @Test func abandonsAHungTest() {
        let value = GuardedExecution.run(seconds: 0.2) { () -> Int in
            Thread.sleep(forTimeInterval: 5)
            return 1
        }
        #expect(value == nil)
        #expect(GuardedExecution.run(seconds: 5) { 42 } == 42)
    }

    @Test func packageRootHoldsThePackageManifest() {
        let manifest = TCKCatalog.packageRoot().appendingPathComponent("Package.swift")
        #expect(FileManager.default.fileExists(atPath: manifest.path))
    }

    @Test func regressionListRoundTrips() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("list-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        try TCKReport.listText(["b | x", "a | y | 2"]).write(to: url, atomically: true, encoding: .utf8)
        #expect(try String(contentsOf: url, encoding: .utf8) == "a | y | 2\nb | x\n")
        #expect(TCKReport.readList(url) == ["a | y | 2", "b | x"])
    }
}

@Suite struct CrashLedgerTests {
    @Test func aTestThatWasRunningWhenTheProcessDiedIsRemembered() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = CrashLedger(folder: folder)
        #expect(first.known.isEmpty)
        first.starting("a.feature | [1] crashes")
        // The process "dies" here: no finished(). The next run picks the id up.
        let second = CrashLedger(folder: folder)
        #expect(second.known == ["a.feature | [1] crashes"])
        second.starting("a.feature | [2] fine")
        second.finished()
        #expect(CrashLedger(folder: folder).known == ["a.feature | [1] crashes"])
    }
}

@Suite struct TCKCatalogTests {
    @Test func missingScopeTableIsAClearError() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("features"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let catalog = TCKCatalog(root: root)
        #expect(catalog.exists)
        do {
            _ = try catalog.scope()
            Issue.record("a missing SCOPE-tests.tsv was accepted")
        } catch let error as CatalogError {
            #expect(error.description.contains("SCOPE-tests.tsv"))
        }
    }

    @Test func absentTCKIsNotFound() {
        #expect(!TCKCatalog(root: URL(fileURLWithPath: "/nonexistent/tck")).exists)
    }
}
