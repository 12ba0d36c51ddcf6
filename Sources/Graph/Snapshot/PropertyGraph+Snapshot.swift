import Foundation

/// The snapshot file. `writeSnapshot` writes the binary format (see
/// `BinarySnapshotLayout`); the JSON form (`snapshotBytes`, version 1: keys sorted,
/// elements in id order, byte-identical for the same graph) stays readable and is what
/// people and other tools can read and write.
extension PropertyGraph {
    public static let snapshotFormat = "policy-graph-snapshot"
    public static let snapshotVersion = 1

    /// The snapshot as JSON text (two-space indented, one trailing newline).
    public func snapshotText() -> String {
        String(decoding: snapshotBytes(), as: UTF8.self)
    }

    /// The snapshot as UTF-8 bytes, exactly the bytes of `snapshotText()`.
    ///
    /// Written element by element: each node and relationship becomes a small
    /// JSON tree only while it is written, so a million-node graph is never a
    /// tree of millions of objects in memory. O(size of the graph).
    public func snapshotBytes() -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "{")]
        func member(_ name: String, first: Bool = false) {
            if !first { out.append(UInt8(ascii: ",")) }
            JSON.newline(&out, 2, 1)
            JSON.writeString(name, into: &out)
            out += ": ".utf8
        }
        member("format", first: true)
        JSON.string(Self.snapshotFormat).write(into: &out, indent: 2, level: 1)
        member("version")
        JSON.int(Self.snapshotVersion).write(into: &out, indent: 2, level: 1)
        member("nodes")
        JSON.writeElements(count: nodes.count, into: &out, indent: 2, level: 1) { position in
            let node = nodes[position]
            var members: [String: JSON] = [
                "id": .int(node.id.rawValue),
                "labels": .array(node.labels.map(JSON.string)),
                "properties": Self.json(node.properties),
                "sources": .array(node.sources.map(Self.json)),
            ]
            if let key = key(of: node.id) { members["key"] = .string(key) }
            return .sortedObject(members)
        }
        member("relationships")
        JSON.writeElements(count: relationships.count, into: &out, indent: 2, level: 1) { position in
            let r = relationships[position]
            return .sortedObject([
                "id": .int(r.id.rawValue), "type": .string(r.type),
                "start": .int(r.start.rawValue), "end": .int(r.end.rawValue),
                "properties": Self.json(r.properties), "sources": .array(r.sources.map(Self.json)),
            ])
        }
        JSON.newline(&out, 2, 0)
        out += "}\n".utf8
        return out
    }

    /// The binary snapshot (`BinarySnapshotLayout`): versioned header, checksums, interned
    /// strings. Deterministic: the same graph gives the same bytes.
    public func binarySnapshotBytes() -> [UInt8] { BinarySnapshotWriter.encode(self) }

    /// Writes the binary snapshot atomically: a reader never sees half a file.
    public func writeSnapshot(to url: URL) throws {
        let data = Data(binarySnapshotBytes())
        do {
            try AtomicFile.write(data, to: url)
        } catch let failure as AtomicFile.Failure {
            throw GraphError(.snapshotIO, "snapshot: \(failure.message)")
        }
    }

    /// Loads a snapshot file: the binary format `writeSnapshot` writes, or the JSON of
    /// `snapshotBytes()` (version 1, what earlier builds wrote and other tools can make).
    /// The file is mapped, not copied: the graph reads its records in place (`StoredRecords`).
    public init(snapshotAt url: URL) throws {
        let file = try MappedFile(url)
        let data = file.data
        do {
            if data.withUnsafeBytes({ BinarySnapshotReader.isBinary($0) }) {
                self = try BinarySnapshotReader.decode(data, checked: file.dropResidentPages)
            } else {
                self = try PropertyGraph(snapshotBytes: [UInt8](data))
            }
        } catch let e as GraphError {
            throw GraphError(e.kind, "snapshot \(url.path): \(e.message)")
        }
    }

    /// Rebuilds a graph from the bytes of a binary snapshot, checking its checksums.
    public init(binarySnapshot bytes: [UInt8]) throws {
        self = try BinarySnapshotReader.decode(Data(bytes))
    }

    /// Rebuilds a graph from snapshot text; ids come back exactly as they were.
    public init(snapshotText text: String) throws {
        try self.init(snapshotBytes: Array(text.utf8))
    }

    /// Rebuilds a graph from the bytes of a snapshot file, without first making
    /// one string of the whole file.
    public init(snapshotBytes bytes: [UInt8]) throws {
        // Read element by element: nodes are added as they are read, so the
        // file's text and a tree of all of it are never in memory together.
        var graph = PropertyGraph()
        var header: [String: JSON] = [:]
        var headerChecked = false
        func checkHeader() throws {
            guard !headerChecked else { return }
            guard header["format"] == .string(Self.snapshotFormat) else {
                throw GraphError(.snapshotFormat, "not a \(Self.snapshotFormat) file")
            }
            guard header["version"] == .int(Self.snapshotVersion) else {
                throw GraphError(.snapshotFormat, "unsupported snapshot version (this build reads version \(Self.snapshotVersion))")
            }
            headerChecked = true
        }
        do {
            try JSON.streamObject(
                bytes: bytes,
                member: { name, value in
                    if name == "nodes" || name == "relationships" { try checkHeader() }
                    header[name] = value
                },
                element: { name, position, item in
                    switch name {
                    case "nodes": try graph.addSnapshotNode(item, position: position)
                    case "relationships": try graph.addSnapshotRelationship(item, position: position)
                    default: break
                    }
                })
        } catch let e as JSONParseError {
            throw GraphError(.snapshotFormat, "not valid JSON at \(e)")
        }
        try checkHeader()
        guard header["nodes"] != nil, header["relationships"] != nil else {
            throw GraphError(.snapshotFormat, "missing nodes or relationships")
        }
        self = graph
    }

    private mutating func addSnapshotNode(_ item: JSON, position: Int) throws {
        guard item["id"] == .int(position), case .array(let labels)? = item["labels"] else {
            throw GraphError(.snapshotFormat, "node \(position) is malformed or out of order")
        }
        let id = try addNode(
            labels: labels.compactMap { if case .string(let s) = $0 { s } else { nil } },
            properties: try Self.properties(item["properties"], "node \(position)"),
            sources: try Self.sources(item["sources"], "node \(position)"))
        if case .string(let key)? = item["key"] { restoreKey(key, for: id) }
    }

    private mutating func addSnapshotRelationship(_ item: JSON, position: Int) throws {
        guard item["id"] == .int(position), case .string(let type)? = item["type"],
            case .int(let start)? = item["start"], case .int(let end)? = item["end"]
        else { throw GraphError(.snapshotFormat, "relationship \(position) is malformed or out of order") }
        // A relationship to a node the file lacks is damage like any other: the caller rebuilds.
        for endpoint in [start, end] where !contains(NodeID(endpoint)) {
            throw GraphError(.snapshotFormat, "relationship \(position) (\(type)) joins node \(endpoint), which does not exist")
        }
        try addRelationship(
            type: type, from: NodeID(start), to: NodeID(end),
            properties: try Self.properties(item["properties"], "relationship \(position)"),
            sources: try Self.sources(item["sources"], "relationship \(position)"))
    }

    // MARK: Value ↔ JSON

    static func json(_ properties: [String: Value]) -> JSON {
        .sortedObject(properties.mapValues(json))
    }

    static func json(_ source: Provenance) -> JSON {
        .object([
            ("document", .string(source.document)), ("length", .int(source.length)),
            ("offset", .int(source.offset)), ("quote", .string(source.quote)),
        ])
    }

    /// Stored values only; query-only kinds become null.
    public static func json(_ value: Value) -> JSON {
        switch value {
        case .null, .node, .relationship, .path: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .string(let s): return .string(s)
        case .list(let items): return .array(items.map(json))
        case .map(let entries): return json(entries)
        // JSON has no dates: an object no plain map could be mistaken for, read back by `value(_:)`.
        case .temporal(let t): return .object([(temporalKey, .string(t.cypherLiteral))])
        }
    }

    /// The one key of the object a temporal value is written as.
    static let temporalKey = "$temporal"


    public static func value(_ json: JSON) -> Value {
        switch json {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .string(let s): return .string(s)
        case .array(let items): return .list(items.map(value))
        case .object(let members):
            if members.count == 1, members[0].0 == temporalKey, case .string(let text) = members[0].1,
                let t = Temporal(cypherLiteral: text)
            {
                return .temporal(t)
            }
            return .map(Dictionary(members.map { ($0.0, value($0.1)) }, uniquingKeysWith: { _, last in last }))
        }
    }

    private static func properties(_ json: JSON?, _ what: String) throws -> [String: Value] {
        guard let json else { return [:] }
        guard case .map(let entries) = value(json) else {
            throw GraphError(.snapshotFormat, "\(what): properties must be an object")
        }
        return entries
    }

    private static func sources(_ json: JSON?, _ what: String) throws -> [Provenance] {
        guard let json else { return [] }
        guard case .array(let items) = json else { throw GraphError(.snapshotFormat, "\(what): sources must be a list") }
        return try items.map { item in
            guard case .string(let document)? = item["document"], case .int(let offset)? = item["offset"],
                case .int(let length)? = item["length"], case .string(let quote)? = item["quote"]
            else { throw GraphError(.snapshotFormat, "\(what): a source lacks document, offset, length or quote") }
            return Provenance(document: document, offset: offset, length: length, quote: quote)
        }
    }
}
