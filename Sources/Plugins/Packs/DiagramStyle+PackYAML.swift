extension DiagramStyle {
    /// Graphviz node shapes a style may name.
    static let shapes: Set<String> = [
        "box", "rect", "rectangle", "square", "ellipse", "oval", "circle", "doublecircle", "point", "egg", "triangle",
        "diamond", "trapezium", "parallelogram", "house", "pentagon", "hexagon", "septagon", "octagon", "note", "tab",
        "folder", "box3d", "component", "cylinder", "plaintext", "plain", "none", "underline", "star", "invtriangle",
        "invhouse", "Mdiamond", "Msquare", "Mcircle",
    ]
    static let lineStyles: Set<String> = ["solid", "dashed", "dotted", "bold", "invis"]

    /// Reads a style file:
    ///
    /// ```yaml
    /// id: low-altitude
    /// nodes:
    ///   Industry: {shape: hexagon, fillColor: "#fde2c8", fontColor: black}
    /// edges:
    ///   ABOUT: {color: "#d9822b", lineStyle: dashed, caption: 涉及}
    /// ```
    init(pack yaml: PackYAML) throws {
        let fields = try yaml.fields("a style", allowed: ["id", "description", "nodes", "edges"])
        let id = try fields.required("id").nonEmptyString("the style id")
        var nodes: [String: NodeStyle] = [:]
        for entry in try fields.optional("nodes")?.entries("nodes") ?? [] {
            _ = try Lexicon.label(entry.keyNode)
            let style = try entry.value.fields("the style of :\(entry.key)", allowed: ["shape", "fillColor", "fontColor"])
            let shape = try style.optional("shape")?.nonEmptyString("shape")
            if let shape, !Self.shapes.contains(shape) {
                let hint = PackYAML.closest(to: shape, in: Self.shapes.sorted()).map { "; did you mean '\($0)'?" } ?? ""
                throw try style.required("shape").problem("'\(shape)' is not a Graphviz shape\(hint)")
            }
            nodes[entry.key] = NodeStyle(
                shape: shape, fillColor: try Self.color(style.optional("fillColor")),
                fontColor: try Self.color(style.optional("fontColor")))
        }
        var edges: [String: EdgeStyle] = [:]
        for entry in try fields.optional("edges")?.entries("edges") ?? [] {
            guard entry.key.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "_") }) else {
                throw entry.keyNode.problem("relationship type '\(entry.key)' must be upper-case ASCII, e.g. ABOUT")
            }
            let style = try entry.value.fields("the style of [:\(entry.key)]", allowed: ["color", "lineStyle", "caption"])
            let lineStyle = try style.optional("lineStyle")?.nonEmptyString("lineStyle")
            if let lineStyle, !Self.lineStyles.contains(lineStyle) {
                throw try style.required("lineStyle").problem("lineStyle '\(lineStyle)' must be one of \(Self.lineStyles.sorted().joined(separator: ", "))")
            }
            edges[entry.key] = EdgeStyle(
                color: try Self.color(style.optional("color")), lineStyle: lineStyle,
                caption: try style.optional("caption")?.string("caption"))
        }
        self.init(id: id, nodes: nodes, edges: edges)
    }

    /// A Graphviz colour: `#rrggbb`, `#rrggbbaa` or a colour name.
    static func color(_ yaml: PackYAML?) throws -> String? {
        guard let yaml else { return nil }
        let text = try yaml.nonEmptyString("a colour")
        let isHex = text.first == "#" && [7, 9].contains(text.count) && text.dropFirst().allSatisfy(\.isHexDigit)
        let isName = text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard isHex || isName else {
            throw yaml.problem("'\(text)' is not a colour; write #rrggbb or a Graphviz colour name such as steelblue")
        }
        return text
    }
}
