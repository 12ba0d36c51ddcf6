import Foundation
import Graph

/// Writes a graph for other tools in each `ExportFormat`. Every format keeps the
/// provenance of each element. Output is deterministic (ids in order, property
/// keys sorted). JSON and GraphML are here; the CSV and script formats have a file each.
public enum GraphExporter {
    /// The files of `format` for `graph`, each with a line saying what it holds.
    public static func export(_ graph: PropertyGraph, as format: ExportFormat) throws -> ExportedFiles {
        let counts = "\(graph.nodeCount) nodes, \(graph.relationshipCount) relationships"
        switch format {
        case .json: return ExportedFiles(files: [.init(path: "", contents: Data(json(graph).utf8), summary: counts)])
        case .graphml: return ExportedFiles(files: [.init(path: "", contents: Data(graphML(graph).utf8), summary: counts)])
        case .neo4jCSV: return try Neo4jCSVExport.files(graph)
        case .cypher:
            return ExportedFiles(files: [
                .init(path: "", contents: Data(try CypherScriptExport.script(graph).utf8), summary: counts + ", as UNWIND … CREATE batches")
            ])
        case .kuzu: return try KuzuExport.files(graph)
        }
    }

    /// `{"nodes":[{"id","labels","properties","sources"}],"relationships":[{"id","type","start","end","properties","sources"}]}`.
    public static func json(_ graph: PropertyGraph) -> String {
        let nodes = graph.nodes.map { node in
            JSON.object([
                ("id", .int(node.id.rawValue)), ("labels", .array(node.labels.map(JSON.string))),
                ("properties", properties(node.properties)), ("sources", .array(node.sources.map(source))),
            ])
        }
        let relationships = graph.relationships.map { r in
            JSON.object([
                ("id", .int(r.id.rawValue)), ("type", .string(r.type)),
                ("start", .int(r.start.rawValue)), ("end", .int(r.end.rawValue)),
                ("properties", properties(r.properties)), ("sources", .array(r.sources.map(source))),
            ])
        }
        return JSON.object([("nodes", .array(nodes)), ("relationships", .array(relationships))]).serialized(indent: 2) + "\n"
    }

    static func properties(_ p: [String: Value]) -> JSON {
        .sortedObject(p.mapValues { PropertyGraph.json($0.withDatesAsText) })
    }

    static func source(_ s: Provenance) -> JSON {
        .object([("document", .string(s.document)), ("offset", .int(s.offset)), ("length", .int(s.length)), ("quote", .string(s.quote))])
    }

    // MARK: GraphML

    /// GraphML with one `<key>` per property name; lists and sources are JSON text.
    public static func graphML(_ graph: PropertyGraph) -> String {
        let nodeKeys = Set(graph.nodes.flatMap(\.properties.keys)).sorted()
        let edgeKeys = Set(graph.relationships.flatMap(\.properties.keys)).sorted()
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        out += "  <key id=\"labels\" for=\"node\" attr.name=\"labels\" attr.type=\"string\"/>\n"
        out += "  <key id=\"type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n"
        out += "  <key id=\"sources\" for=\"all\" attr.name=\"sources\" attr.type=\"string\"/>\n"
        for k in nodeKeys { out += "  <key id=\"n_\(escape(k))\" for=\"node\" attr.name=\"\(escape(k))\" attr.type=\"string\"/>\n" }
        for k in edgeKeys { out += "  <key id=\"e_\(escape(k))\" for=\"edge\" attr.name=\"\(escape(k))\" attr.type=\"string\"/>\n" }
        out += "  <graph id=\"G\" edgedefault=\"directed\">\n"
        for node in graph.nodes {
            out += "    <node id=\"n\(node.id.rawValue)\">\n"
            out += "      <data key=\"labels\">\(escape(node.labels.map { ":" + $0 }.joined()))</data>\n"
            for k in node.properties.keys.sorted() { out += "      <data key=\"n_\(escape(k))\">\(escape(text(node.properties[k]!)))</data>\n" }
            out += "      <data key=\"sources\">\(escape(JSON.array(node.sources.map(source)).serialized()))</data>\n"
            out += "    </node>\n"
        }
        for r in graph.relationships {
            out += "    <edge id=\"e\(r.id.rawValue)\" source=\"n\(r.start.rawValue)\" target=\"n\(r.end.rawValue)\">\n"
            out += "      <data key=\"type\">\(escape(r.type))</data>\n"
            for k in r.properties.keys.sorted() { out += "      <data key=\"e_\(escape(k))\">\(escape(text(r.properties[k]!)))</data>\n" }
            out += "      <data key=\"sources\">\(escape(JSON.array(r.sources.map(source)).serialized()))</data>\n"
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    static func text(_ value: Value) -> String {
        if let s = value.stringValue { return s }
        if case .temporal(let t) = value { return t.isoText }
        return PropertyGraph.json(value.withDatesAsText).serialized()
    }


    static func escape(_ s: String) -> String {
        XMLText.escaped(s)
    }

    static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
