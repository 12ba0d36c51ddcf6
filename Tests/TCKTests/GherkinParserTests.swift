import Testing

@Suite struct GherkinParserTests {
    static let sample = """
        #encoding: utf-8

        Feature: Sample - things

          Background:
            Given an empty graph

          @ignore @skipStyleCheck
          Scenario: [1] Plain one
            When executing query:
              \"\"\"
              MATCH (n)
                RETURN n
              \"\"\"
            # a comment between the step and its table
            Then the result should be, in any order:
              | n        | s                |
              | (:A)     | 'a\\|b\\\\c\\nd' |
            And no side effects

        #  Scenario: [2] commented out
          Scenario Outline: [3] Outline <x>
            Given any graph
            When executing query:
              \"\"\"
              RETURN <x> AS v
              \"\"\"
            Then the result should be, in any order:
              | v   |
              | <y> |

            Examples:
              | x | y   |
              | 1 | 1   |
              | 2 | 2.0 |
        """

    @Test func parsesFeatureBackgroundAndScenarios() throws {
        let feature = try GherkinParser.parse(path: "a/Sample.feature", text: Self.sample)
        #expect(feature.name == "Sample - things")
        #expect(feature.background.map(\.text) == ["an empty graph"])
        #expect(feature.scenarios.map(\.name) == ["[1] Plain one", "[3] Outline <x>"])
        let first = feature.scenarios[0]
        #expect(first.tags == ["@ignore", "@skipStyleCheck"])
        #expect(first.line == 9)
        #expect(first.steps.map(\.text) == ["executing query:", "the result should be, in any order:", "no side effects"])
        #expect(first.steps[0].docString == "MATCH (n)\n  RETURN n")
        #expect(first.steps[1].table == [["n", "s"], ["(:A)", "'a|b\\c\nd'"]])
        #expect(feature.scenarios[1].examples == ExamplesTable(header: ["x", "y"], rows: [["1", "1"], ["2", "2.0"]]))
    }

    @Test func expandsOutlineRowsWithBackgroundAndPlaceholders() throws {
        let feature = try GherkinParser.parse(path: "a/Sample.feature", text: Self.sample)
        let tests = TCKTestCase.expand(feature)
        #expect(tests.count == 3)
        #expect(tests[0].id == "a/Sample.feature | [1] Plain one")
        #expect(tests[2].id == "a/Sample.feature | [3] Outline <x> | 2")
        #expect(tests[2].steps.first?.text == "an empty graph")
        #expect(tests[2].steps[2].docString == "RETURN 2 AS v")
        #expect(tests[2].steps[3].table == [["v"], ["2.0"]])
    }

    @Test func acceptsCarriageReturnLineEnds() throws {
        let text = "Feature: F\r\n  Scenario: [1] s\r\n    Given any graph\r\n    When executing query:\r\n      \"\"\"\r\n      RETURN 1\r\n      \"\"\"\r\n"
        let feature = try GherkinParser.parse(path: "F.feature", text: text)
        #expect(feature.scenarios.first?.steps.last?.docString == "RETURN 1")
    }

    @Test func reportsUnclosedDocStringWithLine() {
        let text = "Feature: F\n  Scenario: [1] s\n    When executing query:\n      \"\"\"\n      RETURN 1\n"
        #expect(throws: GherkinParser.ParseError.self) { try GherkinParser.parse(path: "F.feature", text: text) }
        do {
            _ = try GherkinParser.parse(path: "F.feature", text: text)
        } catch let error as GherkinParser.ParseError {
            #expect(error.line == 4)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func rejectsRaggedTable() {
        let text = "Feature: F\n  Scenario: [1] s\n    Then the result should be, in any order:\n      | a | b |\n      | 1 |\n"
        #expect(throws: GherkinParser.ParseError.self) { try GherkinParser.parse(path: "F.feature", text: text) }
    }
}
