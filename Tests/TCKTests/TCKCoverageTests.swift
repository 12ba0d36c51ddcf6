import Testing

/// Checks the runner against the real TCK without an engine: every feature file
/// parses, the tests found match `SCOPE-tests.tsv`, every step of every test
/// is understood and every expected value and parameter parses.
@Suite struct TCKCoverageTests {
    private let catalog = TCKCatalog(root: TCKCatalog.defaultRoot)

    private func inScopeTests() throws -> (tests: [TCKTestCase], all: Int, scope: [String: Bool]) {
        let scope = try catalog.scope()
        var tests: [TCKTestCase] = []
        var all = 0
        for path in try catalog.featurePaths() {
            let expanded = TCKTestCase.expand(try catalog.loadFeature(path))
            all += expanded.count
            tests += expanded.filter { scope[$0.id] == true }
        }
        return (tests, all, scope)
    }

    /// Every test of the suite, which the runner counts.
    private func allTests() throws -> [TCKTestCase] {
        try catalog.featurePaths().flatMap { TCKTestCase.expand(try catalog.loadFeature($0)) }
    }

    @Test func featureFilesMatchTheScopeTable() throws {
        guard catalog.exists else { return }
        let (tests, all, scope) = try inScopeTests()
        #expect(all == scope.count, "tests found in features differ from SCOPE-tests.tsv lines")
        #expect(tests.count == scope.values.filter { $0 }.count)
        #expect(Set(tests.map(\.id)).count == tests.count, "test ids must be unique")
    }

    @Test func everyInScopeStepAndValueIsUnderstood() throws {
        guard catalog.exists else { return }
        var problems: [String] = []
        for test in try allTests() {
            for step in test.steps {
                let t = step.text
                let known =
                    [
                        "an empty graph", "any graph", "having executed:", "parameters are:", "executing query:",
                        "executing control query:", "the result should be empty", "no side effects",
                        "the side effects should be:",
                    ].contains(t)
                    || ScenarioRunner.resultModes[t] != nil || ScenarioRunner.expectedError(t) != nil
                    || ScenarioRunner.namedGraphName(t).flatMap(catalog.namedGraphScript) != nil
                    || ScenarioRunner.procedureSignature(t) != nil
                if !known { problems.append("\(test.id): step '\(t)'") }
                var cells: [String] = []
                if ScenarioRunner.resultModes[t] != nil { cells = (step.table ?? []).dropFirst().flatMap { $0 } }
                if t == "parameters are:" { cells = (step.table ?? []).map { $0.last ?? "" } }
                for cell in cells {
                    do { _ = try TCKValueParser.parse(cell) } catch { problems.append("\(test.id): \(error)") }
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.count) problems, e.g. \(problems.prefix(5))")
    }
}
