import Foundation
import Graph
import Testing
@testable import Plugins

/// `ask` on questions phrased as people phrase them, in both languages
/// (`everyday-questions.tsv`): each must pick the right named query and fill
/// its parameters with the names the graph uses. The set is read as data so
/// that anyone can add the phrasings they try.
@Suite struct EverydayQuestionTests {
    struct Case: CustomStringConvertible, Sendable {
        var question: String
        var query: String
        var parameters: [String: String]
        var description: String { question }
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("everyday-questions.tsv")
        return (try? read(url)) ?? []
    }()

    /// The questions of a set: `question<TAB>query id<TAB>name=value;…`, `#` lines skipped.
    static func read(_ url: URL) throws -> [Case] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).compactMap { line -> Case? in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2 else { return nil }
            var parameters: [String: String] = [:]
            for pair in (fields.count > 2 ? fields[2] : "").split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if parts.count == 2 { parameters[parts[0]] = parts[1] }
            }
            return Case(question: fields[0].trimmingCharacters(in: .whitespaces), query: fields[1].trimmingCharacters(in: .whitespaces), parameters: parameters)
        }
    }

    static func matcher() throws -> QuestionMatcher {
        let (registry, engine) = try NamedQueryExampleTests.fixture.get()
        return QuestionMatcher(registry: registry, graph: engine.graph)
    }

    @Test func theSetIsLargeAndHalfChinese() {
        #expect(Self.cases.count >= 40)
        let chinese = Self.cases.filter { $0.question.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } && !$0.question.contains { $0.isASCII && $0.isLetter } }
        #expect(chinese.count * 2 >= Self.cases.count - 6, "\(chinese.count) of \(Self.cases.count) are in Chinese only")
    }

    @Test(arguments: cases)
    func picksTheQueryAndParameters(_ item: Case) throws {
        guard case .matched(let match) = try Self.matcher().match(item.question) else {
            Issue.record("'\(item.question)' matched nothing")
            return
        }
        #expect(match.query.id == item.query, "'\(item.question)'")
        for (name, text) in item.parameters {
            let value = match.parameters[name]
            #expect(value.map(Self.text) == text, "'\(item.question)': \(name) = \(String(describing: value))")
        }
    }

    static func text(_ value: Value) -> String {
        switch value {
        case .string(let s): return s
        case .int(let i): return String(i)
        default: return "\(value)"
        }
    }

    @Test func twoQueriesThatFitAreBothOffered() throws {
        // 牵头和负责: both roles, so the query of both; each role's own query fits nearly as well and is offered.
        guard case .matched(let match) = try Self.matcher().match("发改委牵头和负责的任务有哪些") else {
            Issue.record("no match")
            return
        }
        #expect(match.query.id == "work-plans.tasks-of-unit")
        #expect(match.alternatives.map(\.query.id).contains("work-plans.tasks-led-by"))
        // One role alone: its own query, nothing else close.
        guard case .matched(let single) = try Self.matcher().match("发改委牵头哪些任务") else {
            Issue.record("no match")
            return
        }
        #expect(single.query.id == "work-plans.tasks-led-by")
        #expect(single.alternatives.isEmpty)
    }

    @Test func aQuestionThatNamesNothingAQueryTakesListsTheClosest() throws {
        guard case .unmatched(let suggestions) = try Self.matcher().match("梁鸣喜欢吃什么") else {
            Issue.record("a question about food was answered")
            return
        }
        #expect(!suggestions.isEmpty)
        #expect(suggestions.contains { $0.filled["person"] == "梁鸣" })
    }

    @Test func meetingsAreFoundByNumberInEitherLanguage() throws {
        let (_, engine) = try NamedQueryExampleTests.fixture.get()
        let vocabulary = EntityVocabulary(graph: engine.graph, lexicons: [])
        let twentySecond = "政协武汉市第十四届常务委员会第二十二次会议"
        for question in [
            "meeting 22", "the 22nd meeting", "meeting no. 22", "第22次常委会", "第二十二次会议", "常委会第二十二次会议",
            "the twenty-second meeting", "meeting twenty-two", "the 22nd standing committee session", "22次常委会", "二十二次常委会议",
        ] {
            let entities = QuestionEntities(question, labels: ["Meeting"], vocabulary: vocabulary)
            #expect(entities.names("Meeting").map(\.entity) == [.node(.init(name: twentySecond, label: "Meeting"))], "\(question)")
        }
        // No meeting has number 99: nothing is guessed; a count is not a number of a meeting.
        for question in ["meeting 99", "梁鸣参加了22次会议", "one meeting a year"] {
            #expect(QuestionEntities(question, labels: ["Meeting"], vocabulary: vocabulary).names("Meeting").isEmpty, "\(question)")
        }
    }

    @Test func aQueryIsFoundByTheSynonymsOfItsIntentWords() {
        let synonyms = IntentSynonyms(sets: [["speak", "propose", "提议"], ["lead", "牵头"]])
        // A strong word brings its synonyms in strong, a weak one weak; words already there keep their strength.
        #expect(synonyms.expanding(["speak", "发言"]) == ["speak", "发言", "propose", "提议"])
        #expect(synonyms.expanding(["~lead", "牵头"]) == ["~lead", "牵头"])
        #expect(synonyms.expanding(["~lead"]) == ["~lead", "~牵头"])
        #expect(!IntentSynonyms.builtIn.sets.isEmpty, "the built-in sets are read")
    }

    @Test func englishIntentWordsMatchTheirRegularForms() {
        #expect(IntentWords.isForm("answered", of: "answer"))
        #expect(IntentWords.isForm("agencies", of: "agency"))
        #expect(IntentWords.isForm("responding", of: "respond"))
        #expect(!IntentWords.isForm("topic", of: "top"))
        #expect(!IntentWords.isForm("participate", of: "party"))
    }
}
