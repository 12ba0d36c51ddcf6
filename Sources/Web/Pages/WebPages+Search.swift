import Graph

extension WebPages {
    /// `/`: the search box, and what the dataset holds.
    func homePage() -> HTML {
        let counts = graph.labels.map { label -> HTML in
            "<tr><td><span class=\"label\">\(label)</span></td><td>\(graph.nodes(withLabel: label).count)</td></tr>"
        }
        return page(
            "Search", section: .search,
            """
            <h1>\(state.dataset.title ?? state.dataset.name)</h1>
            <p>Find a person, party, agency, district, industry or task by its name, an alias, its pinyin
            (<code>liang</code> → 梁鸣) or its initials (<code>sfg</code> → 市发改委).</p>
            \(PageLayout.searchForm(query: "", big: true))
            <p class="muted">\(graph.nodeCount) nodes, \(graph.relationshipCount) relationships from
            \(state.dataset.entries.count) documents. Or ask a <a href="/questions">question</a>,
            read the <a href="/documents">documents</a>, see the <a href="/conflicts">conflicts</a>.</p>
            <table><tr><th>Label</th><th>Nodes</th></tr>\(counts)</table>
            """)
    }

    /// Hits grouped by label, labels in order of their first hit.
    static func grouped(_ hits: [SearchIndex.Hit]) -> [(label: String, hits: [SearchIndex.Hit])] {
        var order: [String] = []
        var groups: [String: [SearchIndex.Hit]] = [:]
        for hit in hits {
            if groups[hit.label] == nil { order.append(hit.label) }
            groups[hit.label, default: []].append(hit)
        }
        return order.map { ($0, groups[$0]!) }
    }

    /// `/search?q=`: every hit, grouped by label.
    func searchPage(_ query: String) -> HTML {
        let hits = snapshot.search.search(query, limit: 200)
        let groups = Self.grouped(hits).map { group -> HTML in
            let items = group.hits.map { hit -> HTML in
                "<li>\(nodeLink(hit.node))\(hit.matched.map { " <span class=\"muted\">(\($0))</span>" as HTML } ?? "")</li>"
            }
            return "<h2>\(group.label) <span class=\"muted\">(\(group.hits.count))</span></h2><ul>\(items)</ul>"
        }
        return page(
            "Search: \(query)", section: .search, query: query,
            """
            <h1>Search</h1>
            \(PageLayout.searchForm(query: query, big: true))
            \(hits.isEmpty ? "<p>Nothing is named “\(query)”. Try a shorter part of the name, its pinyin, or its initials.</p>" as HTML : "")
            \(groups)
            """)
    }
}
