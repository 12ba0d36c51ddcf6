import Testing

/// Shows that the runner can fail against the real engine: a sample of TCK
/// tests that pass is run again with one expectation changed (a result cell, a
/// column name, an error detail, a side-effect count), and every changed test
/// must fail.
@Suite struct TCKMutationTests {
    enum Mutation: CaseIterable {
        case resultCell, columnName, errorDetail, sideEffects
    }

    /// The test with one expectation changed, or nil when it has no such expectation.
    static func mutate(_ test: TCKTestCase, _ mutation: Mutation) -> TCKTestCase? {
        var test = test
        for (index, step) in test.steps.enumerated() {
            switch mutation {
            case .resultCell, .columnName:
                guard ScenarioRunner.resultModes[step.text] != nil, var table = step.table else { continue }
                if mutation == .columnName {
                    table[0][0] += "_mutated"
                } else if table.count > 1 {
                    table[1][0] = "'~mutated~'"
                } else {
                    table.append(Array(repeating: "'~mutated~'", count: table[0].count))
                }
                test.steps[index].table = table
                return test
            case .errorDetail:
                guard let expected = ScenarioRunner.expectedError(step.text), expected.detail != "*" else { continue }
                test.steps[index].text = step.text.replacingOccurrences(
                    of: ": " + expected.detail, with: ": MutatedDetail")
                return test
            case .sideEffects:
                if step.text == "no side effects" {
                    test.steps[index].text = "the side effects should be:"
                    test.steps[index].table = [["+nodes", "1"]]
                    return test
                }
                guard step.text == "the side effects should be:", var table = step.table, !table.isEmpty else {
                    continue
                }
                table[0][1] = String((Int(table[0][1]) ?? 0) + 1)
                test.steps[index].table = table
                return test
            }
        }
        return nil
    }

    @Test func changedExpectationsFail() throws {
        let catalog = TCKCatalog(root: TCKCatalog.defaultRoot)
        guard catalog.exists else { return }
        var runner = ScenarioRunner()
        runner.namedGraph = catalog.namedGraphScript
        let scope = try catalog.scope()
        var tests: [TCKTestCase] = []
        for path in try catalog.featurePaths() {
            tests += TCKTestCase.expand(try catalog.loadFeature(path)).filter {
                scope[$0.id] != nil && !$0.tags.contains("@ignore")
            }
        }
        // Every 7th test: a spread over all feature files, quick in a debug build.
        let sample = stride(from: 0, to: tests.count, by: 7).map { tests[$0] }
        var checked = 0
        var undetected: [String] = []
        for test in sample {
            let original = GuardedExecution.run(seconds: 30) { runner.run(test, on: EngineDriver(timeout: 5)) }
            guard original == .passed else { continue }
            for mutation in Mutation.allCases {
                guard let changed = Self.mutate(test, mutation) else { continue }
                let verdict = GuardedExecution.run(seconds: 30) { runner.run(changed, on: EngineDriver(timeout: 5)) }
                checked += 1
                if verdict == .passed { undetected.append("\(test.id) (\(mutation))") }
            }
        }
        print("TCK mutation check: \(checked) changed expectations, \(undetected.count) undetected")
        #expect(undetected.isEmpty, "changed expectations that still pass: \(undetected.prefix(10))")
    }
}
