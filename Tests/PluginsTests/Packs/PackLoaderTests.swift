import Foundation
import Graph
import Testing
@testable import Plugins

@Suite struct PackLoaderTests {
    func load(_ paths: [URL], into registry: inout PluginRegistry) -> [PackFailure] {
        PackLoader.load(paths.map { PackLoader.Source(url: $0, place: .commandLine) }, into: &registry)
    }

    @Test func loadsAValidPackWithEverythingItContributes() throws {
        let fixture = try PackFixture()
        defer { fixture.remove() }
        try fixture.writeValidPack()
        var registry = PluginRegistry()
        let failures = load([fixture.root.appendingPathComponent("low-altitude")], into: &registry)
        #expect(failures.isEmpty)
        #expect(registry.plugins.map(\.id) == ["low-altitude"])
        let lexicon = try #require(registry.lexicons.first?.item)
        #expect(lexicon.entries.map(\.name) == ["低空经济", "无人机"])
        #expect(lexicon.entries[0].triggers == ["低空经济", "低空产业", "low-altitude economy"])
        #expect(lexicon.entries[0].properties == ["aliases": "低空产业", "kind": "新兴产业"])
        #expect(lexicon.entries.allSatisfy { $0.label == "Industry" })
        let query = try #require(registry.namedQuery("low-altitude.units"))
        #expect(query.parameters.first?.defaultValue == "低空经济")
        #expect(query.diagram.style == "low-altitude")
        #expect(registry.questions.count == 2)
        #expect(registry.style("low-altitude")?.edges["ABOUT"]?.lineStyle == "dashed")
        guard case .pack(let path) = registry.origins["low-altitude"] else {
            Issue.record("the pack's origin is not recorded")
            return
        }
        #expect(path.hasSuffix("low-altitude"))
    }

    @Test func aSyntaxErrorIsReportedWithFileAndLineAndTheOtherPacksStillLoad() throws {
        let fixture = try PackFixture()
        defer { fixture.remove() }
        try fixture.writeValidPack(in: "good")
        try fixture.write("broken/plugin.yaml", "id: broken\nsummary: a broken pack\n")
        try fixture.write("broken/queries/bad.yaml", "id: broken.q\ntitle: {zh: 坏, en: bad\ncypher: MATCH (n) RETURN n\n")
        var registry = PluginRegistry()
        let failures = load([fixture.root], into: &registry)
        #expect(registry.plugins.map(\.id) == ["low-altitude"])
        let failure = try #require(failures.first)
        #expect(failures.count == 1)
        let problem = try #require(failure.problems.first)
        #expect(problem.kind == .syntax)
        #expect(problem.file.hasSuffix("broken/queries/bad.yaml"))
        #expect(problem.line == 3)
        #expect(problem.description.contains("bad.yaml:3:"))
    }

    @Test func aMisspelledKeyIsNamedWithItsLineAndTheKeyMeant() throws {
        let fixture = try PackFixture()
        defer { fixture.remove() }
        try fixture.writeValidPack()
        try fixture.write("low-altitude/queries/units.yaml", PackFixture.query.replacingOccurrences(of: "questions:", with: "quesitons:"))
        var registry = PluginRegistry()
        let failures = load([fixture.root], into: &registry)
        let problem = try #require(failures.first?.problems.first)
        #expect(problem.kind == .invalid)
        #expect(problem.line == 8)
        #expect(problem.message.contains("did you mean 'questions'?"))
        #expect(registry.plugins.isEmpty)
    }

    @Test func aMisspelledLexiconKeyIsATypoNotAProperty() throws {
        let fixture = try PackFixture()
        defer { fixture.remove() }
        try fixture.writeValidPack()
        try fixture.write("low-altitude/lexicons/industries.yaml", "id: l\nlabel: Industry\nentries:\n  - name: 低空经济\n    trigers: [无人机]\n")
        var registry = PluginRegistry()
        let problem = try #require(load([fixture.root], into: &registry).first?.problems.first)
        #expect(problem.line == 5)
        #expect(problem.message.contains("did you mean 'triggers'?"))
        #expect(registry.plugins.isEmpty)
    }

