import Foundation
import Testing
@testable import Graph

/// Spec-file tests: one runner, many cases in `Specs/*.spec`.
///
/// A case is
/// ```
/// === name
/// setup statements separated by ';' (optional)
/// ---
/// the query
/// --- rows            (or "--- rows in order", or "--- error Code")
/// column | column
/// value | value
/// ```
/// Values are written as the result formatter shows them (strings bare, lists and maps as literals);
/// rows are compared as a multiset unless the header says "in order".
struct SpecCase: CustomTestStringConvertible, Sendable {
    var file: String
    var name: String
    var setup: String
    var query: String
    var expectation: String
    var expected: [String]

    var testDescription: String { "\(file): \(name)" }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs")

    static func loadAll() throws -> [SpecCase] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".spec") }.sorted()
        return try files.flatMap { try parse(String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8), file: $0) }
    }

    static func parse(_ text: String, file: String) throws -> [SpecCase] {
        var cases: [SpecCase] = []
        var current: SpecCase?
        var section = 0
        var setup: [String] = [], query: [String] = []
        func finish() {
            guard var c = current else { return }
            c.setup = setup.joined(separator: "\n")
            c.query = query.joined(separator: "\n")
            cases.append(c)
        }
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("#") && current == nil { continue }
            if line.hasPrefix("=== ") {
                finish()
                current = SpecCase(file: file, name: String(line.dropFirst(4)), setup: "", query: "", expectation: "", expected: [])
                section = 0
                setup = []
                query = []
                continue
            }
            guard current != nil else { continue }
            if line == "---" {
                section = 1
                continue
            }
            if line.hasPrefix("--- ") {
                section = 2
                current!.expectation = String(line.dropFirst(4))
                continue
            }
            switch section {
            case 0: setup.append(line)
            case 1: query.append(line)
            default: if !line.trimmingCharacters(in: .whitespaces).isEmpty { current!.expected.append(line) }
            }
        }
        finish()
        return cases
    }
}

@Suite struct SpecFileTests {
    static let cases: [SpecCase] = (try? SpecCase.loadAll()) ?? []

    @Test func specFilesAreFound() {
        #expect(Self.cases.count >= 10, "no spec cases found in \(SpecCase.folder.path)")
    }

    @Test(arguments: cases)
    func spec(_ spec: SpecCase) throws {
        let engine = QueryEngine(graph: PropertyGraph())
        for statement in try QueryEngine.statements(inScript: spec.setup) {
            _ = try engine.execute(statement.text)
        }
        if spec.expectation.hasPrefix("error ") {
            let code = String(spec.expectation.dropFirst(6))
            do {
                _ = try engine.execute(spec.query)
                Issue.record("expected \(code), but the query succeeded")
            } catch let error as QueryError {
                #expect(error.code == code, "\(error.rendered(query: spec.query))")
            }
            return
        }
        let result = try engine.execute(spec.query)
        let formatter = ResultFormatter(graph: engine.graph)
        let actual = [result.columns.joined(separator: " | ")]
            + result.rows.map { $0.map(formatter.text).joined(separator: " | ") }
        let expected = spec.expected.map { $0.trimmingCharacters(in: .whitespaces) }
        if spec.expectation == "rows in order" {
            #expect(actual == expected)
        } else {
            #expect(actual.first == expected.first, "columns")
            #expect(actual.dropFirst().sorted() == expected.dropFirst().sorted())
        }
    }
}
