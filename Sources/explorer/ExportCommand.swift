import ArgumentParser
import Exports
import Foundation
import Graph
import Plugins

/// `explorer export`: the graph for another engine or tool, provenance included.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the graph for other tools (JSON, GraphML, neo4j-admin CSV, Cypher script, Kùzu).",
        discussion: """
            Formats:
              json       one document: nodes (id, labels, properties, sources)
                         and relationships (id, type, start, end, properties, sources)
              graphml    one <key> per property; sources as JSON text
                         (for NetworkX, Gephi, yEd)
              neo4j-csv  a folder: one CSV per label and per relationship type
                         for `neo4j-admin database import full`, and import.sh
                         (csv is the same format's older name)
              cypher     a script of batched UNWIND … CREATE statements
                         (cypher-shell, mgconsole; explorer push for FalkorDB)
              kuzu       a folder: CSV files, schema.cypher (CREATE NODE/REL
                         TABLE) and load.cypher (COPY FROM) for Kùzu

            Every source is the document, the UTF-8 byte offset and length in it,
            and the quote; neo4j-csv, cypher and kuzu carry them as the properties
            source_document, source_offset, source_length and source_quote, beside
            explorer_id and merge_key. Reads DATASET/build/graph.snapshot when built,
            else extracts the documents first. Says on standard error what it wrote where.

            Examples:
              explorer export -o graph.json
              explorer export --format graphml -o graph.graphml
              explorer export --format neo4j-csv -o neo4j-import
              explorer export --format cypher -o graph.cypher
              explorer export --format kuzu -o kuzu-import
            """
    )

    @OptionGroup var options: DatasetOptions

    @Option(name: .long, help: "json, graphml, neo4j-csv, cypher or kuzu (default: from the -o file's extension, else json).")
    var format: String?

    @Option(name: [.short, .customLong("output")], help: "Output file (a folder for neo4j-csv and kuzu); stdout when omitted (json, graphml, cypher).")
    var output: String?

    func run() throws {
        let format = try chosenFormat()
        if format.writesFolder { try checkFolder(format) }
        let (_, graph) = try options.loadGraph()
        let exported: ExportedFiles
        do { exported = try GraphExporter.export(graph, as: format) } catch let error as ExportError {
            throw CommandError("cannot export: \(error.message)")
        }
        if format.writesFolder {
            let folder = URL(fileURLWithPath: output!)
            // All files or none: a new nodes file beside old relationship files would load a wrong graph.
            do {
                try AtomicFileSet.write(exported.files.map { ($0.path, $0.contents) }, into: folder)
            } catch let failure as AtomicFile.Failure {
                throw CommandError(failure.message)
            }
            var report = "wrote \(exported.files.count) files into \(folder.path) (\(graph.nodeCount) nodes, \(graph.relationshipCount) relationships):\n"
            for file in exported.files { report += "  \(file.path): \(file.summary)\n" }
            StandardStreams.error(report)
        } else if let output {
            let url = URL(fileURLWithPath: output)
            do { try AtomicFile.write(exported.files[0].contents, to: url) } catch let failure as AtomicFile.Failure {
                throw CommandError(failure.message)
            }
            // Said on standard error for every format: what was written, where.
            StandardStreams.error("wrote \(url.path) (\(format.rawValue): \(exported.files[0].summary))\n")
        } else {
            StandardOutput.write(String(decoding: exported.files[0].contents, as: UTF8.self))
        }
    }

    /// The format asked for, else the one the -o file's extension names, else json.
    func chosenFormat() throws -> ExportFormat {
        if let format {
            guard let chosen = ExportFormat(name: format) else {
                throw CommandError(
                    "--format \(format) is not a format; choose one of "
                        + ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return chosen
        }
        guard let output else { return .json }
        switch URL(fileURLWithPath: output).pathExtension.lowercased() {
        case "graphml", "xml": return .graphml
        case "cypher", "cql": return .cypher
        case "csv":
            throw CommandError(
                "-o \(output): the neo4j-csv export writes a folder of files; use --format neo4j-csv -o \(String(output.dropLast(4)))")
        default: return .json
        }
    }

    /// A folder format needs -o naming a folder (or a new path), not a file.
    func checkFolder(_ format: ExportFormat) throws {
        guard let output else {
            throw CommandError("--format \(format.rawValue) writes several files: give a folder with -o FOLDER")
        }
        if output.lowercased().hasSuffix(".csv") {
            throw CommandError(
                "--format \(format.rawValue) writes several files into a folder; -o \(output) names a file. "
                    + "Give a folder, e.g. -o \(String(output.dropLast(4)))")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), !isFolder.boolValue {
            throw CommandError("cannot write into \(output): it is a file, and \(format.rawValue) needs a folder; give a folder with -o FOLDER")
        }
    }
}
