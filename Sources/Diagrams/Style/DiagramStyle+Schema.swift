import Plugins

extension DiagramStyle {
    /// The built-in look of the schema's labels and relationship types.
    ///
    /// Fills are the Okabe–Ito palette (Okabe & Ito, "Color Universal Design",
    /// 2008), which readers with red–green colour blindness tell apart, plus
    /// black, white and two greys for the labels drawn least; no two labels
    /// share a fill or a shape, so the shape is a second cue. Text is black or
    /// white by the fill's luminance (no `fontColor` here, so a plugin that
    /// recolours a label gets readable text too). `DiagramPaletteTests` checks
    /// every pair stays apart under normal, protan and deutan vision.
    ///
    /// Edge captions are the Chinese names drawn beside the type (牵头 LEADS).
    public static let schema = DiagramStyle(
        id: "schema",
        nodes: [
            "Person": NodeStyle(shape: "ellipse", fillColor: "#56B4E9"),
            "Party": NodeStyle(shape: "octagon", fillColor: "#D55E00"),
            "Agency": NodeStyle(shape: "box", fillColor: "#009E73"),
            "Task": NodeStyle(shape: "box3d", fillColor: "#F0E442"),
            "Proposal": NodeStyle(shape: "folder", fillColor: "#E69F00"),
            "Meeting": NodeStyle(shape: "tab", fillColor: "#CC79A7"),
            "Speech": NodeStyle(shape: "cds", fillColor: "#0072B2"),
            "Industry": NodeStyle(shape: "hexagon", fillColor: "#FFFFFF"),
            "Organization": NodeStyle(shape: "component", fillColor: "#BBBBBB"),
            "District": NodeStyle(shape: "house", fillColor: "#000000"),
            "Document": NodeStyle(shape: "note", fillColor: "#666666"),
        ],
        edges: [
            "MEMBER_OF": EdgeStyle(color: "#D55E00", caption: "成员"),
            "WORKS_AT": EdgeStyle(color: "#0072B2", lineStyle: "dashed", caption: "任职"),
            "SERVES_ON": EdgeStyle(color: "#56B4E9", caption: "担任"),
            "GAVE": EdgeStyle(color: "#0072B2", caption: "发言"),
            "AT": EdgeStyle(color: "#CC79A7", lineStyle: "dotted", caption: "在"),
            "ABOUT": EdgeStyle(color: "#999999", lineStyle: "dashed", caption: "涉及"),
            "MENTIONS": EdgeStyle(color: "#999999", lineStyle: "dotted", caption: "提及"),
            "ASKED_AT": EdgeStyle(color: "#56B4E9", lineStyle: "dashed", caption: "提问"),
            "RESPONDED_AT": EdgeStyle(color: "#009E73", lineStyle: "dashed", caption: "答复"),
            "DISCUSSED": EdgeStyle(color: "#CC79A7", caption: "审议"),
            "PART_OF": EdgeStyle(color: "#E69F00", lineStyle: "dashed", caption: "属于"),
            "LEADS": EdgeStyle(color: "#D55E00", lineStyle: "bold", caption: "牵头"),
            "RESPONSIBLE_FOR": EdgeStyle(color: "#0072B2", caption: "责任"),
            "RECORDS": EdgeStyle(color: "#666666", lineStyle: "dotted", caption: "记载"),
        ]
    )

    /// Chinese names of the schema's labels, drawn beside the English one in
    /// legends (人物 Person). A label a plugin adds is shown in English only.
    public static let labelNames: [String: String] = [
        "Person": "人物", "Party": "党派", "Agency": "单位", "Task": "任务", "Proposal": "提案",
        "Meeting": "会议", "Speech": "发言", "Industry": "产业", "Organization": "机构", "District": "区",
        "Document": "文件",
    ]

    /// "牵头 LEADS": the caption beside the type, or the type alone when the
    /// style gives no caption (or one that already names the type).
    public func bilingualName(ofType type: String) -> String {
        guard let caption = edges[type]?.caption, !caption.isEmpty, caption != type else { return type }
        return caption.contains(type) ? caption : caption + " " + type
    }

    /// "Person 人物": the label with its Chinese name, when there is one.
    public static func bilingualName(ofLabel label: String) -> String {
        guard let name = labelNames[label] else { return label }
        return label + " " + name
    }

    /// The schema style with every plugin's style laid over it in load order:
    /// the style a diagram of this registry's graphs uses.
    public static func effective(for registry: PluginRegistry) -> DiagramStyle {
        registry.styles.reduce(schema) { $0.merging($1.item) }
    }
}
