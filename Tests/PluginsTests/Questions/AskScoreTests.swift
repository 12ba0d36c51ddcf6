import Foundation
import Graph
import Testing
@testable import Plugins

/// Scores `ask` on a set of questions someone else wrote, without asserting:
/// `ASK_QUESTIONS=/path/set.tsv swift test --filter AskScoreTests` prints the
/// first-try rate and, for each miss, what was chosen and what was expected.
/// A measuring tool, not a test; the kept sets are asserted by `EverydayQuestionTests`.
@Suite struct AskScoreTests {
    static let path = ProcessInfo.processInfo.environment["ASK_QUESTIONS"]

    @Test(.enabled(if: path != nil)) func score() throws {
        let cases = try EverydayQuestionTests.read(URL(fileURLWithPath: Self.path!))
        let matcher = try EverydayQuestionTests.matcher()
        var lines: [String] = []
        var right = 0
        for item in cases {
            let outcome = matcher.match(item.question)
            if case .matched(let match) = outcome, Self.fits(match, item, matcher: matcher) {
                right += 1
                continue
            }
            let expected = "\(item.query) \(Self.describe(item.parameters))" + Self.reading(item.question, matcher: matcher)
            switch outcome {
            case .matched(let match):
                let chosen = "\(match.query.id) \(Self.describe(match.parameters.mapValues(EverydayQuestionTests.text)))"
                let others = match.alternatives.map(\.query.id).joined(separator: ", ")
                lines.append("MISS \(item.question)\n     chose    \(chosen) score \(match.score)\(others.isEmpty ? "" : " (also: \(others))")\n     expected \(expected)")
            case .unmatched(let suggestions):
                lines.append("MISS \(item.question)\n     chose    nothing; closest \(suggestions.prefix(3).map(\.query.id).joined(separator: ", "))\n     expected \(expected)")
            }
        }
        let percent = cases.isEmpty ? 0 : 100 * Double(right) / Double(cases.count)
        lines.append(String(format: "ask-score: %d of %d on the first try (%.1f%%)", right, cases.count, percent))
        let report = lines.joined(separator: "\n") + "\n"
        print(report)
        if let out = ProcessInfo.processInfo.environment["ASK_SCORE_OUT"] { try report.write(toFile: out, atomically: true, encoding: .utf8) }
    }

    /// The right query, and every parameter the set names has the value it expects: the same
    /// text, or the node the expected text names (an alias such as 市发改委, a meeting's number).
    static func fits(_ match: QuestionMatcher.Match, _ item: EverydayQuestionTests.Case, matcher: QuestionMatcher) -> Bool {
        guard match.query.id == item.query else { return false }
        return item.parameters.allSatisfy { name, text in
            guard let chosen = match.parameters[name].map(EverydayQuestionTests.text) else { return false }
            if chosen == text { return true }
            guard let label = match.query.parameter(named: name)?.label else { return false }
            if label == "Meeting", let number = Int(text), let graph = matcher.vocabulary.graph {
                return MeetingNumber.meeting(number, kind: .standing, in: graph) == chosen
            }
            return matcher.vocabulary.resolve(text, label: label)?.name == chosen
        }
    }

    /// What the matcher read in the question: its names and its intent words.
    static func reading(_ question: String, matcher: QuestionMatcher) -> String {
        let entities = QuestionEntities(question, labels: matcher.parameterLabels, vocabulary: matcher.vocabulary)
        let names = entities.spans.map { span -> String in
            switch span.entity {
            case .node(let resolution): return "\(span.text)=\(resolution.label):\(resolution.name)"
            case .year(let year): return "\(span.text)=year:\(year)"
            case .count(let count): return "\(span.text)=count:\(count)"
            }
        }
        let words = matcher.intentWords.occurrences(in: entities.remainder).map { $0.words.sorted().joined(separator: "|") }
        return "\n     read     names [\(names.joined(separator: ", "))] words [\(words.joined(separator: ", "))]"
    }

    static func describe(_ parameters: [String: String]) -> String {
        parameters.keys.sorted().map { "\($0)=\(parameters[$0]!)" }.joined(separator: ";")
    }
}
