import ArgumentParser
import Foundation
import Graph
import Plugins

/// `explorer import`: a graph from node and relationship CSV files, as a dataset to explore.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a graph from node and relationship CSV files (neo4j-admin or Kùzu COPY FROM style).",
        discussion: """
            Writes DATASET/build/graph.snapshot and a manifest.yaml that marks the dataset as
            imported (no documents to extract); query, shell, render and export then read it.
            Prints the counts by label and type (text on a terminal, JSON when piped; --format).
            Importing again replaces the graph. A folder of documents is refused.

            --nodes [LABEL=]FILE           LABEL defaults to the file name without .csv
            --relationships [TYPE[:FROM:TO]=]FILE
                                           TYPE defaults to a :TYPE column, else the file name;
                                           FROM and TO are the labels (id spaces) of the ids

            Headers: neo4j-admin roles and types (id:ID(Person), :LABEL, :START_ID(Person),
            :END_ID(Party), :TYPE, born:int, score:float, ok:boolean, tags:string[]; other columns
            are strings), or a plain header as Kùzu's COPY FROM reads it (node files: the first
            column is the key; relationship files: the first two are start and end; types are
            inferred: integers, numbers, else strings). An empty field is an absent property.

            Example:
              explorer import my-graph --nodes Person=person.csv --nodes Party=party.csv \\
                --relationships MEMBER_OF:Person:Party=member_of.csv
            """
    )

    @Argument(help: "The dataset folder to write (created when missing).")
    var dataset: String

    @Option(name: .customLong("nodes"), help: ArgumentHelp("A node file: [LABEL=]FILE; repeatable.", valueName: "spec"))
    var nodeFiles: [String] = []

    @Option(
        name: .customLong("relationships"),
        help: ArgumentHelp("A relationship file: [TYPE[:FROM:TO]=]FILE; repeatable.", valueName: "spec"))
    var relationshipFiles: [String] = []

    @OptionGroup var listing: ListingOptions

    func run() throws {
        _ = try listing.tableFormat()  // a wrong --format fails before anything is written
        guard !nodeFiles.isEmpty else { throw CommandError("give at least one node file with --nodes [LABEL=]FILE") }
        let root = URL(fileURLWithPath: dataset).standardizedFileURL
        try refuseDocuments(root)
        let nodes = nodeFiles.map { spec -> GraphImporter.NodeFile in
            let (name, file) = Self.split(spec)
            return GraphImporter.NodeFile(label: name ?? Self.baseName(file), url: URL(fileURLWithPath: file))
        }
        let relationships = try relationshipFiles.map { spec -> GraphImporter.RelationshipFile in
            let (name, file) = Self.split(spec)
            let parts = name.map { $0.split(separator: ":", omittingEmptySubsequences: false).map(String.init) } ?? []
            guard parts.count == 0 || parts.count == 1 || parts.count == 3, !parts.contains(where: \.isEmpty) else {
                throw CommandError("--relationships \(spec): write TYPE=FILE or TYPE:FROM:TO=FILE")
            }
            return GraphImporter.RelationshipFile(
                type: parts.first, from: parts.count == 3 ? parts[1] : nil, to: parts.count == 3 ? parts[2] : nil,
                url: URL(fileURLWithPath: file))
        }
        let graph: PropertyGraph
        do { graph = try GraphImporter.graph(nodes: nodes, relationships: relationships) } catch let error as ImportError {
            throw CommandError(error.message)
        }
        let build = root.appendingPathComponent("build")
        do { try FileManager.default.createDirectory(at: build, withIntermediateDirectories: true) } catch {
            throw CommandError("cannot create \(build.path): \(error.localizedDescription)")
        }
        try graph.writeSnapshot(to: build.appendingPathComponent("graph.snapshot"))
        let sources = (nodeFiles + relationshipFiles).map { Self.baseName(Self.split($0).1) + ".csv" }
        let manifest = """
            # Written by `explorer import`: the graph is build/graph.snapshot; there are no documents.
            name: \(Self.yamlString(root.lastPathComponent))
            imported: \(Self.yamlString("CSV files " + sources.joined(separator: ", ")))

            """
        do {
            try AtomicFile.write(Data(manifest.utf8), to: root.appendingPathComponent("manifest.yaml"))
        } catch let failure as AtomicFile.Failure {
            throw CommandError(failure.message)
        }
        let counts = GraphCounts(
            dataset: root.lastPathComponent, graph: graph, snapshot: build.appendingPathComponent("graph.snapshot").path)
        if let format = try listing.tableFormat() {
            listing.print(columns: GraphCounts.columns, rows: [counts.row], as: format)
        } else {
            print(counts.text(verb: "imported"), terminator: "")
        }
    }

    /// An import must not replace a graph extracted from documents.
    private func refuseDocuments(_ root: URL) throws {
        guard FileManager.default.fileExists(atPath: root.path) else { return }
        if let existing = try? Dataset.open(root.path), existing.imported == nil {
            throw CommandError(
                "\(dataset) is a dataset of documents; import into a new folder (explorer import NEW-FOLDER --nodes …)")
        }
    }

    /// `NAME=FILE` → (NAME, FILE); a spec without `=` is just a file.
    static func split(_ spec: String) -> (String?, String) {
        guard let equals = spec.firstIndex(of: "=") else { return (nil, spec) }
        return (String(spec[..<equals]), String(spec[spec.index(after: equals)...]))
    }

    static func baseName(_ file: String) -> String {
        ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// A double-quoted YAML scalar.
    static func yamlString(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
