/// One executable TCK test: a plain scenario, or one `Examples:` row of an outline,
/// with the background steps prepended and placeholders filled in.
struct TCKTestCase {
    /// Path under `features/`, e.g. `clauses/match/Match1.feature`.
    var file: String
    /// 1-based line of the `Scenario:` keyword.
    var line: Int
    var name: String
    /// 1-based data row of the `Examples:` table; nil for a plain scenario.
    var exampleRow: Int?
    var tags: [String]
    var steps: [Step]

    /// A stable id: file, scenario name and example row, e.g.
    /// `expressions/list/List1.feature | [2] Indexing with a negative index | 3`.
    /// `SCOPE-tests.tsv` identifies tests by the same three fields (name is unique per file and row).
    var id: String { Self.id(file: file, name: name, exampleRow: exampleRow) }

    static func id(file: String, name: String, exampleRow: Int?) -> String {
        "\(file) | \(name)" + (exampleRow.map { " | \($0)" } ?? "")
    }

    /// Expands a feature file into its tests, in file order.
    static func expand(_ feature: FeatureFile) -> [TCKTestCase] {
        feature.scenarios.flatMap { scenario -> [TCKTestCase] in
            guard let examples = scenario.examples else {
                return [
                    TCKTestCase(
                        file: feature.path, line: scenario.line, name: scenario.name, exampleRow: nil,
                        tags: scenario.tags, steps: feature.background + scenario.steps)
                ]
            }
            return examples.rows.enumerated().map { offset, row in
                let values = Dictionary(zip(examples.header, row), uniquingKeysWith: { first, _ in first })
                return TCKTestCase(
                    file: feature.path, line: scenario.line, name: scenario.name, exampleRow: offset + 1,
                    tags: scenario.tags, steps: (feature.background + scenario.steps).map { $0.substituting(values) })
            }
        }
    }
}
