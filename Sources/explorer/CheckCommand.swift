import ArgumentParser
import Foundation
import Graph
import Plugins

/// `explorer check`: list conflicts between documents, each side with its quotes.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "List conflicts between documents (one person with two parties, two spellings of one name) and corrections to look at.",
        discussion: "Every side of a conflict is printed with its document, byte offset and quote. Nothing is resolved: the graph keeps all claims. Corrections (curation.cypher, curation/*.cypher) that no longer apply, contradict a document or cannot run are listed with their file:line (docs/curation.md)."
    )

    @OptionGroup var listing: ListingOptions
    @OptionGroup var options: DatasetOptions

    @Flag(name: .long, help: "Exit with status 1 when there is any conflict, or a correction that no longer applies, contradicts a document or cannot run.")
    var strict = false

    func run() throws {
        let (dataset, registry) = (try options.open(), try options.registry())
        for item in dataset.skipped { DatasetOptions.warn("skipped (--skip-unreadable): \(item)") }
        let (graph, curation) = try dataset.loadGraphAndCuration(registry: registry, warn: DatasetOptions.warn)
        let conflicts = ConflictDetector.find(in: graph)
        let format = try listing.tableFormat()
        if let format {
            // One row per source of each claim: what a script needs to check it.
            var rows: [[Value]] = []
            for (n, conflict) in conflicts.enumerated() {
                for claim in conflict.claims {
                    for source in claim.sources {
                        rows.append([
                            .int(n + 1), .string(conflict.kind.rawValue), .string(conflict.summary), .string(claim.statement),
                            .string(source.document), .int(source.offset), .int(source.length), .string(source.quote),
                        ])
                    }
                }
            }
            listing.print(
                columns: ["conflict", "kind", "summary", "claim", "document", "offset", "length", "quote"], rows: rows, as: format)
        } else {
            var text = Self.report(conflicts, dataset: dataset.name) + "\n"
            if let skipped = skippedText(dataset) { text += "\n" + skipped + "\n" }
            if let curation, !curation.files.isEmpty { text += "\n" + curation.text }
            listing.page(text)
        }
        // Beside a table or JSON on standard output, what the last build skipped goes to standard error.
        if format != nil, let skipped = skippedText(dataset) { StandardStreams.error(skipped + "\n") }
        if format != nil, let curation, !curation.isClean { StandardStreams.error(curation.text) }
        if strict, !conflicts.isEmpty || !(curation?.isClean ?? true) { throw ExitCode(1) }
    }

    /// What the last build left out (--skip-unreadable), part of what the graph may be missing; nil when nothing.
    func skippedText(_ dataset: Dataset) -> String? {
        guard let skipped = try? String(contentsOf: dataset.skippedURL, encoding: .utf8), !skipped.isEmpty else { return nil }
        return "the last build skipped (--skip-unreadable), so the graph lacks what these hold:\n"
            + skipped.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
    }

    static func report(_ conflicts: [Conflict], dataset: String) -> String {
        guard !conflicts.isEmpty else { return "no conflicts in \(dataset)" }
        var out = "\(conflicts.count) conflict\(conflicts.count == 1 ? "" : "s") in \(dataset)\n"
        for (n, conflict) in conflicts.enumerated() {
            out += "\n\(n + 1). [\(conflict.kind.rawValue)] \(conflict.summary)\n"
            for claim in conflict.claims {
                out += "   - \(claim.statement)\n"
                for source in claim.sources {
                    if let curation = source.curation {
                        out += "       curated \(curation.location)" + (curation.note.map { ": \($0)" } ?? "") + "\n"
                        continue
                    }
                    let quote = source.quote.replacingOccurrences(of: "\n", with: "⏎")
                    out += "       \(source.document) @\(source.offset)+\(source.length): “\(quote)”\n"
                }
            }
        }
        return out
    }
}
