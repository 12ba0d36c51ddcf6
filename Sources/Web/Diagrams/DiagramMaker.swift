import Diagrams
import Foundation
import Graph
import Plugins

/// Draws the diagrams of the pages and the downloads, with the plugins'
/// styles, through the Diagrams target (whose one lock serializes every
/// Graphviz call, so concurrent requests wait for each other only there).
public struct DiagramMaker: Sendable {
    let registry: PluginRegistry
    let maxNodes: Int

    public init(registry: PluginRegistry, maxNodes: Int) {
        self.registry = registry
        self.maxNodes = maxNodes
    }

    /// The diagram's bytes in `format`. Throws `DiagramError` past the node cap or when Graphviz fails.
    public func data(
        _ graph: PropertyGraph, _ subgraph: Subgraph, format: DiagramFormat, center: NodeID? = nil, layout: String = "dot",
        linked: Bool = false
    ) throws -> Data {
        var options = DiagramOptions()
        if linked { options.nodeLink = NodeLinks.template }
        options.maxNodes = max(maxNodes, 1)
        options.center = center
        options.legend = true
        var renderer = DiagramRenderer(registry: registry, options: options)
        renderer.warn = { _ in }
        return try renderer.renderData(graph, subgraph: subgraph, format: format, layout: layout).0
    }

    /// The diagram as an inline `<svg>` whose nodes link to their pages.
    public func inlineSVG(_ graph: PropertyGraph, _ subgraph: Subgraph, center: NodeID? = nil, layout: String = "dot") throws -> HTML {
        let svg = String(decoding: try data(graph, subgraph, format: .svg, center: center, layout: layout, linked: true), as: UTF8.self)
        // Graphviz escapes every label as XML; refuse anything that still looks active rather than trust it.
        let lowered = svg.lowercased()
        guard !lowered.contains("<script"), !lowered.contains("javascript:"), !lowered.contains("<foreignobject") else {
            return "<p class=\"error\">The diagram contained markup that is not shown for safety; download it as SVG instead.</p>"
        }
        return HTML(raw: Self.inlineElement(svg))
    }

    /// The `<svg>` element alone, without the XML prolog and DOCTYPE, to put inside a page.
    static func inlineElement(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return svg }
        return String(svg[start.lowerBound...])
    }
}
