import ArgumentParser
import Foundation
import Graph
import Plugins

/// `explorer check`: list conflicts between documents, each side with its quotes.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "List conflicts between documents (one person with two parties, two spellings of one name).",
        discussion: "Every side of a conflict is printed with its document, byte offset and quote. Nothing is resolved: the graph keeps all claims."
    )

    @OptionGroup var options: DatasetOptions

    @Flag(name: .long, help: "Exit with status 1 when there is any conflict.")
    var strict = false

    func run() throws {
        let (dataset, graph) = try options.loadGraph()
        let conflicts = ConflictDetector.find(in: graph)
        print(Self.report(conflicts, dataset: dataset.name))
        // What the last build left out (--skip-unreadable) is part of what the graph may be missing.
        if let skipped = try? String(contentsOf: dataset.skippedURL, encoding: .utf8), !skipped.isEmpty {
            print("\nthe last build skipped (--skip-unreadable), so the graph lacks what these hold:")
            print(skipped.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        }
        if strict, !conflicts.isEmpty { throw ExitCode(1) }
    }

    static func report(_ conflicts: [Conflict], dataset: String) -> String {
        guard !conflicts.isEmpty else { return "no conflicts in \(dataset)" }
        var out = "\(conflicts.count) conflict\(conflicts.count == 1 ? "" : "s") in \(dataset)\n"
        for (n, conflict) in conflicts.enumerated() {
            out += "\n\(n + 1). [\(conflict.kind.rawValue)] \(conflict.summary)\n"
            for claim in conflict.claims {
                out += "   - \(claim.statement)\n"
                for source in claim.sources {
                    let quote = source.quote.replacingOccurrences(of: "\n", with: "⏎")
                    out += "       \(source.document) @\(source.offset)+\(source.length): “\(quote)”\n"
                }
            }
        }
        return out
    }
}
