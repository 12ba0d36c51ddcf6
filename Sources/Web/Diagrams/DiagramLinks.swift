/// Makes every node of a Graphviz SVG a link to its page.
///
/// Graphviz writes a node as `<g id="node3" class="node"><title>n12</title>…</g>`
/// (DOTWriter names nodes by their graph id). Until the Diagrams target takes
/// a URL template for nodes, this wraps each such group's content in
/// `<a href="…">`; switching means deleting this call and passing `link` there.
public enum DiagramLinks {
    /// The page of node `id`.
    public static func link(_ id: Int) -> String { "/node/\(id)" }

    /// `svg` with each node group linked by `link`; text without node groups is returned as it is.
    public static func linkingNodes(in svg: String, link: (Int) -> String = link) -> String {
        var out = ""
        out.reserveCapacity(svg.utf8.count + svg.utf8.count / 8)
        var rest = Substring(svg)
        let opening = "class=\"node\">"
        while let open = rest.range(of: opening) {
            out += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            guard let titleStart = rest.range(of: "<title>n"), let titleEnd = rest.range(of: "</title>"),
                titleStart.upperBound <= titleEnd.lowerBound,
                let id = Int(rest[titleStart.upperBound..<titleEnd.lowerBound]),
                let close = rest.range(of: "</g>")
            else { continue }
            let href = link(id)
            out += "<a href=\"\(href)\" xlink:href=\"\(href)\" target=\"_top\">"
            out += rest[..<close.lowerBound]
            out += "</a>"
            rest = rest[close.lowerBound...]
        }
        out += rest
        return out
    }

    /// The `<svg>` element alone, without the XML prolog and DOCTYPE, to put inside a page.
    public static func inlineElement(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return svg }
        return String(svg[start.lowerBound...])
    }
}
