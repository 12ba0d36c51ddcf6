import Foundation
import Graph

/// What replaying a dataset's corrections did: which applied, which no longer apply, which
/// contradict what a document states, and which could not run. `explorer build` keeps it in
/// `build/curation.json` for `explorer check`.
public struct CurationReport: Sendable, Equatable, Codable {
    /// One correction worth a look, and why.
    public struct Finding: Sendable, Equatable, Codable {
        /// The curation file, relative to the dataset folder.
        public var file: String
        /// The statement's line, counted from 1.
        public var line: Int
        /// The statement as written.
        public var statement: String
        /// Its `// note:`, if any.
        public var note: String?
        /// What is the matter, for a person.
        public var message: String
        /// The document sources it goes against (empty for a correction that no longer applies).
        public var sources: [Source] = []

        /// `curation.cypher:12`.
        public var location: String { "\(file):\(line)" }
    }

    /// A document source, as the report keeps it.
    public struct Source: Sendable, Equatable, Codable {
        public var document: String
        public var offset: Int
        public var length: Int
        public var quote: String

        init(_ provenance: Provenance) {
            document = provenance.document
            offset = provenance.offset
            length = provenance.length
            quote = provenance.quote
        }
    }

    /// The curation files read, in replay order.
    public var files: [String] = []
    /// How many statements ran and changed the graph.
    public var applied = 0
    /// Statements that changed nothing: they matched nothing in the rebuilt graph, or the graph already says so.
    public var stale: [Finding] = []
    /// Statements that set, remove or delete what a document states.
    public var contradictions: [Finding] = []
    /// Statements that could not run (skipped with --skip-unreadable; otherwise they stop the build).
    public var failures: [CurationFailure] = []

    /// True when there is nothing to tell: every correction applied and none contradicts a document.
    public var isClean: Bool { stale.isEmpty && contradictions.isEmpty && failures.isEmpty }

    /// The report as `explorer check` prints it; empty when there are no curation files.
    public var text: String {
        guard !files.isEmpty else { return "" }
        let statements = applied + stale.count + failures.count
        var out = "corrections (\(files.joined(separator: ", "))): \(applied) of \(statements) applied"
        if isClean { return out + ", none stale or contradicting a document\n" }
        out += "\n"
        if !failures.isEmpty {
            out += "\n\(failures.count) could not run (skipped):\n"
            for failure in failures { out += indented(failure.description) }
        }
        if !stale.isEmpty {
            out += "\n\(stale.count) no longer appl\(stale.count == 1 ? "ies" : "y"):\n"
            for finding in stale { out += describe(finding) }
        }
        if !contradictions.isEmpty {
            out += "\n\(contradictions.count) contradict\(contradictions.count == 1 ? "s" : "") a document:\n"
            for finding in contradictions { out += describe(finding) }
        }
        return out
    }

    private func describe(_ finding: Finding) -> String {
        var out = "  \(finding.location): \(finding.message)\n"
        if let note = finding.note { out += "      note: \(note)\n" }
        out += "      " + finding.statement.replacingOccurrences(of: "\n", with: "\n      ") + "\n"
        for source in finding.sources {
            out += "      \(source.document) @\(source.offset)+\(source.length): “\(source.quote.replacingOccurrences(of: "\n", with: "⏎"))”\n"
        }
        return out
    }

    private func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") + "\n"
    }

    /// The report as JSON, keys sorted, for `build/curation.json`.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// A report read back from `json()`.
    public init(json: Data) throws {
        self = try JSONDecoder().decode(CurationReport.self, from: json)
    }

    /// An empty report.
    public init() {}
}
