/// How a named query's result is drawn by default (`--render FILE`).
public struct QueryDiagram: Sendable, Hashable {
    /// The id of a registered `DiagramStyle`; nil uses the plain style.
    public var style: String?
    /// The Graphviz layout engine: dot, neato, fdp, sfdp, circo or twopi.
    public var layout: String
    /// openCypher (with the query's parameters) returning the nodes,
    /// relationships or paths to draw. Nil draws the nodes and relationships
    /// found in the result itself; a query that returns only names needs one.
    public var cypher: String?
    /// How the result is drawn: "graph" (nodes and arrows), "matrix" (two
    /// kinds of nodes as a table, e.g. tasks × units) or "timeline" (one
    /// node's dated facts). Nil draws a graph.
    public var view: String?

    /// The views a pack may name.
    public static let views: Set<String> = ["graph", "matrix", "timeline"]

    /// The layout engines Graphviz ships, for validating pack files.
    public static let layouts: Set<String> = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]

    /// The defaults draw the result itself with dot and the plugins' styles.
    public init(style: String? = nil, layout: String = "dot", cypher: String? = nil, view: String? = nil) {
        self.style = style
        self.layout = layout
        self.cypher = cypher
        self.view = view
    }
}
