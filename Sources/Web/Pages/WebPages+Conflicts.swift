import Plugins

extension WebPages {
    /// `/conflicts`: what `explorer check` lists, each side with its quotes in their sentences.
    func conflictsPage() -> HTML {
        let conflicts = ConflictDetector.find(in: graph)
        let items = conflicts.enumerated().map { index, conflict -> HTML in
            let nodes = graph.nodes(named: conflict.subject)
            let subject: HTML = nodes.first.map { nodeLink($0) } ?? "\(conflict.subject)"
            let claims = conflict.claims.map { claim -> HTML in
                "<li>\(claim.statement)<ul>\(claim.sources.map { sourceItem($0, words: [conflict.subject]) })</ul></li>"
            }
            return """
                <div class="conflict"><h3>\(index + 1). <span class="label">\(conflict.kind.rawValue)</span> \(subject)</h3>
                <p>\(conflict.summary)</p><ul>\(claims)</ul></div>
                """
        }
        return page(
            "Conflicts", section: .conflicts,
            """
            <h1>Conflicts</h1>
            <p class="muted">Where documents disagree. Nothing is resolved: the graph keeps every claim, with its sources. <a href="/api/conflicts">JSON</a></p>
            \(conflicts.isEmpty ? "<p>No conflicts in this dataset.</p>" as HTML : "")
            \(items)
            """)
    }
}
