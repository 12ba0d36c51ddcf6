import Foundation
import Graph

/// The folder `neo4j-admin database import full` reads: one node file per
/// label set (`nodes-Agency.csv`) and one relationship file per type and end
/// labels (`relationships-LEADS-Agency-Task.csv`), each with its own header,
/// and `import.sh` with the command line that loads them all.
///
/// Each node carries `explorer_id` (its `:ID`, stored), `merge_key` and the four
/// provenance lists (see `BookkeepingProperties`). Arrays are separated by the
/// ASCII unit separator (U+001F), which no quote holds, and cells may span lines,
/// so `import.sh` passes `--array-delimiter` and `--multiline-fields=true`.
enum Neo4jCSVExport {
    /// The array delimiter named in every header's array columns and in `import.sh`.
    static let arrayDelimiter = "\u{1F}"

    static func files(_ graph: PropertyGraph) throws -> ExportedFiles {
        try BookkeepingProperties.checkNoClash(graph)
        let groups = ElementGroups(graph)
        var export = ExportedFiles()
        var nodeFiles: [String] = []
        var relationshipFiles: [String] = []
        for group in groups.nodes {
            let rows = group.nodes.map { BookkeepingProperties.node($0, in: graph) }
            let columns = ColumnType.columns(of: rows).filter { $0.key != BookkeepingProperties.id }
            var text = ([BookkeepingProperties.id + ":ID", ":LABEL"] + columns.map { header($0.key, $0.type) })
                .joined(separator: ",") + "\n"
            for (node, row) in zip(group.nodes, rows) {
                text += ([String(node.id.rawValue), quote(node.labels.joined(separator: ";"))]
                    + columns.map { cell(row[$0.key], $0.type) }).joined(separator: ",") + "\n"
            }
            let name = "nodes-\(ElementGroups.fileName(group.labels)).csv"
            nodeFiles.append(name)
            export.add(name, text, "\(group.nodes.count) :\(group.labels.joined(separator: ":")) nodes")
        }
        for group in groups.relationships {
            let rows = group.relationships.map(BookkeepingProperties.relationship)
            let columns = ColumnType.columns(of: rows)
            var text = ([":START_ID", ":END_ID", ":TYPE"] + columns.map { header($0.key, $0.type) }).joined(separator: ",") + "\n"
            for (r, row) in zip(group.relationships, rows) {
                text += ([String(r.start.rawValue), String(r.end.rawValue), quote(r.type)]
                    + columns.map { cell(row[$0.key], $0.type) }).joined(separator: ",") + "\n"
            }
            let name = "relationships-\(ElementGroups.fileName([group.type]))-\(ElementGroups.fileName(group.startLabels))-\(ElementGroups.fileName(group.endLabels)).csv"
            relationshipFiles.append(name)
            export.add(
                name, text,
                "\(group.relationships.count) :\(group.type) relationships (:\(group.startLabels.joined(separator: ":")) to :\(group.endLabels.joined(separator: ":")))")
        }
        export.add("import.sh", importScript(nodes: nodeFiles, relationships: relationshipFiles), "the neo4j-admin command that loads them")
        return export
    }

    /// `name:type` for a column (strings bare); a name with a colon or comma is quoted.
    static func header(_ key: String, _ type: ColumnType) -> String {
        let field = key + type.neo4jSuffix
        return field.contains(",") || field.contains("\"") ? quote(field) : field
    }

    static func cell(_ value: Value?, _ type: ColumnType) -> String {
        guard let value else { return "" }
        switch type {
        case .integer, .float, .boolean: return GraphExporter.text(value)
        case .integerList, .stringList:
            return quote((value.listValue ?? []).map(GraphExporter.text).joined(separator: arrayDelimiter))
        case .string: return quote(GraphExporter.text(value))
        }
    }

    static func quote(_ s: String) -> String { GraphExporter.quote(s) }

    static func importScript(nodes: [String], relationships: [String]) -> String {
        var lines = [
            "#!/bin/sh",
            "# Loads this folder into a new Neo4j database (default: neo4j): sh import.sh [DATABASE]",
            "# Written by `explorer export --format neo4j-csv`. Stop the database first; `full` replaces it.",
            "cd \"$(dirname \"$0\")\" || exit 1",
            "exec neo4j-admin database import full \"${1:-neo4j}\" --overwrite-destination=true \\",
            "    --multiline-fields=true --array-delimiter=\"$(printf '\\037')\" \\",
        ]
        lines += nodes.map { "    --nodes=\($0) \\" }
        lines += relationships.map { "    --relationships=\($0) \\" }
        lines[lines.count - 1].removeLast(2)
        return lines.joined(separator: "\n") + "\n"
    }
}
