import Diagrams
import Foundation
import Graph

/// What `:render` draws for a result: its nodes, relationships and paths;
/// when it returned only values (`a.name`), the nodes those values name and
/// the relationships among them.
public enum ResultDiagram {
    /// The part of `graph` the result shows. Throws when it shows none.
    public static func subgraph(of result: ResultTable, in graph: PropertyGraph) throws -> Subgraph {
        let cells = result.rows.joined()
        let direct = Subgraph(collectingFrom: cells, in: graph)
        if !direct.isEmpty {
            // Nodes alone are drawn with the relationships among them, which is what a reader wants to see.
            return direct.relationships.isEmpty ? graph.inducedSubgraph(nodes: direct.nodes) : direct
        }
        var named: [NodeID] = []
        for case .string(let text) in cells { named += graph.nodes(named: text) }
        guard !named.isEmpty else {
            throw ShellError(
                "the last result has no nodes, relationships or names to draw; "
                    + "return them (RETURN p, r, q) and :render again")
        }
        return graph.inducedSubgraph(nodes: named)
    }

    /// A `ShellServices.render` that draws the result itself with `renderer`,
    /// in the view the request names (a matrix of the result's two node columns, say).
    public static func renderer(_ renderer: DiagramRenderer) -> (RenderRequest) throws -> String {
        { request in
            var viewed = renderer
            if let name = request.view { viewed.options.view = try view(name) }
            return try draw(
                try subgraph(of: request.result, in: request.graph), of: request.graph, with: viewed, to: request.file,
                layout: request.layout ?? "dot")
        }
    }

    /// The view named `name` (graph when nil), as a shell error when there is no such view.
    public static func view(_ name: String?) throws -> DiagramView {
        guard let name else { return .graph }
        do { return try DiagramView.named(name) } catch let error as DiagramError { throw ShellError(error.message) }
    }

    /// The longest a `:render` layout is expected to take before it is refused.
    static let shellLayoutSeconds: Double = 60

    /// Draws `selection` and says what was written; diagram errors become shell errors.
    public static func draw(
        _ selection: Subgraph, of graph: PropertyGraph, with renderer: DiagramRenderer, to file: URL, layout: String
    ) throws -> String {
        do {
            // Graphviz cannot be stopped once it runs: a layout expected to take past a minute is refused up front.
            if (try? DiagramFormat.of(path: file.path)) != .dot, let known = DiagramLayout(rawValue: layout) {
                try LayoutBudget.check(known, nodes: selection.nodes.count, timeout: shellLayoutSeconds, limit: nil)
            }
            let report = try renderer.render(graph, subgraph: selection, to: file, layout: layout)
            let view = renderer.options.view == .graph ? "" : "\(renderer.options.view.rawValue) of "
            return "wrote \(file.path): \(view)\(report.nodeCount) nodes, \(report.relationshipCount) relationships "
                + "(\(report.format.rawValue), \(report.layout.rawValue) layout)"
        } catch let error as DiagramError {
            // The shell has no --around or --max-nodes: a narrower query is the way to a smaller diagram.
            throw ShellError(error.message(narrowing: "narrow the query (a label, a WHERE or a LIMIT) and :render again"))
        }
    }
}
