import Foundation

/// Runs the TCK tests sequentially, each on a fresh driver, and summarizes the
/// outcome per feature file. The tests counted are either the whole suite or the
/// read-and-CREATE scope of `SCOPE-tests.tsv` (its `in_scope` column).
///
/// A test that crashes the process cannot be caught in-process; instead the id
/// of the running test is written to `.build/tck-current.txt` first. If a run
/// dies, the next run finds that file, records the test in
/// `.build/tck-crashers.txt` and fails it without running it, until the test
/// binary changes (a rebuild gives a crasher another chance).
struct TCKSuite {
    struct Outcome {
        var test: TCKTestCase
        var verdict: ScenarioRunner.Verdict
        /// Wall-clock seconds, including graph setup; 0 for tests not run.
        var seconds: Double = 0
        var passed: Bool { verdict == .passed }
    }

    struct Summary {
        /// Counted tests: the whole suite, or the in-scope ones.
        var outcomes: [Outcome]
        /// Out-of-scope tests, run only on request, for information.
        var outOfScope: [Outcome] = []
        /// Tests read from the features but absent from `SCOPE-tests.tsv`; not run.
        var unknown: [String]
        var passed: Int { outcomes.filter(\.passed).count }
        var failed: Int { outcomes.count - passed }
        var passingIds: Set<String> { Set(outcomes.filter(\.passed).map(\.test.id)) }
    }

    var catalog: TCKCatalog
    var makeDriver: () -> TCKDriver
    var runner: ScenarioRunner
    /// Seconds before a test is abandoned as hung.
    var timeLimit: Double = 60
    /// After this many hung tests, the rest are failed without running, as the abandoned ones still use the CPU.
    var maxTimeouts = 3
    /// Folder for the crash bookkeeping; nil disables it.
    var scratch: URL?

    /// Loads, filters and runs the tests. Feature files that do not parse fail their counted tests.
    /// `wholeSuite` counts every test of `SCOPE-tests.tsv`, ignoring its `in_scope` column.
    func run(
        onlyFeaturesContaining filter: String? = nil, includeOutOfScope: Bool = false, wholeSuite: Bool = false,
        log: (String) -> Void = { print($0) }
    ) throws -> Summary {
        var scope = try catalog.scope()
        if wholeSuite { scope = scope.mapValues { _ in true } }
        var tests: [(test: TCKTestCase, inScope: Bool)] = []
        var unknown: [String] = []
        var outcomes: [Outcome] = []
        for path in try catalog.featurePaths() where filter.map({ path.contains($0) }) ?? true {
            do {
                for test in TCKTestCase.expand(try catalog.loadFeature(path)) {
                    guard let inScope = scope[test.id] else {
                        unknown.append(test.id)
                        continue
                    }
                    if (inScope || includeOutOfScope) && !test.tags.contains("@ignore") {
                        tests.append((test, inScope))
                    }
                }
            } catch {
                // Count the file's in-scope tests as failed so a parser regression is visible.
                let prefix = path + " | "
                for (id, inScope) in scope where inScope && id.hasPrefix(prefix) {
                    let name = String(id.dropFirst(prefix.count))
                    let test = TCKTestCase(file: path, line: 0, name: name, exampleRow: nil, tags: [], steps: [])
                    outcomes.append(
                        Outcome(test: test, verdict: .failed(.init("runner", "feature file does not parse: \(error)"))))
                }
            }
        }

        let crashers = CrashLedger(folder: scratch)
        var timeouts = 0
        var outOfScope: [Outcome] = []
        for (test, inScope) in tests {
            func record(_ outcome: Outcome) {
                if inScope { outcomes.append(outcome) } else { outOfScope.append(outcome) }
            }
            if crashers.known.contains(test.id) {
                let reason =
                    "crashed the test process in an earlier run of this build "
                    + "(retried after a rebuild, or delete .build/tck-crashers.txt)"
                record(Outcome(test: test, verdict: .failed(.init("crash", reason))))
                continue
            }
            if timeouts >= maxTimeouts {
                record(
                    Outcome(test: test, verdict: .failed(.init("not run", "not run: \(timeouts) earlier tests hung"))))
                continue
            }
            crashers.starting(test.id)
            let runner = self.runner
            let makeDriver = self.makeDriver
            let started = Date()
            let verdict = GuardedExecution.run(seconds: timeLimit) { runner.run(test, on: makeDriver()) }
            let seconds = Date().timeIntervalSince(started)
            crashers.finished()
            if let verdict {
                record(Outcome(test: test, verdict: verdict, seconds: seconds))
            } else {
                timeouts += 1
                log("TCK: \(test.id) did not finish within \(Int(timeLimit)) s; abandoned")
                record(
                    Outcome(
                        test: test, verdict: .failed(.init("timeout", "did not finish within \(Int(timeLimit)) s")),
                        seconds: seconds))
            }
        }
        return Summary(outcomes: outcomes, outOfScope: outOfScope, unknown: unknown)
    }
}

/// The crash bookkeeping described on `TCKSuite`.
struct CrashLedger {
    private(set) var known: Set<String> = []
    private let current: URL?
    private let ledger: URL?
    private let fingerprint: String

    init(folder: URL?) {
        current = folder?.appendingPathComponent("tck-current.txt")
        ledger = folder?.appendingPathComponent("tck-crashers.txt")
        fingerprint = Self.binaryFingerprint()
        guard let current, let ledger else { return }
        var lines = (try? String(contentsOf: ledger, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
        if lines.first != fingerprint { lines = [fingerprint] }
        if let crashed = try? String(contentsOf: current, encoding: .utf8), !crashed.isEmpty {
            lines.append(crashed)
            try? FileManager.default.removeItem(at: current)
        }
        known = Set(lines.dropFirst())
        try? FileManager.default.createDirectory(
            at: ledger.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? (lines.joined(separator: "\n") + "\n").write(to: ledger, atomically: true, encoding: .utf8)
    }

    func starting(_ id: String) { if let current { try? id.write(to: current, atomically: false, encoding: .utf8) } }
    func finished() { if let current { try? FileManager.default.removeItem(at: current) } }

    /// Size and modification time of the running test binary: changes with every rebuild.
    private static func binaryFingerprint() -> String {
        let path = CommandLine.arguments.first ?? ""
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        let date = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "binary \(path) \(size) \(Int(date))"
    }
}
