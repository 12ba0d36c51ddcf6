import Foundation
import Testing

/// Runs the openCypher TCK against the engine: every test of the suite, sequentially,
/// each on a fresh empty graph.
///
/// Environment: `TCK_RECORD=1` adds the newly passing tests to
/// `passing-scenarios.txt` (`TCK_RECORD=replace` rewrites it, dropping
/// regressions); `TCK_FILTER=Match1` runs only features whose path contains the
/// text (no regression check then); `TCK_ERRORS=kind` matches expected errors by
/// kind only; `TCK_TIMEOUT=seconds` changes the per-test limit;
/// `TCK_ANY_GRAPH=binary-tree-1` runs `Given any graph` tests on that named
/// graph instead of an empty one, to check that their outcome does not depend on it;
/// `TCK_SCOPE=read` counts only the read-and-CREATE scope of `SCOPE-tests.tsv`
/// (then `TCK_OUT_OF_SCOPE=1` also runs the rest and reports it apart; the
/// regression list is not checked);
/// `TCK_ROOT=path` reads the TCK from elsewhere than `../shared/tck`.
@Suite("openCypher TCK")
struct TCKSuiteTests {
    @Test("Every TCK test; the passing list must not shrink")
    func runTCK() throws {
        let environment = ProcessInfo.processInfo.environment
        let root =
            environment["TCK_ROOT"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) } ?? TCKCatalog.defaultRoot
        let catalog = TCKCatalog(root: root)
        guard catalog.exists else {
            print("openCypher TCK not found at \(catalog.root.path); skipping")
            return
        }
        let packageRoot = TCKCatalog.packageRoot()
        let scratch = packageRoot.appendingPathComponent(".build")
        let timeLimit = environment["TCK_TIMEOUT"].flatMap(Double.init) ?? 60
        var runner = ScenarioRunner()
        runner.namedGraph = catalog.namedGraphScript
        runner.errorMatching = environment["TCK_ERRORS"] == "kind" ? .kindOnly : .strict
        runner.anyGraph = environment["TCK_ANY_GRAPH"].flatMap { $0.isEmpty ? nil : $0 }
        let suite = TCKSuite(
            catalog: catalog,
            // The engine's own limit fires first, with an error that says which limit hit.
            makeDriver: { EngineDriver(timeout: max(1, timeLimit / 3)) },
            runner: runner, timeLimit: timeLimit, scratch: scratch)

        let filter = environment["TCK_FILTER"].flatMap { $0.isEmpty ? nil : $0 }
        let readScopeOnly = environment["TCK_SCOPE"] == "read"
        let summary = try suite.run(
            onlyFeaturesContaining: filter, includeOutOfScope: environment["TCK_OUT_OF_SCOPE"] == "1",
            wholeSuite: !readScopeOnly)
        let report = TCKReport(summary: summary)
        print(report.consoleSummary())
        let reportURL = scratch.appendingPathComponent("tck-report.txt")
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try report.reportText().write(to: reportURL, atomically: true, encoding: .utf8)
        print("TCK failures listed in \(reportURL.path)")

        let listURL = packageRoot.appendingPathComponent("Tests/TCKTests/passing-scenarios.txt")
        let recorded = TCKReport.readList(listURL)
        let passing = summary.passingIds
        if filter != nil || runner.anyGraph != nil || readScopeOnly {
            print("TCK_FILTER, TCK_ANY_GRAPH or TCK_SCOPE is set: regression list not checked")
            return
        }
        let regressions = recorded.subtracting(passing).sorted()
        let newlyPassing = passing.subtracting(recorded)
        switch environment["TCK_RECORD"] {
        case "1":
            // Grow only: a regression stays listed, so recording cannot hide it.
            try TCKReport.listText(recorded.union(passing)).write(to: listURL, atomically: true, encoding: .utf8)
            print("Recorded \(newlyPassing.count) newly passing tests in \(listURL.path)")
        case "replace":
            try TCKReport.listText(passing).write(to: listURL, atomically: true, encoding: .utf8)
            print("Replaced \(listURL.path): \(passing.count) tests, \(regressions.count) dropped")
            return
        default:
            if !newlyPassing.isEmpty {
                print("\(newlyPassing.count) tests pass that are not in the list yet; record with TCK_RECORD=1")
            }
        }
        let reasons = Dictionary(
            summary.outcomes.compactMap { o -> (String, String)? in
                if case .failed(let f) = o.verdict { return (o.test.id, f.reason) } else { return nil }
            }, uniquingKeysWith: { a, _ in a })
        for id in regressions {
            print("TCK regression: \(id): \(reasons[id].map { oneLine($0) } ?? "no longer found")")
        }
        print("TCK regressions: \(regressions.count) of the \(recorded.count) tests on the passing list")
        #expect(
            regressions.isEmpty,
            "\(regressions.count) TCK tests in passing-scenarios.txt no longer pass: \(regressions.prefix(10))")
    }
}
