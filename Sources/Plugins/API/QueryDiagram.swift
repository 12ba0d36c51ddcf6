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

    /// The layout engines Graphviz ships, for validating pack files.
    public static let layouts: Set<String> = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]

    /// The defaults draw the result itself with dot and the plugins' styles.
    public init(style: String? = nil, layout: String = "dot", cypher: String? = nil) {
        self.style = style
        self.layout = layout
        self.cypher = cypher
    }
}
