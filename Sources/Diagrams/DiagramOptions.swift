import Graph

/// What a diagram shows besides the graph itself, and how large it may get.
public struct DiagramOptions: Sendable, Hashable {
    /// The most nodes a diagram may have. Graphviz runs for minutes on a few
    /// thousand, so a larger selection is refused with advice to narrow it.
    public var maxNodes: Int
    /// Draw a legend of the labels and relationship types in the diagram.
    public var legend: Bool
    /// Drawn above the diagram with the node and relationship counts.
    public var title: String?
    /// Width of a node label line in display columns: 22 is 11 Chinese characters.
    public var labelColumns: Int
    /// Lines of a node label before it is cut with "…".
    public var labelLines: Int
    /// Above this many relationships edges lose their labels (the type moves to
    /// the SVG tooltip; colour and legend still tell types apart), `dot` bounds
    /// its network-simplex passes and the spring layouts draw straight lines.
    /// Measured on this project's machine: 300 nodes and 600 labelled,
    /// spline-routed edges take `dot` over 7 minutes and `sfdp` about 50 s;
    /// without labels and with these bounds, 4 s and 0.2 s.
    public var edgeLabelLimit: Int
    /// The node a neighbourhood is drawn around: outlined, and the root of a `twopi` layout.
    public var center: NodeID?

    public static let defaultMaxNodes = 300

    public init(
        maxNodes: Int = DiagramOptions.defaultMaxNodes, legend: Bool = true, title: String? = nil,
        labelColumns: Int = 22, labelLines: Int = 4, edgeLabelLimit: Int = 150, center: NodeID? = nil
    ) {
        self.edgeLabelLimit = edgeLabelLimit
        self.center = center
        self.maxNodes = maxNodes
        self.legend = legend
        self.title = title
        self.labelColumns = labelColumns
        self.labelLines = labelLines
    }
}
