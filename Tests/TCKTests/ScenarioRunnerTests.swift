import Testing

/// A scripted engine: answers each query with a canned outcome and applies a canned graph change.
final class FakeDriver: TCKDriver {
    var answers: [String: TCKOutcome] = [:]
    var effects: [String: (inout GraphMeasure) -> Void] = [:]
    private(set) var executed: [(String, [String: TCKValue])] = []
    private var graph = GraphMeasure()

    func execute(_ query: String, parameters: [String: TCKValue]) -> TCKOutcome {
        executed.append((query, parameters))
        effects[query]?(&graph)
        return answers[query] ?? .rows(columns: [], rows: [])
    }

    func measure() -> GraphMeasure { graph }

    private(set) var procedures: [String] = []
    func registerProcedure(signature: String, table: [[String]]) -> String? {
        procedures.append(signature)
        return nil
    }
}

@Suite struct ScenarioRunnerTests {
    private func test(_ body: String) throws -> TCKTestCase {
        let feature = try GherkinParser.parse(path: "T.feature", text: "Feature: T\n  Scenario: [1] t\n" + body)
        return try #require(TCKTestCase.expand(feature).first)
    }

    private func query(_ q: String) -> String { "      \"\"\"\n      \(q)\n      \"\"\"\n" }

    @Test func passesMatchingRowsInAnyOrder() throws {
        let t = try test(
            "    Given an empty graph\n    When executing query:\n" + query("Q")
                + "    Then the result should be, in any order:\n      | a | b |\n      | 1 | 'x' |\n      | 2 | null |\n    And no side effects\n"
        )
        let driver = FakeDriver()
        driver.answers["Q"] = .rows(columns: ["a", "b"], rows: [[.int(2), .null], [.int(1), .string("x")]])
        #expect(ScenarioRunner().run(t, on: driver) == .passed)
    }

    @Test func orderMattersWhenAsked() throws {
        let t = try test(
            "    When executing query:\n" + query("Q")
                + "    Then the result should be, in order:\n      | a |\n      | 1 |\n      | 2 |\n")
        let driver = FakeDriver()
        driver.answers["Q"] = .rows(columns: ["a"], rows: [[.int(2)], [.int(1)]])
        guard case .failed(let failure) = ScenarioRunner().run(t, on: driver) else {
            Issue.record("rows in the wrong order passed")
            return
        }
        #expect(failure.category == "wrong rows (ordered)")
    }

    @Test func duplicateRowsCount() throws {
        let t = try test(
            "    When executing query:\n" + query("Q")
                + "    Then the result should be, in any order:\n      | a |\n      | 1 |\n      | 1 |\n")
        let driver = FakeDriver()
        driver.answers["Q"] = .rows(columns: ["a"], rows: [[.int(1)], [.int(2)]])
        #expect(ScenarioRunner().run(t, on: driver) != .passed)
    }

    @Test func columnsMustMatchInOrder() throws {
        let t = try test(
            "    When executing query:\n" + query("Q")
                + "    Then the result should be, in any order:\n      | a | b |\n")
        let driver = FakeDriver()
        driver.answers["Q"] = .rows(columns: ["b", "a"], rows: [])
        guard case .failed(let failure) = ScenarioRunner().run(t, on: driver) else {
            Issue.record("swapped columns passed")
            return
        }
        #expect(failure.category == "wrong columns")
    }

    @Test func setupAndParametersReachTheDriver() throws {
        let t = try test(
            "    Given an empty graph\n    And having executed:\n" + query("SETUP")
                + "    And parameters are:\n      | p | [1, 'a'] |\n    When executing query:\n"
                + query("RETURN $p AS p")
                + "    Then the result should be, in any order:\n      | p |\n      | [1, 'a'] |\n")
        let driver = FakeDriver()
        driver.answers["RETURN $p AS p"] = .rows(columns: ["p"], rows: [[.list([.int(1), .string("a")])]])
        #expect(ScenarioRunner().run(t, on: driver) == .passed)
        #expect(driver.executed.map(\.0) == ["SETUP", "RETURN $p AS p"])
        #expect(driver.executed[1].1["p"]?.matches(.list([.int(1), .string("a")])) == true)
    }

    @Test func sideEffectsAreMeasuredAroundTheQueryOnly() throws {
        let t = try test(
            "    And having executed:\n" + query("SETUP") + "    When executing query:\n" + query("CREATE")
                + "    Then the result should be empty\n    And the side effects should be:\n      | +nodes | 1 |\n      | +labels | 1 |\n      | +properties | 2 |\n"
        )
        let driver = FakeDriver()
        driver.effects["SETUP"] = { $0.nodes.insert(0) }
        driver.effects["CREATE"] = { g in
            g.nodes.insert(1)
            g.labels.insert("A")
            g.properties["n1.a=1", default: 0] += 1
            g.properties["n1.b=2", default: 0] += 1
        }
        #expect(ScenarioRunner().run(t, on: driver) == .passed)
        driver.effects["CREATE"] = { $0.nodes.insert(1) }
        #expect(ScenarioRunner().run(t, on: FakeDriverCopy.with(driver)) != .passed)
    }

