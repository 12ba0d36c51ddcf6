import Foundation
import Graph
import Testing
@testable import Plugins

/// Scores the person reader on the fixtures of `Fixtures/people` (each states
/// its expected persons, reporters, parties and roles; see its README):
/// precision and recall of persons per fixture, and every expected party and
/// no other.
@Suite struct ProsePersonExtractorTests {
    static let folder = WorkPlanExtractorTests.packageRoot.appendingPathComponent("Tests/PluginsTests/Fixtures/people")

    static var fixtureNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }

    /// A fixture: its expectations and the document text.
    struct Fixture {
        var city: String?
        var persons: Set<String> = []
        var reporters: Set<String> = []
        var parties: Set<String> = []
        /// Memberships the page implies but does not state (`inferred: true`).
        var inferredParties: Set<String> = []
        var roles: [(String, String)] = []
        var text: String
    }

    static func load(_ name: String) throws -> Fixture {
        let whole = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let parts = whole.components(separatedBy: "\n---\n")
        try #require(parts.count == 2, "\(name) needs its expectations, a line `---`, then the document")
        var fixture = Fixture(text: parts[1])
        func names(_ s: String) -> Set<String> {
            Set(s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
        func pair(_ s: String) -> (String, String) {
            let sides = s.components(separatedBy: "=").map { $0.trimmingCharacters(in: .whitespaces) }
            return (sides[0], sides.count > 1 ? sides[1] : "")
        }
        for line in parts[0].split(separator: "\n") where line.hasPrefix("#! ") {
            let body = line.dropFirst(3)
            guard let colon = body.firstIndex(of: ":") else { continue }
            let key = body[..<colon], value = String(body[body.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            switch key {
            case "city": fixture.city = value
            case "persons": fixture.persons = names(value)
            case "reporters": fixture.reporters = names(value)
            case "party", "sector": let (a, b) = pair(value); fixture.parties.insert("\(a) = \(b)")
            case "inferred-party": let (a, b) = pair(value); fixture.inferredParties.insert("\(a) = \(b)")
            case "roles": fixture.roles.append(pair(value))
            default: Issue.record("\(name): unknown expectation `\(key)`")
            }
        }
        return fixture
    }

    static func extract(_ fixture: Fixture, id: String) throws -> PropertyGraph {
        let document = SourceDocument(id: id, title: id, date: "2020-01-01", city: fixture.city, text: fixture.text)
        let registry = try BuiltInPlugins.registry()
        var graph = PropertyGraph()
        for extractor in registry.extractors {
            try extractor.item.extract(from: document, context: registry.extractionContext, into: &graph)
        }
        return graph
    }

    static func persons(_ g: PropertyGraph) -> Set<String> {
        Set(g.nodes(withLabel: "Person").compactMap { g.node($0).name })
    }

    static func parties(_ g: PropertyGraph) -> Set<String> {
        var result: Set<String> = []
        for id in g.nodes(withLabel: "Person") {
            for rid in g.outgoing(id) {
                let r = g.relationship(rid)
                guard r.type == "MEMBER_OF", g.node(r.end).hasLabel("Party") else { continue }
                result.insert("\(g.node(id).name ?? "?") = \(g.node(r.end).name ?? "?")")
            }
        }
        return result
    }

    @Test(arguments: fixtureNames)
    func personsPartiesAndRoles(fixture name: String) throws {
        let fixture = try Self.load(name)
        let g = try Self.extract(fixture, id: name)
        let found = Self.persons(g)
        let right = found.intersection(fixture.persons).count
        let precision = found.isEmpty ? 1 : Double(right) / Double(found.count)
        let recall = fixture.persons.isEmpty ? 1 : Double(right) / Double(fixture.persons.count)
        print("\(name): persons precision \(precision), recall \(recall) (\(right) of \(fixture.persons.count), \(found.count) found)")
        #expect(found.subtracting(fixture.persons).isEmpty, "\(name): not persons: \(found.subtracting(fixture.persons).sorted())")
        #expect(fixture.persons.subtracting(found).isEmpty, "\(name): missed: \(fixture.persons.subtracting(found).sorted())")
        let reporters = Set(g.nodes(withLabel: "Person").filter { g.node($0).properties["reporter"] == .bool(true) }.compactMap { g.node($0).name })
        #expect(reporters == fixture.reporters, "\(name): reporters")
        // A body's other name counts as the scorer counts it (杭州市青澜区工商业联合会 for 青澜区工商业联合会).
        let parties = ExtractionScoreTests.parties(g, writtenAs: fixture.parties)
        #expect(parties == fixture.parties, "\(name): extra \(parties.subtracting(fixture.parties).sorted()), missed \(fixture.parties.subtracting(parties).sorted())")
        let inferred = ExtractionScoreTests.parties(g, writtenAs: fixture.inferredParties, inferred: true)
        #expect(inferred == fixture.inferredParties,
                "\(name): inferred extra \(inferred.subtracting(fixture.inferredParties).sorted()), missed \(fixture.inferredParties.subtracting(inferred).sorted())")
        for (person, roles) in fixture.roles {
            let node = g.nodes(named: person).first { g.node($0).hasLabel("Person") }
            let kept = node.flatMap { g.node($0).properties["roles"]?.listValue }?.compactMap(\.stringValue) ?? []
            #expect(kept.contains(roles.replacingOccurrences(of: "，", with: ",")), "\(name): roles of \(person): \(kept)")
        }
    }

    @Test func aMembershipThePageDoesNotStateSaysItIsInferredAndWhy() throws {
        let fixture = try Self.load("party-branch-news-members-named-alone-2023.txt")
        let g = try Self.extract(fixture, id: "inferred")
        let memberships = g.relationships(ofType: "MEMBER_OF").map(g.relationship)
        let inferred = memberships.filter { $0.properties["inferred"] == .bool(true) }
        #expect(Set(inferred.map { "\(g.node($0.start).name ?? "?") = \(g.node($0.end).name ?? "?")" }) == fixture.inferredParties)
        #expect(inferred.allSatisfy { ($0.properties["reason"]?.stringValue ?? "").contains("no role") && !$0.sources.isEmpty })
        // The officers the page names by their posts are stated members: no inference there.
        let stated = memberships.filter { $0.properties["inferred"] == nil }
        #expect(!stated.isEmpty && stated.allSatisfy { $0.properties["reason"] == nil })
    }

    @Test func everyMentionQuotesItsSentenceAndBylinesAreNoParticipants() throws {
        let fixture = try Self.load("municipal-bylines-2021.txt")
        let g = try Self.extract(fixture, id: "bylines")
        let mentions = g.relationships(ofType: "MENTIONS").map(g.relationship).filter { g.node($0.end).hasLabel("Person") }
        #expect(!mentions.isEmpty)
        for r in mentions {
            let name = g.node(r.end).name ?? ""
            #expect(r.sources.allSatisfy { $0.quote.contains(name) && $0.quote.count > name.count })
            let reporter = fixture.reporters.contains(name)
            #expect(r.properties["participant"] == .bool(!reporter), "\(name)")
        }
    }

    static func extract(_ documents: [(city: String, text: String)]) throws -> PropertyGraph {
        let registry = try BuiltInPlugins.registry()
        var graph = PropertyGraph()
        for (n, d) in documents.enumerated() {
            let document = SourceDocument(id: "doc\(n)", title: "doc\(n)", date: "2021-0\(n + 1)-01", city: d.city, text: d.text)
            for extractor in registry.extractors {
                try extractor.item.extract(from: document, context: registry.extractionContext, into: &graph)
            }
        }
        return graph
    }

    @Test func conflictsAcrossOneCitysDocumentsButNotForASector() throws {
        let g = try Self.extract([
            ("南京", "市政协召开常委会议\n民盟南京市委主委周海平出席会议。\n"),
            ("南京", "市政协召开专题协商会\n会上,民进南京市委副主委周海平表示,要加快推进城市更新。\n"),
            ("无锡", "市政协召开主席会议\n民建无锡市委主委、市工商联副主席钱立群出席会议。\n"),
        ])
        let conflicts = ConflictDetector.find(in: g)
        #expect(conflicts.map(\.subject) == ["周海平"])
        #expect(conflicts.first?.kind == .personInTwoParties)
        #expect(conflicts.first?.claims.flatMap(\.sources).map(\.document).sorted() == ["doc0", "doc1"])
        // 钱立群 is in 民建 and vice-chair of 无锡's 工商联, a sector: no conflict, both kept.
        let qian = try #require(g.nodes(named: "钱立群").first)
        let parties = g.outgoing(qian).map(g.relationship).filter { $0.type == "MEMBER_OF" }.compactMap { g.node($0.end).name }
        #expect(Set(parties) == ["中国民主建国会", "无锡市工商业联合会"])
    }

    /// A party's own news that names someone with no role implies, not states, membership:
    /// it cannot contradict what another document states.
    @Test func anInferredMembershipIsNoConflict() throws {
        let g = try Self.extract([
            ("绍兴", "市政协召开常委会议\n民盟绍兴市委副主委章明亮出席会议。\n"),
            ("绍兴", "九三学社绍兴市委会召开年度工作总结会\n1月12日,九三学社绍兴市委会召开年度工作总结会。社市委主委钱立群出席并讲话。会上,章明亮通报了社员发展情况。\n"),
        ])
        let zhang = try #require(g.nodes(named: "章明亮").first)
        let memberships = g.outgoing(zhang).map(g.relationship).filter { $0.type == "MEMBER_OF" }
        #expect(Set(memberships.map { "\(g.node($0.end).name ?? "?") \($0.properties["inferred"] == .bool(true))" })
                == ["中国民主同盟 false", "九三学社 true"])
        #expect(ConflictDetector.find(in: g).filter { $0.subject == "章明亮" }.isEmpty)
    }

    /// One name in two cities' documents is two persons (nothing says they are
    /// one): two nodes, each with its city, and no conflict between their parties.
    @Test func oneNameInTwoCitiesIsTwoPersons() throws {
        let g = try Self.extract([
            ("南京", "市政协召开常委会议\n民盟南京市委主委周海平出席会议。\n"),
            ("苏州", "市政协召开专题协商会\n会上,民进苏州市委副主委周海平表示,要加快推进城市更新。\n"),
            ("苏州", "苏州市政协召开主席会议\n市政协副主席周海平出席。\n"),
        ])
        let persons = g.nodes(named: "周海平").filter { g.node($0).hasLabel("Person") }
        #expect(persons.count == 2)
        #expect(Set(persons.compactMap { g.node($0).properties["place"]?.stringValue }) == ["南京", "苏州"])
        // Not one person in two parties: a question for the reader, listed by `explorer check`.
        let about = ConflictDetector.find(in: g).filter { $0.subject == "周海平" }
        #expect(about.map(\.kind) == [.sameNameInTwoPlaces])
        #expect(about.first?.summary.contains("南京: 中国民主同盟") == true, "\(about.first?.summary ?? "")")
        #expect(about.first?.claims.count == 2)
        // The same party in both places: nothing to ask.
        let same = try Self.extract([
            ("南京", "市政协召开常委会议\n民盟南京市委主委周海平出席会议。\n"),
            ("苏州", "市政协召开专题协商会\n会上,民盟苏州市委副主委周海平表示,要加快推进城市更新。\n"),
        ])
        #expect(same.nodes(named: "周海平").count == 2)
        #expect(ConflictDetector.find(in: same).filter { $0.subject == "周海平" }.isEmpty)
        // A provincial document names the province's person; a document naming no place, a person of no place.
        let h = try Self.extract([
            ("", "福建省政协召开常委会议\n致公党福建省委主委薛卫民出席会议。\n"),
            ("", "全国政协召开双周协商座谈会\n全国政协委员薛卫民发言。\n"),
        ])
        let places = h.nodes(named: "薛卫民").map { h.node($0).properties["place"]?.stringValue ?? "-" }
        #expect(places.sorted() == ["-", "福建省"])
    }

    @Test func theBundledDatasetGainsNoPersonAndLosesNone() {
        let g = SpeechExtractorTests.wuhan
        let persons = Set(g.nodes(withLabel: "Person").compactMap { g.node($0).name })
        // 53: the 52 of before and the photographer 王宁波, credited `王宁波 摄` under a photo (a reporter).
        #expect(persons.count == 53)
        #expect(g.nodes(named: "王宁波").allSatisfy { g.node($0).properties["reporter"] == .bool(true) })
        // 研究员 杨春和: a name ending in 和 at the end of a line keeps it.
        #expect(persons.contains("杨春和") && !persons.contains("杨春"))
        // Every person keeps the roles as written.
        let withRoles = g.nodes(withLabel: "Person").filter { g.node($0).properties["roles"]?.listValue?.isEmpty == false }
        #expect(withRoles.count >= 49)
    }

    @Test func aCitysFederationIsNotTheNationalOne() throws {
        let fixture = try Self.load("municipal-speech-digest-2016.txt")
        let g = try Self.extract(fixture, id: "federation")
        let local = try #require(g.nodes(named: "洛阳市工商业联合会").first)
        #expect(g.node(local).properties["kind"] == "界别")
        #expect(g.node(local).properties["city"] == "洛阳")
        #expect(g.node(local).properties["level"] == "市")
        let national = g.outgoing(local).map(g.relationship).filter { $0.type == "PART_OF" }.map { g.node($0.end).name }
        #expect(national == ["中华全国工商业联合会"])
    }
}
