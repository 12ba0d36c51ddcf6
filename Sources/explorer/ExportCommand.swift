import ArgumentParser
import Foundation
import Graph
import Plugins

/// `explorer export`: the graph as JSON, GraphML or neo4j-admin CSV, provenance included.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the graph for other tools (JSON, GraphML, neo4j-admin CSV).",
        discussion: """
            Formats:
              json     one document: nodes (id, labels, properties, sources)
                       and relationships (id, type, start, end, properties, sources)
              graphml  one <key> per property; sources as JSON text
                       (for Gephi, yEd, NetworkX)
              csv      nodes.csv and relationships.csv for
                       `neo4j-admin database import full`; -o names a folder

            Every source is the document, the UTF-8 byte offset and length in it,
            and the quote. Reads DATASET/build/graph.snapshot when built, else
            extracts the documents first.

            Examples:
              explorer export -o graph.json
              explorer export --format graphml -o graph.graphml
              explorer export --format csv -o neo4j-import
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, graphml, csv
    }

    @OptionGroup var options: DatasetOptions

    @Option(name: .long, help: "json, graphml or csv (default: from the -o file's extension, else json).")
    var format: Format?

    @Option(name: [.short, .customLong("output")], help: "Output file (a folder for csv); stdout when omitted (json, graphml).")
    var output: String?

    func run() throws {
        let format = try chosenFormat()
        let (_, graph) = try options.loadGraph()
        let counts = "\(graph.nodeCount) nodes, \(graph.relationshipCount) relationships"
        switch format {
        case .json: try emit(GraphExporter.json(graph), counts: counts)
        case .graphml: try emit(GraphExporter.graphML(graph), counts: counts)
        case .csv:
            if let output, output.lowercased().hasSuffix(".csv") {
                throw CommandError(
                    "--format csv writes two files (nodes.csv, relationships.csv) into a folder; -o \(output) names a file. "
                        + "Give a folder, e.g. -o \(String(output.dropLast(4)))")
            }
            guard let output else {
                throw CommandError("--format csv writes two files (nodes.csv, relationships.csv): give a folder with -o FOLDER")
            }
            let folder = URL(fileURLWithPath: output)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
                throw CommandError("cannot write into \(output): it is a file, and csv needs a folder; give a folder with -o FOLDER")
            }
            let (nodes, relationships) = GraphExporter.neo4jCSV(graph)
            // Both files or neither: a new nodes.csv beside an old relationships.csv would import a wrong graph.
            do {
                try AtomicFileSet.write(
                    [("nodes.csv", Data(nodes.utf8)), ("relationships.csv", Data(relationships.utf8))], into: folder)
            } catch let failure as AtomicFile.Failure {
                throw CommandError(failure.message)
            }
            StandardStreams.error("wrote \(folder.path)/nodes.csv and relationships.csv (\(counts))\n")
        }
    }

    /// The format asked for, else the one the -o file's extension names, else json.
    func chosenFormat() throws -> Format {
        if let format { return format }
        guard let output else { return .json }
        switch URL(fileURLWithPath: output).pathExtension.lowercased() {
        case "graphml", "xml": return .graphml
        case "csv":
            throw CommandError("-o \(output): csv export writes a folder of two files; use --format csv -o \(String(output.dropLast(4)))")
        default: return .json
        }
    }

    func emit(_ text: String, counts: String) throws {
        if let output {
            let url = URL(fileURLWithPath: output)
            try write(text, to: url)
            // Said on standard error for every format, as csv does: what was written, where.
            FileHandle.standardError.write(Data("wrote \(url.path) (\(counts))\n".utf8))
        } else {
            StandardOutput.write(text)
        }
    }

    func write(_ text: String, to url: URL) throws {
        do { try AtomicFile.write(Data(text.utf8), to: url) } catch let failure as AtomicFile.Failure {
            throw CommandError(failure.message)
        }
    }
}
