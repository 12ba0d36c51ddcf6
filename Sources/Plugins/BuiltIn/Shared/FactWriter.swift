import Foundation
import Graph

/// Writes the facts of one document into the graph: nodes merged by stable
/// keys (`Agency:市发展和改革委员会`) and relationships merged by type, ends and
/// properties, each with the provenance of the text that states it. A fact
/// stated twice gains a second source, never a second node or relationship.
struct FactWriter {
    let document: SourceDocument
    let text: NormalizedText
    var graph: PropertyGraph
    /// The document's city (`PreparedDocument.city`): another city's lexicon aliases are not written on its nodes.
    let city: String?
    /// Nodes of lexicon entries already written for this document, by entry
    /// index: a word used fifty times is looked up by key once.
    private var entryNodes: [Int: NodeID] = [:]
    /// Property-less relationships already written for this document, with
    /// how many sources this document has given each.
    private var plainRelationships: [PlainKey: (id: RelationshipID, sources: Int)] = [:]
    /// One document quotes a repeated mention (人工智能 forty times in one speech) at most this often.
    static let maximumSourcesPerDocument = 3

    private struct PlainKey: Hashable {
        var type: String
        var start: NodeID
        var end: NodeID
    }

    init(document: SourceDocument, text: NormalizedText, city: String?, graph: PropertyGraph) {
        self.document = document
        self.text = text
        self.graph = graph
        self.city = city
    }

    /// Runs `body` with a writer that owns `graph` meanwhile (swapped, not
    /// copied, so the graph's storage is never duplicated).
    static func write(
        _ document: SourceDocument, _ text: NormalizedText, city: String?, into graph: inout PropertyGraph,
        _ body: (inout FactWriter) throws -> Void
    ) rethrows {
        var writer = FactWriter(document: document, text: text, city: city, graph: PropertyGraph())
        swap(&graph, &writer.graph)
        defer { swap(&graph, &writer.graph) }
        try body(&writer)
    }

    func source(_ range: Range<Int>) -> Provenance {
        // A span is usually quoted twice in a row (the node, then its
        // relationship; a speaker's roles line for every role): reuse the quote.
        if let last = lastSource.value, last.range == range { return last.provenance }
        let made = text.provenance(range, document: document.id)
        lastSource.value = (range, made)
        return made
    }

    /// The last provenance made, by span (a box, so `source` stays non-mutating).
    private let lastSource = SourceMemo()

    private final class SourceMemo {
        var value: (range: Range<Int>, provenance: Provenance)?
    }

    /// The node for this document.
    mutating func documentNode() throws -> NodeID {
        let key = "Document:\(document.id)"
        // The first non-blank line quotes the document.
        var start = 0
        while start < text.count, text.bytes[start] == 0x0A || text.bytes[start] == 0x20 { start += 1 }
        let end = UTF8Scan.find([0x0A], in: text.bytes, from: start) ?? text.count
        let head = UTF8Scan.trim(text.bytes, start..<end)
        let quote = head.isEmpty ? nil : source(head)
        // Every extractor asks for the node in turn: once it is written, it holds these
        // properties already (they come from the document alone), and parsing the date
        // again was a hundredth of a build.
        if graph.node(forKey: key) != nil {
            return try graph.mergeNode(key: key, labels: ["Document"], source: quote)
        }
        var properties: [String: Value] = ["id": .string(document.id), "name": .string(document.title), "title": .string(document.title)]
        if let date = document.date { properties["date"] = .calendarDate(date) }
        if let kind = document.kind { properties["kind"] = .string(kind) }
        return try graph.mergeNode(key: key, labels: ["Document"], properties: properties, source: quote)
    }

    /// A node keeps at most this many sources: an agency named in ten thousand
    /// documents needs a few quotes, not ten thousand (each statement's
    /// relationship keeps its own source).
    static let maximumNodeSources = 8

    /// Merges the node `label:name`, adding `properties` it lacks and the source.
    @discardableResult
    mutating func entity(
        _ label: String, _ name: String, properties: [String: Value] = [:], aliases: [String] = [],
        key: String? = nil, at range: Range<Int>
    ) throws -> NodeID {
        let key = key ?? label + ":" + name
        if let id = graph.node(forKey: key) {
            // Field by field rather than a copy of the whole node: this runs for most facts.
            if !graph.nodes[id.rawValue].labels.contains(label) { graph.addLabel(label, to: id) }
            for (k, v) in properties where graph.nodes[id.rawValue].properties[k] == nil { try graph.setProperty(k, to: v, on: id) }
            if graph.nodes[id.rawValue].sources.count < Self.maximumNodeSources { graph.addSource(source(range), to: id) }
            try graph.addAliases(aliases, to: id)
            return id
        }
        var all = properties
        all["name"] = .string(name)
        // A new node takes its aliases whole, as `addAlias` one by one would leave them (not
        // its name, each once by bytes, sorted): one by one, each copied and sorted the list.
        if all["aliases"] == nil, !aliases.isEmpty {
            var distinct: [String] = []
            for alias in aliases where !LabelledName.sameBytes(alias, name) && !distinct.contains(where: { LabelledName.sameBytes($0, alias) }) {
                distinct.append(alias)
            }
            if !distinct.isEmpty { all["aliases"] = .list(distinct.sorted().map(Value.string)) }
            return try graph.mergeNode(key: key, labels: [label], properties: all, source: source(range))
        }
        let id = try graph.mergeNode(key: key, labels: [label], properties: all, source: source(range))
        for alias in aliases { try graph.addAlias(alias, to: id) }
        return id
    }

