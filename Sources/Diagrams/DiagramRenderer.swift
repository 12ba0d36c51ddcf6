import Foundation
import Graph
import Plugins

/// Draws a property graph, or part of it, with the Graphviz C library in
/// process: the library entry point for `explorer render`, the shell's
/// `:render` and `run --render`.
///
/// ```swift
/// let renderer = DiagramRenderer(style: .effective(for: registry))
/// try renderer.render(graph, to: URL(fileURLWithPath: "out.svg"))              // whole graph
/// try renderer.render(graph, subgraph: graph.subgraph(labels: ["Agency", "Task"]),
///                     to: URL(fileURLWithPath: "tasks.png"), layout: "dot")
/// try renderer.render(graph, subgraph: Subgraph(collectingFrom: resultCells, in: graph),
///                     to: URL(fileURLWithPath: "result.pdf"))                   // a query result
/// ```
///
/// The view (`options.view`) picks what is drawn: nodes and arrows, an
/// ownership matrix, or a timeline. A web page gets SVG bytes whose nodes link
/// to its own pages and whose tooltips are the facts and their sources:
///
/// ```swift
/// let options = DiagramOptions(center: id, nodeLink: "/node/{id}", relationshipLink: "/relationship/{id}")
/// let (svg, _) = try DiagramRenderer(registry: registry, options: options)
///     .renderData(graph, subgraph: graph.neighbourhood(of: id, depth: 1), format: .svg)
/// ```
///
/// The format follows the file's extension (.svg, .png, .pdf, .dot/.gv). Safe to
/// call from many threads: Graphviz calls are serialized inside.
public struct DiagramRenderer: Sendable {
    /// How the renderer picks the font set on every graph, node and edge.
    public enum Font: Sendable, Hashable {
        /// A Chinese font found through fontconfig (`CJKFont.located`), with a
        /// warning when there is none.
        case automatic
        /// This family, as given.
        case named(String)
        /// Graphviz's default font (Chinese draws as boxes in PNG and PDF).
        case graphvizDefault
    }

    /// The layout names Graphviz is asked for.
    public static let layouts = DiagramLayout.allCases.map(\.rawValue)

    public var style: DiagramStyle
    public var options: DiagramOptions
    public var font: Font
    /// Where warnings go as they happen; standard error by default.
    public var warn: @Sendable (String) -> Void
    /// How `.automatic` finds its font; tests replace it to act out a machine without CJK fonts.
    var locateFont: @Sendable () -> String? = { CJKFont.located }

    public init(
        style: DiagramStyle = .schema, options: DiagramOptions = DiagramOptions(), font: Font = .automatic,
        warn: @escaping @Sendable (String) -> Void = DiagramRenderer.printToStandardError
    ) {
        self.style = style
        self.options = options
        self.font = font
        self.warn = warn
    }

    /// A renderer with the schema style and every plugin style of `registry`.
    public init(registry: PluginRegistry, options: DiagramOptions = DiagramOptions()) {
        self.init(style: .effective(for: registry), options: options)
    }

    /// Draws `nodes` (the whole graph when nil) and every relationship among
    /// them into `url`.
    @discardableResult
    public func render(_ graph: PropertyGraph, nodes: [NodeID]? = nil, to url: URL, layout: String = "dot") throws
        -> RenderReport
    {
        let selection = nodes.map { graph.inducedSubgraph(nodes: $0) } ?? Subgraph(wholeOf: graph)
        return try render(graph, subgraph: selection, to: url, layout: layout)
    }

    /// Draws exactly `subgraph` (a query result's nodes and relationships, a
    /// neighbourhood…) into `url`, atomically: the file is complete or untouched.
    ///
    /// Throws `DiagramError` for an unknown extension or layout, a selection
    /// over `options.maxNodes`, a path that cannot be written, or a Graphviz failure.
    @discardableResult
    public func render(_ graph: PropertyGraph, subgraph: Subgraph, to url: URL, layout: String = "dot") throws
        -> RenderReport
    {
        let format = try DiagramFormat.of(path: url.path)
        let (data, report) = try renderData(graph, subgraph: subgraph, format: format, layout: layout)
        do { try AtomicFile.write(data, to: url) } catch let failure as AtomicFile.Failure {
            throw DiagramError(.cannotWrite, failure.message)
        }
        var written = report
        written.url = url
        return written
    }