    @Test func expectedErrorMatchesKindPhaseAndDetail() throws {
        let t = try test(
            "    When executing query:\n" + query("Q")
                + "    Then a SyntaxError should be raised at compile time: UndefinedVariable\n")
        let driver = FakeDriver()
        driver.answers["Q"] = .error(
            TCKError(phase: .compileTime, kind: "SyntaxError", detail: "UndefinedVariable", message: ""))
        #expect(ScenarioRunner().run(t, on: driver) == .passed)
        driver.answers["Q"] = .error(
            TCKError(phase: .runtime, kind: "SyntaxError", detail: "UndefinedVariable", message: ""))
        #expect(ScenarioRunner().run(t, on: driver) != .passed)
        driver.answers["Q"] = .error(
            TCKError(phase: .compileTime, kind: "SyntaxError", detail: "UnexpectedSyntax", message: ""))
        #expect(ScenarioRunner().run(t, on: driver) != .passed)
        var lenient = ScenarioRunner()
        lenient.errorMatching = .kindOnly
        #expect(lenient.run(t, on: driver) == .passed)
        driver.answers["Q"] = .rows(columns: ["x"], rows: [])
        #expect(ScenarioRunner().run(t, on: driver) != .passed)
    }

    @Test func anyTimeAndWildcardDetail() {
        let expected = ScenarioRunner.expectedError("a TypeError should be raised at any time: *")
        #expect(expected == ScenarioRunner.ExpectedError(kind: "TypeError", phase: nil, detail: "*"))
        #expect(
            ScenarioRunner.expectedError("an ArgumentError should be raised at runtime: NumberOutOfRange")?.phase
                == .runtime)
        #expect(ScenarioRunner.expectedError("the result should be empty") == nil)
    }

    @Test func failingQueryMustNotWrite() throws {
        let t = try test(
            "    When executing query:\n" + query("Q") + "    Then a TypeError should be raised at runtime: *\n")
        let driver = FakeDriver()
        driver.answers["Q"] = .error(
            TCKError(phase: .runtime, kind: "TypeError", detail: "InvalidArgumentType", message: ""))
        driver.effects["Q"] = { $0.nodes.insert(7) }
        guard case .failed(let failure) = ScenarioRunner().run(t, on: driver) else {
            Issue.record("a failing query that wrote passed")
            return
        }
        #expect(failure.category == "side effects")
    }

    @Test func namedGraphScriptIsSplitOnSemicolons() throws {
        let t = try test(
            "    Given the binary-tree-1 graph\n    When executing query:\n" + query("Q")
                + "    Then the result should be empty\n")
        var runner = ScenarioRunner()
        runner.namedGraph = { $0 == "binary-tree-1" ? "CREATE (a)\nCREATE (b);\n CREATE (c);\n" : nil }
        let driver = FakeDriver()
        #expect(runner.run(t, on: driver) == .passed)
        #expect(driver.executed.map(\.0) == ["CREATE (a)\nCREATE (b)", "\n CREATE (c)", "Q"])
    }

    @Test func unknownStepFails() throws {
        let t = try test("    Given a graph of my own making\n")
        guard case .failed(let failure) = ScenarioRunner().run(t, on: FakeDriver()) else {
            Issue.record("unknown step passed")
            return
        }
        #expect(failure.category == "runner")
    }

    @Test func controlQueryResultIsChecked() throws {
        let t = try test(
            "    When executing query:\n" + query("CREATE")
                + "    Then the result should be empty\n    And the side effects should be:\n      | +nodes | 1 |\n"
                + "    When executing control query:\n" + query("COUNT")
                + "    Then the result should be, in any order:\n      | c |\n      | 1 |\n")
        let driver = FakeDriver()
        driver.effects["CREATE"] = { $0.nodes.insert(0) }
        driver.answers["COUNT"] = .rows(columns: ["c"], rows: [[.int(1)]])
        #expect(ScenarioRunner().run(t, on: driver) == .passed)
        driver.answers["COUNT"] = .rows(columns: ["c"], rows: [[.int(2)]])
        #expect(ScenarioRunner().run(t, on: FakeDriverCopy.with(driver)) != .passed)
    }
}

/// A fresh fake with the same script, since a run changes the fake's graph.
enum FakeDriverCopy {
    static func with(_ driver: FakeDriver) -> FakeDriver {
        let copy = FakeDriver()
        copy.answers = driver.answers
        copy.effects = driver.effects
        return copy
    }
}
