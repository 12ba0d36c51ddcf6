import Graph
import Plugins

/// Builds the HTML pages from one snapshot of the graph. Every text from the
/// graph, the documents or the request goes through `HTML` interpolation, which escapes it.
struct WebPages {
    let state: ExplorerState
    let snapshot: ExplorerState.Snapshot
    let diagrams: DiagramMaker

    init(state: ExplorerState) {
        self.state = state
        snapshot = state.snapshot()
        diagrams = DiagramMaker(registry: state.registry, maxNodes: state.options.maxDiagramNodes)
    }

    var graph: PropertyGraph { snapshot.graph }

    func page(_ title: String, section: PageLayout.Section?, query: String = "", _ body: HTML) -> HTML {
        PageLayout.page(title: title, dataset: state.dataset.title ?? state.dataset.name, section: section, query: query, body: body)
    }

    /// The error page: the message, and the detail (a caret under a query's error) as preformatted text.
    func errorPage(_ error: WebError) -> HTML {
        page(
            "Error", section: nil,
            """
            <h1>\(error.status == .notFound ? "Not found" : "Cannot answer")</h1>
            <p class="error">\(error.message)</p>
            \(error.detail.map { "<pre class=\"error\">\($0)</pre>" as HTML } ?? "")
            <p><a href="/">Back to search</a></p>
            """)
    }

    /// A link to a node's page, titled by its name.
    func nodeLink(_ id: NodeID) -> HTML {
        guard graph.contains(id) else { return "#\(id.rawValue)" }
        let node = graph.node(id)
        return "<a href=\"\(NodeLinks.link(id))\" title=\"\(node.labels.joined(separator: ", "))\">\(NodeDetails.title(of: node))</a>"
    }

    /// Labels as chips.
    func labelChips(_ labels: [String]) -> HTML {
        HTML.join(labels.map { "<span class=\"label\">\($0)</span>" })
    }

    /// A source: the sentence around it, highlighted, and a link to the document at that place.
    func sourceItem(_ source: Provenance, words: [String]) -> HTML {
        let title = state.documentEntries[source.document]?.title ?? source.document
        return """
            <li><blockquote>\(SourceExcerpt.html(source, bytes: state.bytes(ofDocument: source.document), words: words))</blockquote>
            <a class="source-link" href="/document/\(URLText.encode(source.document))#at-\(source.offset)">\(title)</a>
            <span class="muted">@\(source.offset)</span></li>
            """
    }

    /// Sources as a list folded under "N sources".
    func sourcesBlock(_ sources: [Provenance], words: [String], open: Bool = false) -> HTML {
        guard !sources.isEmpty else { return "<span class=\"muted\">no source</span>" }
        let summary = sources.count == 1 ? "1 source" : "\(sources.count) sources"
        return """
            <details class="sources"\(open ? HTML(raw: " open") : "")><summary>\(summary)</summary>
            <ul>\(sources.map { sourceItem($0, words: words) })</ul></details>
            """
    }
}
