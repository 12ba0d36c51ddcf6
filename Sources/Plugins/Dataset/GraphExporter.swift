import Foundation
import Graph

/// Writes a graph for other tools: plain JSON, GraphML, and the node and
/// relationship CSV files of `neo4j-admin database import`. Every format keeps
/// the provenance of each element. Output is deterministic (ids in order,
/// property keys sorted).
public enum GraphExporter {
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
        .sortedObject(p.mapValues(PropertyGraph.json))
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
        return PropertyGraph.json(value).serialized()
    }

    static func escape(_ s: String) -> String {
        XMLText.escaped(s)
    }

    // MARK: neo4j-admin CSV

    /// `nodes.csv` and `relationships.csv` for `neo4j-admin database import full
    /// --nodes=nodes.csv --relationships=relationships.csv`. Integer properties
    /// are typed `:long`, lists `:string[]` (`;`-separated), sources a JSON string.
    /// The node id column is a bare `:ID` (used for linking, not stored), so it
    /// cannot clash with a node property called `id`.
    public static func neo4jCSV(_ graph: PropertyGraph) -> (nodes: String, relationships: String) {
        func columns(_ all: [[String: Value]]) -> [(String, String)] {
            let keys = Set(all.flatMap(\.keys)).sorted()
            return keys.map { key in
                let values = all.compactMap { $0[key] }
                if values.allSatisfy({ $0.intValue != nil }) { return (key, "\(key):long") }
                if values.allSatisfy({ $0.listValue != nil }) { return (key, "\(key):string[]") }
                return (key, key)
            }
        }
        func cell(_ value: Value?, _ header: String) -> String {
            guard let value else { return "" }
            if header.hasSuffix(":string[]"), let list = value.listValue { return quote(list.map(text).joined(separator: ";")) }
            if let i = value.intValue { return String(i) }
            return quote(text(value))
        }
        let nodeColumns = columns(graph.nodes.map(\.properties))
        var nodes = ([":ID", ":LABEL"] + nodeColumns.map(\.1) + ["sources"]).joined(separator: ",") + "\n"
        for node in graph.nodes {
            let row = [String(node.id.rawValue), quote(node.labels.joined(separator: ";"))]
                + nodeColumns.map { cell(node.properties[$0.0], $0.1) }
                + [quote(JSON.array(node.sources.map(source)).serialized())]
            nodes += row.joined(separator: ",") + "\n"
        }
        let relColumns = columns(graph.relationships.map(\.properties))
        var rels = ([":START_ID", ":END_ID", ":TYPE"] + relColumns.map(\.1) + ["sources"]).joined(separator: ",") + "\n"
        for r in graph.relationships {
            let row = [String(r.start.rawValue), String(r.end.rawValue), quote(r.type)]
                + relColumns.map { cell(r.properties[$0.0], $0.1) }
                + [quote(JSON.array(r.sources.map(source)).serialized())]
            rels += row.joined(separator: ",") + "\n"
        }
        return (nodes, rels)
    }

    static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
