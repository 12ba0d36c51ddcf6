import Graph
import Plugins

/// Which part of a graph a diagram draws, as a person asks for it: the whole
/// graph, the neighbourhood of a named node, the nodes of some labels, or a
/// neighbourhood kept to some labels.
public struct DiagramSelection: Sendable, Hashable {
    /// A name or alias (`PropertyGraph.nodes(named:)`), or a node id such as `n12`.
    public var around: String?
    /// Relationships away from `around` to include.
    public var depth: Int
    /// Only nodes with one of these labels; empty means every label.
    public var labels: [String]
    /// Leave out nodes that no drawn relationship touches (never the `around` node).
    public var hideIsolated: Bool

    public init(around: String? = nil, depth: Int = 1, labels: [String] = [], hideIsolated: Bool = false) {
        self.around = around
        self.depth = depth
        self.labels = labels
        self.hideIsolated = hideIsolated
    }

    /// What a selection picked out of a graph.
    public struct Result: Sendable, Hashable {
        public var subgraph: Subgraph
        /// The node named by `around`, if any.
        public var center: NodeID?
        /// For the user: a schema label with no nodes yet.
        public var warnings: [String]
    }

    /// The nodes and relationships to draw, the center node, and warnings.
    ///
    /// Throws for a name that matches nothing (with similar names) or several
    /// nodes (listing them), a negative depth, or a label that is neither in
    /// the graph nor styled by the schema or a plugin (likely a typo).
    public func select(in graph: PropertyGraph, style: DiagramStyle = .schema) throws -> Result {
        guard depth >= 0 else {
            throw DiagramError(.invalidSelection, "depth must be 0 or more, not \(depth)")
        }
        var warnings: [String] = []
        for label in labels where graph.nodes(withLabel: label).isEmpty {
            if style.nodes[label] != nil {
                warnings.append("warning: no node has label \(label) in this graph yet")
            } else {
                let known = Set(graph.labels).union(style.nodes.keys).sorted()
                throw DiagramError(
                    .unknownLabel, "unknown label '\(label)'; labels are: \(known.joined(separator: ", "))")
            }
        }
        guard let around else {
            var subgraph = labels.isEmpty ? Subgraph(wholeOf: graph) : graph.subgraph(labels: labels)
            if hideIsolated { subgraph = subgraph.removingIsolatedNodes(of: graph) }
            return Result(subgraph: subgraph, center: nil, warnings: warnings)
        }
        let center = try Self.node(named: around, in: graph)
        let kept = labels.isEmpty ? nil : Set(labels)
        var subgraph = graph.neighbourhood(of: center, depth: depth, labels: kept)
        if hideIsolated { subgraph = subgraph.removingIsolatedNodes(of: graph, keeping: center) }
        return Result(subgraph: subgraph, center: center, warnings: warnings)
    }

    /// A short description for a diagram's title: "around 梁鸣, depth 1 · Person, Party".
    public var caption: String {
        var parts: [String] = []
        if let around { parts.append("around \(around), depth \(depth)") }
        if !labels.isEmpty { parts.append(labels.joined(separator: ", ")) }
        return parts.isEmpty ? "whole graph" : parts.joined(separator: " · ")
    }

    /// The one node `name` designates: by name or alias, else by id (`n12`).
    ///
    /// O(1) through the name index, plus O(k) to list k nodes of the same
    /// name, plus a scan of the names index only when nothing matches.
    public static func node(named name: String, in graph: PropertyGraph) throws -> NodeID {
        let matches = graph.nodes(named: name)
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            let listed = matches.map { "  \(describe($0, in: graph))" }.joined(separator: "\n")
            throw DiagramError(
                .ambiguousName,
                "'\(name)' names \(matches.count) nodes:\n\(listed)\npick one by its id, e.g. --around \(matches[0])")
        }
        if name.first == "n", let raw = Int(name.dropFirst()), graph.contains(NodeID(raw)) {
            return NodeID(raw)
        }
        let similar = graph.indexedNames.filter { $0.contains(name) || (name.contains($0) && $0.count > 1) }
        let hint =
            similar.isEmpty
            ? "check the spelling (names and aliases match exactly)"
            : "did you mean: \(similar.prefix(8).joined(separator: ", "))?"
        throw DiagramError(.unknownName, "no node is named '\(name)' in this graph; \(hint)")
    }

    /// `n12 :Person 梁鸣 (aliases 梁明)`: enough to tell same-named nodes apart.
    static func describe(_ id: NodeID, in graph: PropertyGraph) -> String {
        let node = graph.node(id)
        var text = "\(id) :" + node.labels.joined(separator: ":")
        if let name = node.name { text += " " + name }
        var details: [String] = []
        for key in ["aliases", "kind", "title", "code"] {
            if let value = node.properties[key].flatMap(DOTWriter.display) { details.append("\(key) \(value)") }
        }
        if !details.isEmpty { text += " (" + details.joined(separator: "; ") + ")" }
        return text
    }
}
