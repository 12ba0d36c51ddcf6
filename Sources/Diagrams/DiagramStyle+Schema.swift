import Plugins

extension DiagramStyle {
    /// The built-in look of the schema's labels and relationship types (see the
    /// product brief). Hues group what belongs together: people and parties in
    /// blue and red, government units and their tasks in teal and indigo,
    /// meetings and proposals in orange.
    public static let schema = DiagramStyle(
        id: "schema",
        nodes: [
            "Document": NodeStyle(shape: "note", fillColor: "#ECEFF1"),
            "Meeting": NodeStyle(shape: "tab", fillColor: "#FFE0B2"),
            "Proposal": NodeStyle(shape: "folder", fillColor: "#FFCCBC"),
            "Speech": NodeStyle(shape: "box", fillColor: "#E1BEE7"),
            "Person": NodeStyle(shape: "ellipse", fillColor: "#BBDEFB"),
            "Party": NodeStyle(shape: "octagon", fillColor: "#FFCDD2"),
            "District": NodeStyle(shape: "house", fillColor: "#DCEDC8"),
            "Agency": NodeStyle(shape: "box", fillColor: "#B2DFDB"),
            "Organization": NodeStyle(shape: "component", fillColor: "#D7CCC8"),
            "Industry": NodeStyle(shape: "hexagon", fillColor: "#FFF9C4"),
            "Task": NodeStyle(shape: "box", fillColor: "#C5CAE9"),
        ],
        edges: [
            "MEMBER_OF": EdgeStyle(color: "#C62828"),
            "WORKS_AT": EdgeStyle(color: "#1565C0"),
            "SERVES_ON": EdgeStyle(color: "#6A1B9A", lineStyle: "dashed"),
            "GAVE": EdgeStyle(color: "#7B1FA2"),
            "AT": EdgeStyle(color: "#EF6C00", lineStyle: "dotted"),
            "ABOUT": EdgeStyle(color: "#F9A825", lineStyle: "dashed"),
            "MENTIONS": EdgeStyle(color: "#9E9E9E", lineStyle: "dotted"),
            "ASKED_AT": EdgeStyle(color: "#0277BD", lineStyle: "dashed"),
            "RESPONDED_AT": EdgeStyle(color: "#00695C", lineStyle: "dashed"),
            "DISCUSSED": EdgeStyle(color: "#E65100"),
            "PART_OF": EdgeStyle(color: "#3949AB"),
            "LEADS": EdgeStyle(color: "#2E7D32", lineStyle: "bold"),
            "RESPONSIBLE_FOR": EdgeStyle(color: "#66BB6A"),
            "RECORDS": EdgeStyle(color: "#757575", lineStyle: "dotted"),
        ]
    )

    /// The schema style with every plugin's style laid over it in load order:
    /// the style a diagram of this registry's graphs uses.
    public static func effective(for registry: PluginRegistry) -> DiagramStyle {
        registry.styles.reduce(schema) { $0.merging($1.item) }
    }
}
