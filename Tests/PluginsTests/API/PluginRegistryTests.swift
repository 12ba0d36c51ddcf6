import Testing
@testable import Plugins

@Suite struct PluginRegistryTests {
    @Test func recordsWhichPluginAddedEachQueryAndQuestion() throws {
        let registry = try PluginRegistry(plugins: [
            QueryFixtures.Plugin(id: "alpha") { try $0.add(namedQuery: QueryFixtures.unitsForIndustry()) },
            QueryFixtures.Plugin(id: "beta") {
                try $0.add(question: QuestionPattern(query: "test.units-for-industry", text: "哪些部门承担{industry}任务"))
            },
        ])
        #expect(registry.namedQueries.map(\.plugin) == ["alpha"])
        #expect(registry.questions.map(\.plugin) == ["alpha", "alpha", "beta"])
        #expect(registry.namedQuery("test.units-for-industry")?.parameters.first?.label == "Industry")
        #expect(registry.origins["alpha"] == .builtIn)
    }

    @Test func refusesADuplicateQueryNamingTheFirstOwner() throws {
        var registry = try PluginRegistry(plugins: [
            QueryFixtures.Plugin(id: "alpha") { try $0.add(namedQuery: QueryFixtures.unitsForIndustry()) }
        ])
        let second = QueryFixtures.Plugin(id: "beta") {
            try $0.add(namedQuery: QueryFixtures.unitsForIndustry(questions: []))
        }
        let error = #expect(throws: PluginError.self) { try registry.load(second) }
        #expect(error?.message.contains("already added by 'alpha'") == true)
        #expect(!registry.plugins.contains { $0.id == "beta" })
    }

    @Test func refusesTheSameQuestionForTwoQueries() throws {
        let other = QueryFixtures.unitsForIndustry(id: "test.other", questions: ["Which units own the {industry} tasks?"])
        let error = #expect(throws: PluginError.self) {
            try PluginRegistry(plugins: [
                QueryFixtures.Plugin(id: "alpha") { try $0.add(namedQuery: QueryFixtures.unitsForIndustry()) },
                QueryFixtures.Plugin(id: "beta") { try $0.add(namedQuery: other) },
            ])
        }
        #expect(error?.message.contains("already asked by") == true)
    }

    @Test func aFailingPluginLeavesNothingBehind() throws {
        var registry = PluginRegistry()
        let broken = QueryFixtures.Plugin(id: "broken") {
            try $0.add(namedQuery: QueryFixtures.busiestUnits())
            throw PluginError("second contribution failed")
        }
        #expect(throws: PluginError.self) { try registry.load(broken) }
        #expect(registry.namedQueries.isEmpty)
        #expect(registry.questions.isEmpty)
        try registry.load(QueryFixtures.Plugin(id: "fine") { try $0.add(namedQuery: QueryFixtures.busiestUnits()) })
        #expect(registry.namedQueries.count == 1)
    }

    @Test func refusesAQuestionForAnUnknownQueryOrSlot() throws {
        #expect(throws: PluginError.self) {
            try PluginRegistry(plugins: [
                QueryFixtures.Plugin(id: "alpha") { try $0.add(question: QuestionPattern(query: "nope", text: "what {x}")) }
            ])
        }
        #expect(throws: PluginError.self) {
            try PluginRegistry(plugins: [
                QueryFixtures.Plugin(id: "alpha") {
                    try $0.add(namedQuery: QueryFixtures.unitsForIndustry())
                    try $0.add(question: QuestionPattern(query: "test.units-for-industry", text: "tasks of {unit}"))
                }
            ])
        }
    }

    @Test func refusesAPluginLoadedTwice() throws {
        var registry = try PluginRegistry(plugins: [QueryFixtures.Plugin(id: "alpha") { _ in }])
        let error = #expect(throws: PluginError.self) { try registry.load(QueryFixtures.Plugin(id: "alpha") { _ in }, origin: .pack(path: "x")) }
        #expect(error?.message.contains("loaded twice (already loaded from built-in)") == true)
    }
}
