import Plugins

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
    /// Works on UTF-8 bytes: O(length of the SVG).
    public static func linkingNodes(in svg: String, link: (Int) -> String = link) -> String {
        let bytes = Array(svg.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var index = 0
        while let open = UTF8Scan.find(Needles.opening, in: bytes, from: index) {
            let content = open + Needles.opening.count
            out += bytes[index..<content]
            index = content
            guard let titleStart = UTF8Scan.find(Needles.title, in: bytes, from: index),
                let titleEnd = UTF8Scan.find(Needles.titleEnd, in: bytes, from: index),
                titleStart + Needles.title.count <= titleEnd,
                let id = Int(String(decoding: bytes[(titleStart + Needles.title.count)..<titleEnd], as: UTF8.self)),
                let close = groupEnd(bytes, from: index)
            else { continue }
            let href = link(id)
            out += Array("<a href=\"\(href)\" xlink:href=\"\(href)\" target=\"_top\">".utf8)
            out += bytes[index..<close]
            out += Array("</a>".utf8)
            index = close
        }
        out += bytes[index...]
        return String(decoding: out, as: UTF8.self)
    }

    private enum Needles {
        static let opening = Array("class=\"node\">".utf8)
        static let title = Array("<title>n".utf8)
        static let titleEnd = Array("</title>".utf8)
        static let groupOpen = Array("<g".utf8)
        static let groupClose = Array("</g>".utf8)
    }

    /// Where the `</g>` closing the group whose content starts at `from` begins, or nil.
    static func groupEnd(_ bytes: [UInt8], from: Int) -> Int? {
        var depth = 1
        var index = from
        while let closing = UTF8Scan.find(Needles.groupClose, in: bytes, from: index) {
            // Nested groups (`<g ` or `<g>`) opened before this closing go one level deeper.
            var scan = index
            while let opening = UTF8Scan.find(Needles.groupOpen, in: bytes, from: scan, to: closing) {
                let after = opening + Needles.groupOpen.count
                if after < bytes.count, bytes[after] == UInt8(ascii: " ") || bytes[after] == UInt8(ascii: ">") { depth += 1 }
                scan = after
            }
            depth -= 1
            if depth == 0 { return closing }
            index = closing + Needles.groupClose.count
        }
        return nil
    }

    /// The `<svg>` element alone, without the XML prolog and DOCTYPE, to put inside a page.
    public static func inlineElement(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return svg }
        return String(svg[start.lowerBound...])
    }
}
