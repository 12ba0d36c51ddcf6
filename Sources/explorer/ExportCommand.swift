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

    @Option(name: .long, help: "json, graphml or csv.")
    var format: Format = .json

    @Option(name: [.short, .customLong("output")], help: "Output file (a folder for csv); stdout when omitted (json, graphml).")
    var output: String?

    func run() throws {
        let (_, graph) = try options.loadGraph()
        switch format {
        case .json: try emit(GraphExporter.json(graph))
        case .graphml: try emit(GraphExporter.graphML(graph))
        case .csv:
            guard let output else {
                throw CommandError("--format csv writes two files (nodes.csv, relationships.csv): give a folder with -o FOLDER")
            }
            let folder = URL(fileURLWithPath: output)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
                throw CommandError("cannot write into \(output): it is a file, and csv needs a folder; give a folder with -o FOLDER")
            }
            do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
                throw CommandError("cannot create the folder \(output) (\(error.localizedDescription)); choose another output path")
            }
            let (nodes, relationships) = GraphExporter.neo4jCSV(graph)
            try write(nodes, to: folder.appendingPathComponent("nodes.csv"))
            try write(relationships, to: folder.appendingPathComponent("relationships.csv"))
            FileHandle.standardError.write(Data("wrote \(folder.path)/nodes.csv and relationships.csv (\(graph.nodeCount) nodes, \(graph.relationshipCount) relationships)\n".utf8))
        }
    }

    func emit(_ text: String) throws {
        if let output {
            try write(text, to: URL(fileURLWithPath: output))
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    func write(_ text: String, to url: URL) throws {
        do { try AtomicFile.write(Data(text.utf8), to: url) } catch let failure as AtomicFile.Failure {
            throw CommandError(failure.message)
        }
    }
}
