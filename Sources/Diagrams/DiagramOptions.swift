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
    /// The node a neighbourhood is drawn around: outlined, and the root of a
    /// `twopi` layout; the subject of a timeline.
    public var center: NodeID?
    /// How the selection is drawn: nodes and arrows, an ownership matrix, or a timeline.
    public var view: DiagramView
    /// A node with more drawn edges than this is folded: drawn once as a
    /// summary ("武汉市政协 · 52 担任 SERVES_ON") without its edges, and the nodes
    /// only it linked are left out. Nil never folds. Never folds `center`.
    public var foldAbove: Int?
    /// Names, aliases or ids (`n12`) of nodes never folded, whatever their degree.
    public var expand: Set<String>
    /// Draw the nodes linked to a node of this label in a box with it
    /// (`Party`: each party with its members). Only the `dot` and `fdp` layouts draw boxes.
    public var groupBy: String?
    /// Where a node links to in SVG: `{id}` is replaced by the node id (`n12`),
    /// e.g. `/node/{id}` for the web explorer. Nil draws no links.
    public var nodeLink: String?
    /// Where a relationship (an edge, a matrix cell, a timeline bar) links to:
    /// `{id}` is replaced by its id (`r7`). Nil draws no links.
    public var relationshipLink: String?

    public static let defaultMaxNodes = 300
    /// Folding threshold when none is given: a node with more edges than this
    /// drowns its neighbours (the CPPCC node has over fifty members).
    public static let defaultFoldAbove = 20

    public init(
        maxNodes: Int = DiagramOptions.defaultMaxNodes, legend: Bool = true, title: String? = nil,
        labelColumns: Int = 22, labelLines: Int = 4, edgeLabelLimit: Int = 150, center: NodeID? = nil,
        view: DiagramView = .graph, foldAbove: Int? = DiagramOptions.defaultFoldAbove, expand: Set<String> = [],
        groupBy: String? = nil, nodeLink: String? = nil, relationshipLink: String? = nil
    ) {
        self.edgeLabelLimit = edgeLabelLimit
        self.center = center
        self.maxNodes = maxNodes
        self.legend = legend
        self.title = title
        self.labelColumns = labelColumns
        self.labelLines = labelLines
        self.view = view
        self.foldAbove = foldAbove
        self.expand = expand
        self.groupBy = groupBy
        self.nodeLink = nodeLink
        self.relationshipLink = relationshipLink
    }

    /// The link of `id` under `template`, or nil without a template.
    static func link(_ template: String?, id: String) -> String? {
        template.map { $0.replacingOccurrences(of: "{id}", with: id) }
    }
}
