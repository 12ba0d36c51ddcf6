import Foundation

/// The human-readable outputs of a TCK run: the console summary, the failure
/// report for the engine developer, and the regression list.
struct TCKReport {
    var summary: TCKSuite.Summary

    /// `path: passed/total` per feature file in path order, then the totals on the last line. Not
    /// in the `N passed, M failed` shape: the tests that fail here are the ones not supported
    /// yet, which is no test failure (a regression against the passing list is, and says so).
    func consoleSummary() -> String {
        var lines: [String] = []
        var order: [String] = []
        var counts: [String: (passed: Int, total: Int)] = [:]
        for outcome in summary.outcomes {
            let file = outcome.test.file
            if counts[file] == nil { order.append(file) }
            counts[file, default: (0, 0)].total += 1
            if outcome.passed { counts[file, default: (0, 0)].passed += 1 }
        }
        for file in order.sorted() {
            let c = counts[file]!
            lines.append("\(file): \(c.passed)/\(c.total)")
        }
        if !summary.unknown.isEmpty {
            lines.append(
                "(\(summary.unknown.count) test(s) not in SCOPE-tests.tsv were not run, e.g. \(summary.unknown[0]))")
        }
        if !summary.outOfScope.isEmpty {
            let passed = summary.outOfScope.filter(\.passed).count
            lines.append("Out of scope, not counted: \(passed) of \(summary.outOfScope.count) pass")
        }
        lines.append("openCypher TCK: \(summary.passed) of \(summary.passed + summary.failed) tests pass, \(summary.failed) not yet")
        return lines.joined(separator: "\n")
    }

    /// Failure categories, most frequent first: (category, count).
    func categories(of outcomes: [TCKSuite.Outcome]? = nil) -> [(String, Int)] {
        var counts: [String: Int] = [:]
        for case .failed(let failure) in (outcomes ?? summary.outcomes).map(\.verdict) {
            counts[failure.category, default: 0] += 1
        }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    }

    /// Failing feature files, most failures first: (file, failed, total).
    func failingFiles() -> [(String, Int, Int)] {
        var counts: [String: (failed: Int, total: Int)] = [:]
        for outcome in summary.outcomes {
            counts[outcome.test.file, default: (0, 0)].total += 1
            if !outcome.passed { counts[outcome.test.file, default: (0, 0)].failed += 1 }
        }
        return counts.filter { $0.value.failed > 0 }.map { ($0.key, $0.value.failed, $0.value.total) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    }

    /// `.build/tck-report.txt`: totals, categories, files, then one line per failing test.
    func reportText() -> String {
        var lines = ["openCypher TCK: \(summary.passed) passed, \(summary.failed) failed", "", "Failures by category:"]
        lines += categories().map { "  \($0.1)\t\($0.0)" }
        lines += ["", "Failures by feature file (failed/total):"]
        lines += failingFiles().map { "  \($0.1)/\($0.2)\t\($0.0)" }
        let total = summary.outcomes.reduce(0) { $0 + $1.seconds }
        lines += ["", "Slowest tests (of \(String(format: "%.1f", total)) s in all):"]
        lines += summary.outcomes.sorted { $0.seconds > $1.seconds }.prefix(10).map {
            "  \(String(format: "%.2f", $0.seconds)) s\t\($0.test.id)"
        }
        lines += ["", "Failing tests (id <TAB> line <TAB> category <TAB> reason):"]
        lines += Self.failureLines(summary.outcomes)
        if !summary.outOfScope.isEmpty {
            let passed = summary.outOfScope.filter(\.passed).count
            lines += [
                "", "Out of scope, not counted: \(passed) passed, \(summary.outOfScope.count - passed) failed",
                "By category:",
            ]
            lines += categories(of: summary.outOfScope).map { "  \($0.1)\t\($0.0)" }
            lines += ["Failing out-of-scope tests:"]
            lines += Self.failureLines(summary.outOfScope)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func failureLines(_ outcomes: [TCKSuite.Outcome]) -> [String] {
        outcomes.compactMap { outcome in
            guard case .failed(let failure) = outcome.verdict else { return nil }
            return
                "\(outcome.test.id)\t\(outcome.test.line)\t\(failure.category)\t\(oneLine(failure.reason, limit: 400))"
        }
    }

    /// Reads a regression list: one id per line; blank lines and `#` comments ignored.
    static func readList(_ url: URL) -> Set<String> {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return Set(
            text.split(separator: "\n").map { $0.trimmingWhitespace().string }.filter {
                !$0.isEmpty && !$0.hasPrefix("#")
            })
    }

    static func listText(_ ids: Set<String>) -> String {
        ids.sorted().map { $0 + "\n" }.joined()
    }
}
