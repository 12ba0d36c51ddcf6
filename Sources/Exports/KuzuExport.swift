import Foundation
import Graph

/// A folder Kùzu loads: a CSV per node table and per relationship type and end
/// tables, `schema.cypher` with the `CREATE NODE TABLE` / `CREATE REL TABLE`
/// statements, and `load.cypher` with the `COPY … FROM` statements; run the two
/// in order (`kuzu DB < schema.cypher`, then `load.cypher`, from the folder).
///
/// Kùzu gives every node one table: a node's table is its label, or its labels
/// joined with `_`. Its primary key is `explorer_id`. A relationship table has
/// one `FROM … TO …` pair per pair of end tables it joins. Kùzu keeps the quotes
/// of quoted list elements, so string lists (the provenance documents and
/// quotes among them) are written as JSON text in a STRING column; integer lists
/// are native `INT64[]`. Cells may span lines, so every COPY says `PARALLEL=false`.
/// Column names are always in backticks: Kùzu reserves words such as `group`.
enum KuzuExport {
    static func files(_ graph: PropertyGraph) throws -> ExportedFiles {
        try BookkeepingProperties.checkNoClash(graph)
        let groups = ElementGroups(graph)
        var export = ExportedFiles()
        var schema: [String] = []
        var load: [String] = []
        for group in groups.nodes {
            let table = tableName(group.labels)
            let rows = group.nodes.map { BookkeepingProperties.node($0, in: graph) }
            let columns = [(key: BookkeepingProperties.id, type: ColumnType.integer)]
                + ColumnType.columns(of: rows).filter { $0.key != BookkeepingProperties.id }.map { (key: $0.key, type: kuzuType($0.type)) }
            schema.append(
                "CREATE NODE TABLE \(CypherLiteral.name(table))("
                    + columns.map { "`\($0.key)` \($0.type.kuzuType)" }.joined(separator: ", ")
                    + ", PRIMARY KEY(\(BookkeepingProperties.id)))")
            var text = columns.map { Neo4jCSVExport.quote($0.key) }.joined(separator: ",") + "\n"
            for row in rows { text += columns.map { cell(row[$0.key], $0.type) }.joined(separator: ",") + "\n" }
            let file = "nodes-\(ElementGroups.fileName(group.labels)).csv"
            load.append("COPY \(CypherLiteral.name(table)) FROM '\(file)' (HEADER=true, PARALLEL=false)")
            export.add(file, text, "\(group.nodes.count) \(table) nodes")
        }
        // One REL TABLE per type, its columns the union over every pair of end tables.
        var typeOrder: [String] = []
        var groupsByType: [String: [ElementGroups.RelationshipGroup]] = [:]
        for group in groups.relationships {
            if groupsByType[group.type] == nil { typeOrder.append(group.type) }
            groupsByType[group.type, default: []].append(group)
        }
        for type in typeOrder {
            let typeGroups = groupsByType[type]!
            let columns = ColumnType.columns(of: typeGroups.flatMap { $0.relationships.map(BookkeepingProperties.relationship) })
                .map { ($0.key, kuzuType($0.type)) }
            let pairs = typeGroups.map {
                "FROM \(CypherLiteral.name(tableName($0.startLabels))) TO \(CypherLiteral.name(tableName($0.endLabels)))"
            }
            schema.append(
                "CREATE REL TABLE \(CypherLiteral.name(type))("
                    + (pairs + columns.map { "`\($0.0)` \($0.1.kuzuType)" }).joined(separator: ", ") + ")")
            for group in typeGroups {
                var text = (["from", "to"] + columns.map(\.0)).map(Neo4jCSVExport.quote).joined(separator: ",") + "\n"
                for r in group.relationships {
                    let row = BookkeepingProperties.relationship(r)
                    text += ([String(r.start.rawValue), String(r.end.rawValue)] + columns.map { cell(row[$0.0], $0.1) })
                        .joined(separator: ",") + "\n"
                }
                let from = tableName(group.startLabels)
                let to = tableName(group.endLabels)
                let file = "relationships-\(ElementGroups.fileName([type]))-\(ElementGroups.fileName([from]))-\(ElementGroups.fileName([to])).csv"
                let pairOption = typeGroups.count > 1 ? "from='\(from)', to='\(to)', " : ""
                load.append("COPY \(CypherLiteral.name(type)) FROM '\(file)' (\(pairOption)HEADER=true, PARALLEL=false)")
                export.add(file, text, "\(group.relationships.count) \(type) relationships (\(from) to \(to))")
            }
        }
        export.add("schema.cypher", schema.map { $0 + ";\n" }.joined(), "\(schema.count) CREATE NODE/REL TABLE statements")
        export.add("load.cypher", load.map { $0 + ";\n" }.joined(), "\(load.count) COPY FROM statements (run from this folder, after schema.cypher)")
        return export
    }

    /// The node table of a label set.
    static func tableName(_ labels: [String]) -> String { labels.isEmpty ? "Unlabelled" : labels.joined(separator: "_") }

    /// String lists become JSON text (see the type's comment); every other type is native.
    static func kuzuType(_ type: ColumnType) -> ColumnType { type == .stringList ? .string : type }

    static func cell(_ value: Value?, _ type: ColumnType) -> String {
        guard let value else { return "" }
        switch type {
        case .integer, .float, .boolean: return GraphExporter.text(value)
        case .integerList: return "\"[" + (value.listValue ?? []).map(GraphExporter.text).joined(separator: ",") + "]\""
        case .string, .stringList: return Neo4jCSVExport.quote(GraphExporter.text(value))
        }
    }
}
