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

    /// Sets written by others, their values as they wrote them (aliases, meeting numbers).
    static let heldOut: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("held-out-questions.tsv")
        return (try? read(url)) ?? []
    }()

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

    @Test(arguments: heldOut)
    func picksTheQueryOfAHeldOutQuestion(_ item: Case) throws {
        let matcher = try Self.matcher()
        guard case .matched(let match) = matcher.match(item.question) else {
            Issue.record("'\(item.question)' matched nothing")
            return
        }
        #expect(
            AskScoreTests.fits(match, item, matcher: matcher),
            "'\(item.question)': \(match.query.id) \(match.parameters) for \(item.query) \(item.parameters)")
    }

    @Test func theHeldOutSetsAreRead() {
        #expect(Self.heldOut.count >= 70)
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
        // Several queries are offered, not five phrasings of one.
        #expect(Set(suggestions.map(\.query.id)).count == suggestions.count, "\(suggestions.map(\.text))")
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

    @Test func meetingsAreFoundByTheMonthTheyWereHeldIn() throws {
        let (_, engine) = try NamedQueryExampleTests.fixture.get()
        let vocabulary = EntityVocabulary(graph: engine.graph, lexicons: [])
        let june = "政协武汉市第十四届委员会常务委员会第二十一次会议", september = "政协武汉市第十四届常务委员会第二十二次会议"
        let plenary2024 = "政协武汉市第十四届委员会第三次会议第二次全体会议"
        for (question, name) in [
            ("6月那次常委会上谁提问了", june), ("九月份那次常委会", september), ("2025年9月的常委会会议", september),
            ("the September standing committee session", september), ("the June meeting", june),
            ("the January 2024 plenary", plenary2024), ("十四届三次会议", plenary2024),
        ] {
            let entities = QuestionEntities(question, labels: ["Meeting"], vocabulary: vocabulary)
            #expect(entities.names("Meeting").map(\.entity) == [.node(.init(name: name, label: "Meeting"))], "\(question)")
        }
        // No meeting in March, a month without a meeting word names nothing, and 2024年9月 had none.
        for question in ["3月的常委会", "9月份的任务", "2024年9月的常委会"] {
            #expect(QuestionEntities(question, labels: ["Meeting"], vocabulary: vocabulary).names("Meeting").isEmpty, "\(question)")
        }
    }

    @Test func typosAreReadAsTheWordsMeant() {
        let spelling = SpellingCorrection(words: ["attend", "standing committee", "meeting", "answer"])
        #expect(String(spelling.corrected(Array("which meetings did he atend"))) == "which meetings did he attend")
        #expect(String(spelling.corrected(Array("the 21st standign committe meeting"))) == "the 21st standing committee meeting")
        // Known words, their forms, common words and short words stay as typed.
        for kept in ["answered", "there", "where", "atnd", "he met"] {
            #expect(String(spelling.corrected(Array(kept))) == kept)
        }
        #expect(SpellingCorrection.isOneEditApart("standign", "standing"))
        #expect(!SpellingCorrection.isOneEditApart("stand", "standing"))
        // Chinese typed by sound: 任物 for 任务; a different sound is no typo, nor is a whole other word.
        #expect(Homophones.isTypo(Array("任物"), of: Array("任务")))
        #expect(!Homophones.isTypo(Array("任命"), of: Array("任务")))
        #expect(!Homophones.isTypo(Array("任务"), of: Array("任务")))
    }

    @Test func aVerbSplitByAParticleIsStillTheVerb() throws {
        let words = IntentWords([NamedQuery(id: "x", title: .init(zh: "x", en: "x"), cypher: "RETURN 1", intent: [["提问", "责任", "负责", "任务"]], example: QueryExample(rows: []))])
        #expect(words.occurrences(in: Array("谁提的问")).map(\.words) == [["提问"]])
        // Not across two words that stand whole: 负责的任务 is 负责 and 任务, not 责任.
        #expect(words.occurrences(in: Array("负责的任务")).map(\.words) == [["负责"], ["任务"]])
    }

    @Test func aWordQuestionsAskIsNoPartOfAName() throws {
        // 牵头单位 is part of one agency's long name (各“965”产业链牵头单位), but in a question it asks for the lead.
        guard case .matched(let match) = try Self.matcher().match("市发展改革委作为牵头单位要抓哪些事") else {
            Issue.record("no match")
            return
        }
        #expect(match.query.id == "work-plans.tasks-led-by")
        #expect(match.parameters["unit"] == .string("市发展和改革委员会"))
    }

    @Test func aQueryWrittenForAThemeWinsOverTheGeneralOne() throws {
        // The silver-economy pack's query takes 银发经济 by default: asked about that theme, it answers.
        guard case .matched(let match) = try Self.matcher().match("讲银发经济的委员有谁") else {
            Issue.record("no match")
            return
        }
        #expect(match.query.id == "silver-economy.speakers")
        #expect(match.alternatives.map(\.query.id).contains("proceedings.speakers-on-industry"))
        // About another industry, the general query answers.
        guard case .matched(let other) = try Self.matcher().match("讲人工智能的委员有谁") else {
            Issue.record("no match")
            return
        }
        #expect(other.query.id == "proceedings.speakers-on-industry")
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
