/// A small line-oriented parser for the Gherkin subset of the openCypher TCK.
///
/// Gherkin reference: https://cucumber.io/docs/gherkin/reference/ . Errors are
/// values that name the file and line, so a malformed feature fails one file,
/// not the run.
struct GherkinParser {
    struct ParseError: Error, CustomStringConvertible {
        var path: String
        var line: Int
        var message: String
        var description: String { "\(path):\(line): \(message)" }
    }

    private let path: String
    private let lines: [Substring]
    private var index = 0

    init(path: String, text: String) {
        self.path = path
        // CRLF files exist in the TCK; `\r\n` is one Character in Swift, so split on both.
        self.lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }

    /// Parses a whole file.
    static func parse(path: String, text: String) throws -> FeatureFile {
        var parser = GherkinParser(path: path, text: text)
        return try parser.parseFeature()
    }

    private func trimmed(_ i: Int) -> Substring { lines[i].trimmingWhitespace() }

    private func fail(_ message: String, at i: Int? = nil) -> ParseError {
        ParseError(path: path, line: (i ?? index) + 1, message: message)
    }

    private mutating func parseFeature() throws -> FeatureFile {
        var feature = FeatureFile(path: path, name: "", background: [], scenarios: [])
        var pendingTags: [String] = []
        var sawFeature = false
        while index < lines.count {
            let text = trimmed(index)
            if text.isEmpty || text.hasPrefix("#") {
                index += 1
            } else if text.hasPrefix("@") {
                pendingTags += text.split(separator: " ").map(String.init).filter { $0.hasPrefix("@") }
                index += 1
            } else if let rest = text.dropKeyword("Feature:") {
                feature.name = String(rest)
                sawFeature = true
                pendingTags = []
                index += 1
            } else if text.dropKeyword("Background:") != nil {
                index += 1
                feature.background = try parseSteps()
            } else if let rest = text.dropKeyword("Scenario Outline:") ?? text.dropKeyword("Scenario Template:") {
                feature.scenarios.append(try parseScenario(name: rest, tags: pendingTags, outline: true))
                pendingTags = []
            } else if let rest = text.dropKeyword("Scenario:") ?? text.dropKeyword("Example:") {
                feature.scenarios.append(try parseScenario(name: rest, tags: pendingTags, outline: false))
                pendingTags = []
            } else if !sawFeature {
                // Free text before `Feature:` is not Gherkin, but harmless.
                index += 1
            } else {
                throw fail("unexpected line '\(text)'; expected a scenario, a tag or a comment")
            }
        }
        guard sawFeature else { throw fail("no 'Feature:' line", at: 0) }
        return feature
    }

    private mutating func parseScenario(name: Substring, tags: [String], outline: Bool) throws -> ScenarioDefinition {
        let line = index + 1
        index += 1
        let steps = try parseSteps()
        var examples: ExamplesTable?
        if outline {
            while index < lines.count {
                let text = trimmed(index)
                if text.isEmpty || text.hasPrefix("#") || text.hasPrefix("@") && isFollowedByExamples() {
                    index += 1
                } else if text.dropKeyword("Examples:") != nil || text.dropKeyword("Scenarios:") != nil {
                    index += 1
                    guard let table = try parseTable(), let header = table.first else {
                        throw fail("'Examples:' without a table")
                    }
                    if var existing = examples {
                        guard existing.header == header else { throw fail("examples tables with different headers") }
                        existing.rows += table.dropFirst()
                        examples = existing
                    } else {
                        examples = ExamplesTable(header: header, rows: Array(table.dropFirst()))
                    }
                } else {
                    break
                }
            }
            guard examples != nil else { throw fail("scenario outline without 'Examples:'", at: line - 1) }
        }
        return ScenarioDefinition(
            name: String(name), line: line, tags: tags, steps: steps, examples: examples)
    }

    /// True when the tag line at `index` belongs to an `Examples:` block rather than to the next scenario.
    private func isFollowedByExamples() -> Bool {
        var i = index + 1
        while i < lines.count, trimmed(i).hasPrefix("@") || trimmed(i).isEmpty { i += 1 }
        return i < lines.count && trimmed(i).hasPrefix("Examples:")
    }

    private static let stepKeywords = ["Given ", "When ", "Then ", "And ", "But ", "* "]

