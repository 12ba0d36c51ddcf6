import Graph

/// The properties an export adds to every element so that another engine can
/// link, merge and explain it: the explorer's node id, the node's merge key, and
/// the provenance as four parallel lists (document, byte offset, byte length, quote).
///
/// The names are plain identifiers every engine accepts unquoted; `FalkorResultDecoder`
/// turns them back into sources, so `:why` works on a server too.
public enum BookkeepingProperties {
    /// The explorer's node id; relationships are linked by it.
    public static let id = "explorer_id"
    /// The merge key the extractors deduplicated the node by, when it has one.
    public static let mergeKey = "merge_key"
    /// Provenance: the documents, offsets, lengths and quotes, one entry per source.
    public static let document = "source_document"
    public static let offset = "source_offset"
    public static let length = "source_length"
    public static let quote = "source_quote"

    /// Every name above: a graph property of the same name would be overwritten, so exports refuse it.
    public static let all: Set<String> = [id, mergeKey, document, offset, length, quote]

    /// The provenance lists of `sources`, keyed by the names above (empty when there are none).
    public static func provenance(_ sources: [Provenance]) -> [String: Value] {
        guard !sources.isEmpty else { return [:] }
        return [
            document: .list(sources.map { .string($0.document) }),
            offset: .list(sources.map { .int($0.offset) }),
            length: .list(sources.map { .int($0.length) }),
            quote: .list(sources.map { .string($0.quote) }),
        ]
    }

    /// The sources the four lists of `properties` hold, when all four are there and agree in length.
    public static func sources(from properties: [String: Value]) -> [Provenance]? {
        guard case .list(let documents)? = properties[document], case .list(let offsets)? = properties[offset],
            case .list(let lengths)? = properties[length], case .list(let quotes)? = properties[quote],
            documents.count == offsets.count, offsets.count == lengths.count, lengths.count == quotes.count
        else { return nil }
        var result: [Provenance] = []
        for i in documents.indices {
            guard let d = documents[i].stringValue, let o = offsets[i].intValue, let l = lengths[i].intValue,
                let q = quotes[i].stringValue
            else { return nil }
            result.append(Provenance(document: d, offset: o, length: l, quote: q))
        }
        return result
    }

    /// A node's properties as exported: its own, its id, merge key and provenance.
    static func node(_ node: Node, in graph: PropertyGraph) -> [String: Value] {
        var properties = node.properties
        properties[id] = .int(node.id.rawValue)
        if let key = graph.key(of: node.id) { properties[mergeKey] = .string(key) }
        properties.merge(provenance(node.sources)) { _, new in new }
        return properties
    }

    /// A relationship's properties as exported: its own and its provenance.
    static func relationship(_ r: Relationship) -> [String: Value] {
        r.properties.merging(provenance(r.sources)) { _, new in new }
    }

    /// Refuses a graph whose own properties use one of the bookkeeping names.
    static func checkNoClash(_ graph: PropertyGraph) throws {
        for node in graph.nodes {
            if let clash = node.properties.keys.first(where: all.contains) {
                throw ExportError("node \(node.id.rawValue) has a property \(clash), a name the export uses for its own bookkeeping")
            }
        }
        for r in graph.relationships {
            if let clash = r.properties.keys.first(where: all.contains) {
                throw ExportError("relationship \(r.id.rawValue) has a property \(clash), a name the export uses for its own bookkeeping")
            }
        }
    }
}
