/// A parsed Gherkin feature file, as the openCypher TCK writes them.
///
/// Only the subset the TCK uses: one `Feature:`, an optional `Background:`,
/// `Scenario:` and `Scenario Outline:` with one or more `Examples:` tables,
/// doc strings, data tables and tags. Step keywords carry no meaning, so a step
/// keeps only its text.
struct FeatureFile: Equatable {
    /// The path relative to the `features` folder, e.g. `clauses/match/Match1.feature`.
    var path: String
    var name: String
    var background: [Step]
    var scenarios: [ScenarioDefinition]
}

/// A `Scenario:` or a `Scenario Outline:` before its examples are expanded.
struct ScenarioDefinition: Equatable {
    var name: String
    /// 1-based line of the `Scenario:` keyword; part of the scenario id in `SCOPE-tests.tsv`.
    var line: Int
    var tags: [String]
    var steps: [Step]
    /// Nil for a plain scenario. For an outline, the header row and the data rows of its examples.
    var examples: ExamplesTable?
}

/// The `Examples:` of an outline; several tables are concatenated under one header.
struct ExamplesTable: Equatable {
    var header: [String]
    var rows: [[String]]
}

/// One step: its text without the keyword, and an optional doc string or data table.
struct Step: Equatable {
    var text: String
    var line: Int
    var docString: String?
    var table: [[String]]?

    /// The step with every `<name>` placeholder replaced by the example value.
    func substituting(_ values: [String: String]) -> Step {
        func fill(_ s: String) -> String {
            var out = s
            for (name, value) in values { out = out.replacingOccurrences(of: "<\(name)>", with: value) }
            return out
        }
        return Step(
            text: fill(text), line: line, docString: docString.map(fill),
            table: table.map { $0.map { $0.map(fill) } })
    }
}
