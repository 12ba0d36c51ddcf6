/// How a diagram draws each label and relationship type. Plugins contribute
/// styles; later registrations override earlier ones key by key.
public struct DiagramStyle: Sendable, Hashable {
    public struct NodeStyle: Sendable, Hashable {
        public var shape: String?
        public var fillColor: String?
        public var fontColor: String?
        public init(shape: String? = nil, fillColor: String? = nil, fontColor: String? = nil) {
            self.shape = shape
            self.fillColor = fillColor
            self.fontColor = fontColor
        }
    }

    public struct EdgeStyle: Sendable, Hashable {
        public var color: String?
        /// Graphviz `style`: solid, dashed, dotted, bold.
        public var lineStyle: String?
        /// Text drawn on the edge; nil draws the relationship type.
        public var caption: String?
        public init(color: String? = nil, lineStyle: String? = nil, caption: String? = nil) {
            self.color = color
            self.lineStyle = lineStyle
            self.caption = caption
        }
    }

    public var id: String
    public var nodes: [String: NodeStyle]
    public var edges: [String: EdgeStyle]

    public init(id: String, nodes: [String: NodeStyle] = [:], edges: [String: EdgeStyle] = [:]) {
        self.id = id
        self.nodes = nodes
        self.edges = edges
    }
}
