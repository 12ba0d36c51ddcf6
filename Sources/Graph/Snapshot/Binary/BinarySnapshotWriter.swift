/// Writes a graph as a binary snapshot (see `BinarySnapshotLayout`).
///
/// Deterministic: strings are numbered in order of first use while the graph is
/// walked in id order, and property keys are written in byte order, so the same
/// graph always gives the same bytes. O(size of the graph).
struct BinarySnapshotWriter {
    private var stringIDs: [ByteKey: Int] = [:]
    private var stringEnds: [UInt64] = []
    private var stringBytes: [UInt8] = []
    /// The document of the last source written and its string id: a node's or a
    /// relationship's sources are sorted by document, so most repeat the one before.
    private var lastDocument: (name: String, id: Int)?

    static func encode(_ graph: PropertyGraph) -> [UInt8] {
        var writer = BinarySnapshotWriter()
        // About one string per source quote: the table grows once instead of doubling its way up.
        writer.stringIDs.reserveCapacity(graph.nodeCount + graph.relationshipCount)
        var nodes: [UInt8] = []
        nodes.reserveCapacity(graph.nodeCount * 16)
        for node in graph.nodes {
            writer.writeLabels(node.labels, into: &nodes)
            Self.writeNumber(graph.key(of: node.id).map { UInt64(writer.intern($0)) + 1 } ?? 0, into: &nodes)
            writer.writeProperties(node.properties, into: &nodes)
            writer.writeSources(node.sources, into: &nodes)
        }
        var relationships: [UInt8] = []
        relationships.reserveCapacity(graph.relationshipCount * 8)
        for r in graph.relationships {
            Self.writeNumber(UInt64(writer.intern(r.type)), into: &relationships)
            Self.writeNumber(UInt64(r.start.rawValue), into: &relationships)
            Self.writeNumber(UInt64(r.end.rawValue), into: &relationships)
            writer.writeProperties(r.properties, into: &relationships)
            writer.writeSources(r.sources, into: &relationships)
        }
        var strings: [UInt8] = []
        strings.reserveCapacity(8 * (writer.stringEnds.count + 1) + writer.stringBytes.count)
        appendFixed(UInt64(0), to: &strings)
        for end in writer.stringEnds { appendFixed(end, to: &strings) }
        strings += writer.stringBytes

        let sections = [strings, nodes, relationships]
        var out: [UInt8] = BinarySnapshotLayout.magic
        appendFixed(BinarySnapshotLayout.version, to: &out)
        appendFixed(UInt32(sections.count), to: &out)
        var offset = UInt64(BinarySnapshotLayout.headerSize)
        for section in sections {
            appendFixed(offset, to: &out)
            appendFixed(UInt64(section.count), to: &out)
            appendFixed(SnapshotChecksum.of(section), to: &out)
            offset += UInt64(section.count)
        }
        appendFixed(UInt64(graph.nodeCount), to: &out)
        appendFixed(UInt64(graph.relationshipCount), to: &out)
        appendFixed(UInt64(writer.stringEnds.count), to: &out)
        appendFixed(SnapshotChecksum.of(out), to: &out)
        out.reserveCapacity(Int(offset))
        for section in sections { out += section }
        return out
    }

    // MARK: Records

    private mutating func intern(_ s: String) -> Int {
        let key = ByteKey(s)
        if let id = stringIDs[key] { return id }
        let id = stringEnds.count
        stringIDs[key] = id
        stringBytes += s.utf8
        stringEnds.append(UInt64(stringBytes.count))
        return id
    }

    private mutating func writeLabels(_ labels: [String], into out: inout [UInt8]) {
        Self.writeNumber(UInt64(labels.count), into: &out)
        for label in labels { Self.writeNumber(UInt64(intern(label)), into: &out) }
    }

    private mutating func writeProperties(_ properties: [String: Value], into out: inout [UInt8]) {
        Self.writeNumber(UInt64(properties.count), into: &out)
        switch properties.count {
        case 0: return
        case 1:
            // Most relationships with properties have one: no array to sort.
            let (key, value) = properties.first!
            Self.writeNumber(UInt64(intern(key)), into: &out)
            writeValue(value, into: &out)
        default:
            // Keys and values sorted together: no second lookup of each key.
            for (key, value) in properties.sorted(by: { ByteString.less($0.key, $1.key) }) {
                Self.writeNumber(UInt64(intern(key)), into: &out)
                writeValue(value, into: &out)
            }
        }
    }

    private mutating func writeSources(_ sources: [Provenance], into out: inout [UInt8]) {
        Self.writeNumber(UInt64(sources.count), into: &out)
        for source in sources {
            let document: Int
            if let last = lastDocument, ByteString.equal(last.name, source.document) {
                document = last.id
            } else {
                document = intern(source.document)
                lastDocument = (source.document, document)
            }
            Self.writeNumber(UInt64(document), into: &out)
            Self.writeNumber(UInt64(source.offset), into: &out)
            Self.writeNumber(UInt64(source.length), into: &out)
            Self.writeNumber(UInt64(intern(source.quote)), into: &out)
        }
    }

    /// Stored values only; query-only kinds (never stored) are written as null.
    private mutating func writeValue(_ value: Value, into out: inout [UInt8]) {
        typealias Tag = BinarySnapshotLayout.ValueTag
        switch value {
        case .null, .node, .relationship, .path: out.append(Tag.null.rawValue)
        case .bool(let b): out.append(b ? Tag.trueValue.rawValue : Tag.falseValue.rawValue)
        case .int(let i):
            out.append(Tag.int.rawValue)
            Self.writeNumber(UInt64(bitPattern: Int64((i << 1) ^ (i >> 63))), into: &out)
        case .float(let d):
            out.append(Tag.float.rawValue)
            Self.appendFixed(d.bitPattern, to: &out)
        case .string(let s):
            out.append(Tag.string.rawValue)
            Self.writeNumber(UInt64(intern(s)), into: &out)
        case .list(let items):
            out.append(Tag.list.rawValue)
            Self.writeNumber(UInt64(items.count), into: &out)
            for item in items { writeValue(item, into: &out) }
        case .map(let entries):
            out.append(Tag.map.rawValue)
            writeProperties(entries, into: &out)
        case .temporal(let t):
            out.append(Tag.temporal.rawValue)
            out.append(UInt8(TemporalKind.allCases.firstIndex(of: t.kind)!))
            Self.writeNumber(UInt64(intern(t.isoText)), into: &out)
        }
    }

    /// Unsigned LEB128: seven bits per byte, low bits first.
    /// Static, so that `writeNumber(intern(s))` does not hold a copy of the writer (and its
    /// string table) while `intern` changes it, which would copy the table on every call.
    private static func writeNumber(_ n: UInt64, into out: inout [UInt8]) {
        var n = n
        while n >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: n) | 0x80)
            n >>= 7
        }
        out.append(UInt8(n))
    }

    private static func appendFixed<T: FixedWidthInteger>(_ n: T, to out: inout [UInt8]) {
        withUnsafeBytes(of: n.littleEndian) { out += $0 }
    }
}