    /// A pack's lexicon may bind a short name to the words it stands before, as the built-in 九三 is.
    @Test func aPackLexiconBindsAShortNameToItsWords() throws {
        let fixture = try PackFixture()
        defer { fixture.remove() }
        try fixture.writeValidPack()
        try fixture.write("low-altitude/lexicons/industries.yaml", """
            id: l
            label: Party
            entries:
              - name: 甲乙学会
                bound-aliases: [甲乙]
                bound-before: [中央, 省委]
            """)
        var registry = PluginRegistry()
        #expect(load([fixture.root], into: &registry).isEmpty)
        let lexicon = try #require(registry.lexicons.first?.item)
        #expect(lexicon.entries[0].properties == ["bound-aliases": "甲乙", "bound-before": "中央|省委"])
        let index = LexiconIndex(lexicons: [lexicon])
        #expect(index.hits(in: Array("甲乙中央副主席".utf8)).map(\.entry) == [0])
        #expect(index.hits(in: Array("甲乙两地".utf8)).isEmpty)

        try fixture.write("low-altitude/lexicons/industries.yaml", "id: l\nlabel: Party\nentries:\n  - name: 甲乙学会\n    bound-aliases: [甲乙]\n")
        var again = PluginRegistry()
        let problem = try #require(load([fixture.root], into: &again).first?.problems.first)
        #expect(problem.message.contains("needs both 'bound-aliases' and 'bound-before'"))
    }

    @Test func reportsEveryBrokenFileOfAPackAtOnce() throws {
        let fixture = try PackFixture()
        defer { fixture.remove() }
        try fixture.writeValidPack()
        try fixture.write("low-altitude/styles/low-altitude.yaml", "id: s\nnodes:\n  Industry: {shape: hexagone}\n")
        try fixture.write("low-altitude/lexicons/industries.yaml", "id: l\nentries:\n  - 无人机\n")
        var registry = PluginRegistry()
        let problems = load([fixture.root], into: &registry).flatMap(\.problems)
        #expect(problems.count == 2)
        #expect(problems.contains { $0.message.contains("did you mean 'hexagon'?") && $0.line == 3 })
        #expect(problems.contains { $0.message.contains("has no label") && $0.line == 3 })
    }

    @Test func aClashWithALoadedPluginIsReportedAtTheClashingItem() throws {
        let fixture = try PackFixture()
        defer { fixture.remove() }
        try fixture.writeValidPack()
        var registry = try PluginRegistry(plugins: [
            QueryFixtures.Plugin(id: "built-in") { try $0.add(style: DiagramStyle(id: "low-altitude")) }
        ])
        let problem = try #require(load([fixture.root], into: &registry).first?.problems.first)
        #expect(problem.kind == .conflict)
        #expect(problem.file.hasSuffix("styles/low-altitude.yaml"))
        #expect(problem.line == 1)
        #expect(problem.message.contains("already added by 'built-in'"))
        #expect(registry.plugins.map(\.id) == ["built-in"])
        #expect(registry.namedQueries.isEmpty)
    }

    @Test func aMissingPluginPathAndAFolderWithoutManifestAreReported() throws {
        let fixture = try PackFixture()
        defer { fixture.remove() }
        try fixture.write("not-a-pack/readme.txt", "hello")
        var registry = PluginRegistry()
        let failures = load([fixture.root.appendingPathComponent("missing"), fixture.root], into: &registry)
        #expect(failures.count == 2)
        #expect(failures[0].problems[0].message.contains("does not exist"))
        #expect(failures[1].problems[0].message.contains("no plugin.yaml"))
    }

    @Test func looksInTheDatasetThenTheUserFolderThenTheCommandLine() {
        let sources = PackLoader.sources(
            dataset: URL(fileURLWithPath: "/data/wuhan"), explicit: ["/tmp/pack"],
            environment: ["XDG_CONFIG_HOME": "/home/u/cfg", "HOME": "/home/u"])
        #expect(sources.map(\.url.path) == ["/data/wuhan/plugins", "/home/u/cfg/policy-graph-explorer/plugins", "/tmp/pack"])
        #expect(PackLoader.userFolder(environment: ["HOME": "/home/u"])?.path == "/home/u/.config/policy-graph-explorer/plugins")
        #expect(PackLoader.userFolder(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"])?.path == "/h/.config/policy-graph-explorer/plugins")
    }

