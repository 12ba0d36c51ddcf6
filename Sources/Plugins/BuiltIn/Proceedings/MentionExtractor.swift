import Graph

/// What the lexicons find in any document, whatever its kind:
/// `(Document)-[:MENTIONS]->(District|Agency|Organization|Party)` and
/// `(Document)-[:ABOUT]->(Industry)`. Each relationship keeps the first
/// `maximumSources` occurrences as its sources, so a word used fifty times does
/// not bloat the snapshot.
struct MentionExtractor: Extractor {
    var id: String { "lexicon-mentions" }
    static let maximumSources = 3

    func extract(from document: SourceDocument, context: ExtractionContext, into graph: inout PropertyGraph) throws {
        let index = LexiconIndex.shared(for: context)
        let prepared = PreparedDocument.shared(for: document, index: index)
        let text = prepared.text
        let hits = prepared.hits
        try FactWriter.write(document, text, city: prepared.city, into: &graph) { writer in
            let documentNode = try writer.documentNode()
            var counts: [Int: Int] = [:]
            for hit in hits {
                let entry = index.entries[hit.entry]
                let type: String
                switch entry.label {
                case "Industry": type = "ABOUT"
                case "District", "Agency", "Organization", "Party": type = "MENTIONS"
                default: continue
                }
                let seen = counts[hit.entry, default: 0]
                guard seen < Self.maximumSources else { continue }
                counts[hit.entry] = seen + 1
                let node = try writer.entity(index, hit.entry, surface: writer.surface(hit, of: entry), at: hit.range)
                try writer.relate(type, documentNode, node, at: hit.range)
            }
        }
    }
}