    private mutating func parseSteps() throws -> [Step] {
        var steps: [Step] = []
        while index < lines.count {
            let text = trimmed(index)
            if text.isEmpty || text.hasPrefix("#") {
                index += 1
                continue
            }
            guard let keyword = Self.stepKeywords.first(where: { text.hasPrefix($0) }) else { break }
            var step = Step(text: String(text.dropFirst(keyword.count)).trimmingWhitespace().string, line: index + 1)
            index += 1
            skipBlankAndComments()
            if index < lines.count, trimmed(index).hasPrefix("\"\"\"") || trimmed(index).hasPrefix("```") {
                step.docString = try parseDocString()
            } else if let table = try parseTable() {
                step.table = table
            }
            steps.append(step)
        }
        return steps
    }

    private mutating func skipBlankAndComments() {
        while index < lines.count {
            let text = trimmed(index)
            // A comment may sit between a step and its table (Literals6 does this).
            if text.isEmpty || text.hasPrefix("#") { index += 1 } else { break }
        }
    }

    /// Reads a doc string; each content line loses the indentation of the opening delimiter.
    private mutating func parseDocString() throws -> String {
        let open = lines[index]
        let indent = open.prefix(while: { $0 == " " || $0 == "\t" }).count
        let delimiter = trimmed(index).hasPrefix("```") ? "```" : "\"\"\""
        let start = index
        index += 1
        var content: [String] = []
        while index < lines.count {
            if trimmed(index) == delimiter {
                index += 1
                return content.joined(separator: "\n")
            }
            let line = lines[index]
            let leading = line.prefix(while: { $0 == " " || $0 == "\t" }).count
            content.append(String(line.dropFirst(min(indent, leading))))
            index += 1
        }
        throw fail("doc string opened here is never closed", at: start)
    }

    /// Reads consecutive `| … |` rows, or returns nil when the next line is not a table row.
    private mutating func parseTable() throws -> [[String]]? {
        var rows: [[String]] = []
        while index < lines.count {
            let text = trimmed(index)
            if text.hasPrefix("#") {
                index += 1
                continue
            }
            guard text.hasPrefix("|") else { break }
            rows.append(try Self.cells(of: text, failing: fail("table row does not end with '|'")))
            index += 1
        }
        guard !rows.isEmpty else { return nil }
        if let width = rows.first?.count, let bad = rows.firstIndex(where: { $0.count != width }) {
            throw fail("table row \(bad + 1) has \(rows[bad].count) cells, the first row has \(width)")
        }
        return rows
    }

    /// Splits `| a | b |` into trimmed, unescaped cells: `\|` is `|`, `\\` is `\`, `\n` is a newline.
    static func cells(of row: Substring, failing error: @autoclosure () -> ParseError) throws -> [String] {
        var cells: [String] = []
        var current = ""
        var chars = row.dropFirst().makeIterator()
        var closed = false
        while let c = chars.next() {
            if c == "\\" {
                switch chars.next() {
                case "|": current.append("|")
                case "\\": current.append("\\")
                case "n": current.append("\n")
                case let other?: current.append("\\"); current.append(other)
                case nil: current.append("\\")
                }
            } else if c == "|" {
                cells.append(current.trimmingWhitespace().string)
                current = ""
                closed = true
                continue
            } else {
                current.append(c)
            }
            closed = false
        }
        // A lone `|` is a row of no cells (procedure tables without columns use it).
        if cells.isEmpty && current.trimmingWhitespace().isEmpty { return [] }
        guard closed, !cells.isEmpty else { throw error() }
        return cells
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line ends.
    func trimmingWhitespace() -> Substring {
        let s = Substring(self)
        guard let first = s.firstIndex(where: { !$0.isWhitespace }),
            let last = s.lastIndex(where: { !$0.isWhitespace })
        else { return s[s.endIndex...] }
        return s[first...last]
    }

    /// The rest of the line after `keyword`, trimmed, or nil when the line does not start with it.
    func dropKeyword(_ keyword: String) -> Substring? {
        guard hasPrefix(keyword) else { return nil }
        return Substring(self).dropFirst(keyword.count).trimmingWhitespace()
    }
}

extension Substring {
    var string: String { String(self) }
}
