/// How a named query's result is drawn by default (`--render FILE`).
public struct QueryDiagram: Sendable, Hashable {
    /// The id of a registered `DiagramStyle`; nil uses the plain style.
    public var style: String?
    /// The Graphviz layout engine: dot, neato, fdp, sfdp, circo or twopi.
    public var layout: String
    /// Graphviz `rankdir` for dot: LR draws left to right, TB top to bottom.
    public var direction: String

    /// The layout engines Graphviz ships, for validating pack files.
    public static let layouts: Set<String> = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]
    /// The `rankdir` values Graphviz knows.
    public static let directions: Set<String> = ["LR", "TB", "RL", "BT"]

    public init(style: String? = nil, layout: String = "dot", direction: String = "LR") {
        self.style = style
        self.layout = layout
        self.direction = direction
    }
}