    @Test func aFileMayHoldAListOfQueries() throws {
        let fixture = try PackFixture()
        defer { fixture.remove() }
        try fixture.write("p/plugin.yaml", "id: p\nsummary: two queries in one file\n")
        try fixture.write("p/queries/all.yaml", """
            - id: p.one
              title: {zh: 一, en: one}
              cypher: MATCH (n:Industry) RETURN n.name
              example: {rows: []}
            - id: p.two
              title: {zh: 二, en: two}
              cypher: "MATCH (n:Industry) WHERE n.name = $name RETURN n.name"
              parameters: [{name: name, default: 2024}]
              example: {parameters: {name: 2025}, rows: [[2025]]}
            """)
        var registry = PluginRegistry()
        #expect(load([fixture.root.appendingPathComponent("p")], into: &registry).isEmpty)
        #expect(registry.namedQueries.map(\.item.id) == ["p.one", "p.two"])
        let two = try #require(registry.namedQuery("p.two"))
        #expect(two.parameters[0].defaultValue == "2024")
        #expect(two.example.parameters["name"] == "2025")
        #expect(two.example.rows == [[2025]])
    }

    @Test func aQueryProblemPointsAtTheLineAtFault() throws {
        let fixture = try PackFixture()
        defer { fixture.remove() }
        try fixture.writeValidPack()
        let undeclared = PackFixture.query.replacingOccurrences(of: "{name: $industry}", with: "{name: $sector}")
        try fixture.write("low-altitude/queries/units.yaml", undeclared)
        var registry = PluginRegistry()
        let problem = try #require(load([fixture.root], into: &registry).first?.problems.first)
        #expect(problem.line == 5)
        #expect(problem.message.contains("uses $sector"))
        let badSlot = PackFixture.query.replacingOccurrences(of: "哪些单位在做{industry}", with: "哪些单位在做{topic}")
        try fixture.write("low-altitude/queries/units.yaml", badSlot)
        let slotProblem = try #require(load([fixture.root], into: &registry).first?.problems.first)
        #expect(slotProblem.line == 10)
        #expect(slotProblem.message.contains("has slot {topic}"))
    }

    @Test func aManifestMayAddPhrasingsForAnotherPluginsQuery() throws {
        let fixture = try PackFixture()
        defer { fixture.remove() }
        try fixture.write("words/plugin.yaml", """
            id: words
            summary: more ways to ask
            questions:
              - {query: test.units-for-industry, text: "哪些部门承担{industry}任务"}
              - {query: test.nothing, text: "what about {x}"}
            """)
        var registry = try PluginRegistry(plugins: [
            QueryFixtures.Plugin(id: "base") { try $0.add(namedQuery: QueryFixtures.unitsForIndustry()) }
        ])
        let problem = try #require(load([fixture.root.appendingPathComponent("words")], into: &registry).first?.problems.first)
        #expect(problem.kind == .conflict)
        #expect(problem.line == 5)
        #expect(problem.message.contains("for query 'test.nothing', which no plugin adds"))
        #expect(registry.questions.count == 2)

        try fixture.write("words/plugin.yaml", """
            id: words
            summary: more ways to ask
            questions:
              - {query: test.units-for-industry, text: "哪些部门承担{industry}任务"}
            """)
        #expect(load([fixture.root.appendingPathComponent("words")], into: &registry).isEmpty)
        #expect(registry.questions.last?.plugin == "words")
        guard case .matched(let match) = QuestionMatcher(registry: registry, graph: try QueryFixtures.workPlanGraph()).match("哪些部门承担人工智能任务") else {
            Issue.record("the added phrasing does not match")
            return
        }
        #expect(match.parameters == ["industry": "人工智能"])
    }
}

extension PackLoaderTests {
    @Test func aQueryDiagramMayNameItsView() throws {
        let fixture = try PackFixture()
        defer { fixture.remove() }
        try fixture.writeValidPack()
        let matrix = PackFixture.query.replacingOccurrences(of: "layout: dot}", with: "layout: dot, view: matrix}")
        try fixture.write("low-altitude/queries/units.yaml", matrix)
        var registry = PluginRegistry()
        #expect(load([fixture.root], into: &registry).isEmpty)
        #expect(registry.namedQuery("low-altitude.units")?.diagram.view == "matrix")
        let pie = PackFixture.query.replacingOccurrences(of: "layout: dot}", with: "layout: dot, view: pie}")
        try fixture.write("low-altitude/queries/units.yaml", pie)
        var other = PluginRegistry()
        let problem = try #require(load([fixture.root], into: &other).first?.problems.first)
        #expect(problem.message.contains("view 'pie' is not one of graph, matrix, timeline"))
    }
}
