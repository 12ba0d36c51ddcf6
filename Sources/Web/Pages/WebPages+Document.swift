import Graph
import Plugins

extension WebPages {
    /// `/documents`: every document of the dataset, with its facts counted.
    func documentsPage() -> HTML {
        let rows = state.dataset.entries.map { entry -> HTML in
            let id = Dataset.documentID(for: entry.file)
            return """
                <tr><td><a href="/document/\(URLText.encode(id))">\(entry.title ?? id)</a></td><td>\(entry.date ?? "")</td>
                <td>\(entry.kind ?? "")</td><td>\(snapshot.facts.facts(in: id).count)</td></tr>
                """
        }
        return page(
            "Documents", section: .documents,
            """
            <h1>Documents</h1>
            <table><tr><th>Title</th><th>Date</th><th>Kind</th><th>Facts</th></tr>\(rows)</table>
            """)
    }

    /// `/document/ID`: the text with every extracted fact highlighted; a click
    /// on a highlight shows, in the panel, what it states and about which node.
    func documentPage(_ id: String) throws -> HTML {
        guard let document = try state.document(id) else {
            throw WebError(.notFound, "this dataset has no document '\(id)'; the Documents page lists them")
        }
        let facts = snapshot.facts.facts(in: id)
        let bytes = Array(document.text.utf8)
        // Spans that fit the text; a stale snapshot's others are listed but not highlighted.
        let spans = facts.enumerated().compactMap { index, fact -> (index: Int, start: Int, end: Int)? in
            let start = fact.source.offset
            let end = start + fact.source.length
            guard start >= 0, end <= bytes.count, end > start, SourceExcerpt.isBoundary(bytes, start),
                SourceExcerpt.isBoundary(bytes, end)
            else { return nil }
            return (index, start, end)
        }
        var cuts = Set([0, bytes.count])
        for span in spans { cuts.insert(span.start); cuts.insert(span.end) }
        let boundaries = cuts.sorted()
        var text: HTML = ""
        var anchored: Set<Int> = []
        var startsAt: [Int: [Int]] = [:]
        for span in spans { startsAt[span.start, default: []].append(span.index) }
        var active: [(index: Int, end: Int)] = []
        for (from, to) in zip(boundaries, boundaries.dropFirst()) {
            active.removeAll { $0.end <= from }
            for index in startsAt[from] ?? [] {
                active.append((index, facts[index].source.offset + facts[index].source.length))
            }
            if startsAt[from] != nil, anchored.insert(from).inserted { text += "<span id=\"at-\(from)\"></span>" }
            let piece = String(decoding: bytes[from..<to], as: UTF8.self)
            if active.isEmpty {
                text += "\(piece)"
            } else {
                let ids = active.map { String($0.index) }.joined(separator: " ")
                text += "<mark data-facts=\"\(ids)\" tabindex=\"0\">\(piece)</mark>"
            }
        }
        let items = facts.enumerated().map { index, fact -> HTML in
            "<li id=\"fact-\(index)\"><a href=\"#at-\(fact.source.offset)\">@\(fact.source.offset)</a> \(describe(fact.element))</li>"
        }
        let entry = state.documentEntries[id]
        return page(
            document.title, section: .documents,
            """
            <h1>\(document.title)</h1>
            <p class="muted">\(document.date ?? "undated")\(entry?.kind.map { " · \($0)" } ?? "") · \(facts.count) facts ·
            <a href="/api/document/\(URLText.encode(id))">JSON</a></p>
            <div class="split">
            <div class="document" id="document-text">\(text)</div>
            <div class="panel" id="facts"><h3 id="facts-heading">Facts in this document</h3>
            <p class="muted">Click a highlight to see what it states.</p><ol>\(items)</ol></div>
            </div>
            """)
    }

    /// A fact as a line: a node with its labels, or start -[TYPE]-> end with its properties.
    func describe(_ element: DocumentFacts.Element) -> HTML {
        switch element {
        case .node(let id):
            return "\(nodeLink(id)) \(labelChips(graph.node(id).labels))"
        case .relationship(let id):
            let relationship = graph.relationship(id)
            let shown = relationship.properties.keys.sorted()
                .map { "\($0): \(NodeDetails.text(relationship.properties[$0]!))" }.joined(separator: "; ")
            return "\(nodeLink(relationship.start)) <code>-[\(relationship.type)]→</code> \(nodeLink(relationship.end))"
                + (shown.isEmpty ? "" : " <span class=\"muted\">\(shown)</span>")
        }
    }
}
