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
    /// A node group may hold groups of its own (Graphviz nests one for a tooltip), so the
    /// link closes before the `</g>` that ends the node group, found by counting.
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
                let close = groupEnd(in: rest)
            else { continue }
            let href = link(id)
            out += "<a href=\"\(href)\" xlink:href=\"\(href)\" target=\"_top\">"
            out += rest[..<close]
            out += "</a>"
            rest = rest[close...]
        }
        out += rest
        return out
    }

    /// Where the `</g>` closing the group whose content starts `text` begins, or nil.
    static func groupEnd(in text: Substring) -> Substring.Index? {
        var depth = 1
        var index = text.startIndex
        while let closing = text[index...].range(of: "</g>") {
            // Nested groups (`<g ` or `<g>`) opened before this closing go one level deeper.
            var scan = index
            while let opening = text[scan..<closing.lowerBound].range(of: "<g") {
                let after = opening.upperBound
                if after < text.endIndex, text[after] == " " || text[after] == ">" { depth += 1 }
                scan = after
            }
            depth -= 1
            if depth == 0 { return closing.lowerBound }
            index = closing.upperBound
        }
        return nil
    }

    /// The `<svg>` element alone, without the XML prolog and DOCTYPE, to put inside a page.
    public static func inlineElement(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return svg }
        return String(svg[start.lowerBound...])
    }
}