    /// The diagram's bytes in `format`, for a caller that does not want a file.
    public func renderData(_ graph: PropertyGraph, subgraph: Subgraph, format: DiagramFormat, layout: String = "dot")
        throws -> (Data, RenderReport)
    {
        // A table is one node: the layout engine only places it.
        let layout = options.view == .graph ? try DiagramLayout.named(layout) : .dot
        try checkSize(subgraph)
        try checkOptions(graph)
        var warnings: [String] = []
        if format != .dot, let slow = layout.slowAbove, subgraph.nodes.count > slow {
            let text = """
                warning: the \(layout.rawValue) layout is slow above \(slow) nodes (this diagram has \
                \(subgraph.nodes.count)) and may take minutes; sfdp or twopi lay out large graphs in seconds
                """
            warn(text)
            warnings.append(text)
        }
        let fontName = resolvedFont(warnings: &warnings, format: format)
        let source = try self.source(graph, subgraph, layout: layout, fontName: fontName)
        let data: Data
        if format == .dot {
            data = Data(source.utf8)
        } else {
            let (bytes, messages) = try Graphviz.render(source: source, layout: layout, devices: format.graphvizDevices)
            data = bytes
            for message in messages {
                let text = "warning: Graphviz: " + message
                warn(text)
                warnings.append(text)
            }
        }
        let report = RenderReport(
            url: URL(fileURLWithPath: "/dev/null"), format: format, layout: layout,
            nodeCount: subgraph.nodes.count, relationshipCount: subgraph.relationships.count,
            fontName: fontName, warnings: warnings)
        return (data, report)
    }

    /// The DOT source the renderer would lay out, for tests and `.dot` output.
    public func dotSource(_ graph: PropertyGraph, subgraph: Subgraph, layout: String = "dot") throws -> String {
        let layout = options.view == .graph ? try DiagramLayout.named(layout) : .dot
        try checkOptions(graph)
        var ignored: [String] = []
        let fontName = resolvedFont(warnings: &ignored, format: .dot)
        return try source(graph, subgraph, layout: layout, fontName: fontName)
    }

    /// The DOT text of `options.view`.
    private func source(_ graph: PropertyGraph, _ subgraph: Subgraph, layout: DiagramLayout, fontName: String?) throws -> String {
        switch options.view {
        case .graph: return DOTWriter(style: style, options: options, fontName: fontName).dot(graph, subgraph, layout: layout)
        case .matrix: return try MatrixWriter(style: style, options: options, fontName: fontName).dot(graph, subgraph)
        case .timeline: return try TimelineWriter(style: style, options: options, fontName: fontName).dot(graph, subgraph)
        }
    }

    /// Refuses an `expand` name that names no node (or several) and a `groupBy` label the graph does not know.
    public func checkOptions(_ graph: PropertyGraph) throws {
        for name in options.expand.sorted() { _ = try DiagramSelection.node(named: name, in: graph) }
        if let groupBy = options.groupBy, DOTWriter.label(named: groupBy, in: graph, style: style) == nil {
            let known = Set(graph.labels).union(style.nodes.keys).sorted()
            throw DiagramError(
                .unknownLabel,
                "cannot group by '\(groupBy)': no such label; use one of \(known.map { $0.lowercased() }.joined(separator: ", "))")
        }
    }

    /// Refuses a selection over the cap before Graphviz runs for minutes on it.
    public func checkSize(_ subgraph: Subgraph) throws {
        guard subgraph.nodes.count <= options.maxNodes else {
            throw DiagramError(
                .tooManyNodes,
                """
                the diagram would have \(subgraph.nodes.count) nodes, more than the limit of \(options.maxNodes) \
                (Graphviz would take minutes and the drawing would be unreadable)
                """)
        }
    }

    /// Writes one line to standard error.
    public static let printToStandardError: @Sendable (String) -> Void = { message in
        FileHandle.standardError.write(Data((TerminalSafeText.escaped(message, keepingLayout: true) + "\n").utf8))
    }

    private func resolvedFont(warnings: inout [String], format: DiagramFormat) -> String? {
        switch font {
        case .named(let name): return name
        case .graphvizDefault: return nil
        case .automatic:
            if let located = locateFont() { return located }
            if format != .dot {
                warn(CJKFont.missingWarning)
                warnings.append(CJKFont.missingWarning)
            }
            return nil
        }
    }
}