    /// Merges the node of a lexicon entry; the surface form found becomes an alias.
    @discardableResult
    mutating func entity(_ entry: LexiconIndex.Entry, surface: String? = nil, at range: Range<Int>) throws -> NodeID {
        var properties: [String: Value] = [:]
        for (k, v) in entry.properties { properties[k] = .string(v) }
        var aliases = entry.aliases(in: city)
        if let surface, !LabelledName.sameBytes(surface, entry.name), entry.label != "Industry",
           !aliases.contains(where: { LabelledName.sameBytes($0, surface) }) {
            aliases.append(surface)
        }
        return try entity(entry.label, entry.name, properties: properties, aliases: aliases, at: range)
    }

    /// The node of entry `entry` of `index`, merged once per document; later
    /// occurrences add a source (up to the cap) and a new surface form as alias.
    @discardableResult
    mutating func entity(_ index: LexiconIndex, _ entry: Int, surface: String? = nil, at range: Range<Int>) throws -> NodeID {
        let e = index.entries[entry]
        guard let id = entryNodes[entry] else {
            let id = try entity(e, surface: surface, at: range)
            entryNodes[entry] = id
            return id
        }
        // The node already has a source from this document; its relationships keep the rest.
        // Compared by bytes: `String` equality normalizes Chinese text, and this runs for every mention.
        if let surface, e.label != "Industry", !LabelledName.sameBytes(surface, e.name),
           !e.aliases.contains(where: { LabelledName.sameBytes($0, surface) }) {
            try graph.addAlias(surface, to: id)
        }
        return id
    }

    /// Merges a relationship with the source of `range`.
    @discardableResult
    mutating func relate(
        _ type: String, _ start: NodeID, _ end: NodeID, properties: [String: Value] = [:], at range: Range<Int>
    ) throws -> RelationshipID {
        let key = PlainKey(type: type, start: start, end: end)
        if properties.isEmpty, let known = plainRelationships[key] {
            if known.sources < Self.maximumSourcesPerDocument,
               graph.relationship(known.id).sources.count < Self.maximumRelationshipSources {
                graph.addSource(source(range), to: known.id)
                plainRelationships[key] = (known.id, known.sources + 1)
            }
            return known.id
        }
        let id = try merge(type, start, end, properties: properties, at: range)
        if properties.isEmpty { plainRelationships[key] = (id, 1) }
        return id
    }

    private mutating func merge(
        _ type: String, _ start: NodeID, _ end: NodeID, properties: [String: Value], at range: Range<Int>
    ) throws -> RelationshipID {
        // Search the shorter of the two adjacency lists: an agency may lead thousands
        // of tasks, while each task has a dozen units.
        let incoming = graph.incoming(end)
        if incoming.count < graph.outgoing(start).count {
            let wanted = properties.filter { !$0.value.isNull }
            for id in incoming {
                let r = graph.relationship(id)
                if r.start == start, r.type == type, r.properties == wanted {
                    if r.sources.count < Self.maximumRelationshipSources { graph.addSource(source(range), to: id) }
                    return id
                }
            }
            return try graph.addRelationship(type: type, from: start, to: end, properties: wanted, sources: [source(range)])
        }
        return try graph.mergeRelationship(type: type, from: start, to: end, properties: properties, source: source(range))
    }

    /// Relationship sources are capped too, high enough that every document stating a fact is kept in practice.
    static let maximumRelationshipSources = 64

    /// The text of a lexicon hit when it is not the entry's own name (an alias
    /// or variant to record), nil when it is: most hits are the name, and
    /// comparing bytes in place spares a `String` per hit. A hit in traditional
    /// script is the entry (matched on the folded text) and records the form
    /// as written (`中國民主同盟`) as an alias.
    func surface(_ hit: LexiconIndex.Hit, of entry: LexiconIndex.Entry) -> String? {
        if text.foldedScript {
            let written = text.written(hit.range)
            if !LabelledName.sameBytes(written, string(hit.range)) { return written }
        }
        let isName: Bool? = entry.name.utf8.withContiguousStorageIfAvailable { name in
            text.bytes.withUnsafeBufferPointer { bytes in
                guard hit.range.count == name.count, let n = name.baseAddress, let b = bytes.baseAddress else { return false }
                return memcmp(b + hit.range.lowerBound, n, name.count) == 0
            }
        }
        return isName == true ? nil : string(hit.range)
    }

    /// The normalized text of `range`.
    func string(_ range: Range<Int>) -> String { text.string(range) }
}
