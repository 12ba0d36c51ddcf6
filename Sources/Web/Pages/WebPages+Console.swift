import Graph

extension WebPages {
    /// `/console`: a query box; the result as a table (CSV, JSON) and a diagram; errors with the caret.
    func consolePage(_ query: String?, viaPost: Bool) -> HTML {
        let text = query ?? "MATCH (a:Agency)-[r:LEADS]->(t:Task) RETURN a, r, t LIMIT 25"
        var output: HTML = ""
        if let query, query.contains(where: { !$0.isWhitespace }) {
            do {
                let outcome = try WebQueries(state: state).run(query, on: graph, viaPost: viaPost)
                let api = "/api/query?" + URLText.query([("q", query)])
                let subgraph = Subgraph(collectingFrom: outcome.result.rows.flatMap { $0 }, in: outcome.graph)
                let statistics = outcome.result.statistics
                output = """
                    \(statistics.isEmpty ? "" : "<p>Changed the graph: \(statistics.nodesCreated) nodes and \(statistics.relationshipsCreated) relationships created.</p>" as HTML)
                    \(tableDownloads(api))
                    \(resultTable(outcome.result, graph: outcome.graph))
                    \(resultDiagram(subgraph, graph: outcome.graph, downloads: "/api/query/diagram.{format}?" + URLText.query([("q", query)])))
                    """
            } catch let error as WebError {
                output = """
                    <p class="error" id="query-error">\(error.message)</p>
                    \(error.detail.map { "<pre class=\"error\" id=\"query-caret\">\($0)</pre>" as HTML } ?? "")
                    """
            } catch {
                output = "<p class=\"error\">\(String(describing: error))</p>"
            }
        }
        return page(
            "Cypher console", section: .console,
            """
            <h1>Cypher console</h1>
            <form class="query" method="post" action="/console">
            <textarea name="q" rows="5" spellcheck="false" aria-label="openCypher query">\(text)</textarea>
            <div class="toolbar"><button type="submit" id="run-query">Run</button>
            <span class="muted">\(state.options.allowWrites ? "Updates (CREATE) are allowed." : "Read-only: CREATE is refused.")
            Queries stop after \(Int(state.options.limits.timeout ?? 0)) s.</span></div>
            </form>
            \(output)
            """)
    }
}
