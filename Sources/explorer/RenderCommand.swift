import ArgumentParser
import Diagrams
import FalkorDB
import Foundation
import Graph
import Plugins

/// `explorer render`: draws the graph, one node's neighbourhood, or the nodes
/// of some labels with Graphviz (in process).
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the graph or part of it with Graphviz.",
        discussion: """
            The output file's extension picks the format: .svg, .png, .pdf, or .dot (Graphviz \
            source, not laid out). Nodes are styled by label, edges by relationship type, with a \
            legend; Chinese labels use a CJK font found through fontconfig.

            Says what it wrote as text on a terminal, as JSON when piped (--format picks).

            Diagrams over --max-nodes nodes are refused: narrow them with --around or --label.

            Views: graph (nodes and arrows; a node with more than --fold-above arrows is folded \
            into one summary node), matrix (tasks × units, ● lead ○ responsible, tasks in document \
            order under their headings), timeline (one person's or party's dated roles and \
            memberships; needs --around).

            Examples:
              the whole graph:
                explorer render -o graph.svg
              which units own which tasks:
                explorer render -o tasks.png --label Agency --label Task
              one member's neighbourhood, radially:
                explorer render -o person.pdf --around 梁鸣 --depth 2 --layout twopi
              the ownership matrix of a work plan:
                explorer render -o matrix.png --view matrix --label Agency --label Task
              one member's roles over time:
                explorer render -o roles.svg --view timeline --around 梁鸣
              members boxed by party, with the CPPCC node drawn out:
                explorer render -o parties.svg --label Person --label Party --group-by party --expand 武汉市政协
            """
    )

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var listing: ListingOptions

    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: ArgumentHelp("The file to write (.svg, .png, .pdf or .dot); written whole or not at all.", valueName: "FILE"))
    var output: String

    @Option(help: ArgumentHelp("""
        Graphviz layout: dot (layered; ownership, membership), neato (spring), fdp (force-directed), \
        sfdp (large graphs), circo (circular), twopi (radial around the --around node).
        """, valueName: "LAYOUT"))
    var layout: String = "dot"

    @Option(help: ArgumentHelp("""
        Draw only the neighbourhood of the node with this name or alias (or node id, e.g. n12). \
        When several nodes share the name, they are listed with their ids.
        """, valueName: "NAME"))
    var around: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("With --around: how many relationships away from the node to go. (default: 1)", valueName: "N"))
    var depth: Int?

    @Option(name: .customLong("label"), help: ArgumentHelp("""
        Draw only nodes with this label and the relationships among them; repeat for several labels \
        (--label Person --label Party). With --around, keeps only these labels in the neighbourhood.
        """, valueName: "LABEL"))
    var labels: [String] = []

    @Option(parsing: .unconditional, help: ArgumentHelp("Refuse to draw more nodes than this: narrow with --around or --label instead.", valueName: "N"))
    var maxNodes: Int = DiagramOptions.defaultMaxNodes

    @Option(help: ArgumentHelp("A title drawn above the diagram (default: the dataset and the selection).", valueName: "TEXT"))
    var title: String?

    @Flag(help: "Leave out nodes that no drawn relationship touches (people whose party is unknown in --label Person --label Party).")
    var hideIsolated = false

    @Flag(help: "Leave out the legend.")
    var noLegend = false

    @Option(help: ArgumentHelp("How to draw: graph (nodes and arrows), matrix (tasks × units) or timeline (--around's dated roles).", valueName: "VIEW"))
    var view: String = "graph"

    @Option(help: ArgumentHelp("""
        Fold a node with more than N drawn arrows into one summary node (its arrows and the nodes only it \
        links are left out). (default: \(DiagramOptions.defaultFoldAbove))
        """, valueName: "N"))
    var foldAbove: Int?

    @Flag(help: "Never fold: draw every arrow of every node.")
    var noFold = false

    @Option(help: ArgumentHelp("Never fold this node (name, alias or id); repeat for several.", valueName: "NAME"))
    var expand: [String] = []

    @Option(help: ArgumentHelp("Box each node with the node of this label it is linked to: party, district, meeting, or any label.", valueName: "LABEL"))
    var groupBy: String?

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Seconds the layout may take: a layout expected to take longer is refused with a faster one to use, and one that runs past it is stopped.",
        valueName: "SECONDS"))
    var timeout: Double = 60

    @OptionGroup var engineOptions: EngineOptions

    func validate() throws {
        if depth != nil, around == nil {
            throw ValidationError("--depth needs --around NAME: the depth counts relationships away from that node")
        }
        if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more, not \(depth)") }
        if maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1, not \(maxNodes)") }
        if let foldAbove, foldAbove < 1 { throw ValidationError("--fold-above must be at least 1, not \(foldAbove)") }
        if noFold, foldAbove != nil { throw ValidationError("--no-fold and --fold-above contradict each other; give one") }
        if view.lowercased() == "timeline", around == nil {
            throw ValidationError("--view timeline needs --around NAME: the person or party whose dated roles to draw")
        }
        if !(timeout > 0) { throw ValidationError("--timeout must be more than 0 seconds, not \(timeout)") }
    }

    func run() throws {
        do {
            // Check what needs no graph first, so a typo fails fast.
            _ = try DiagramFormat.of(path: output)
            _ = try DiagramLayout.named(layout)
            let view = try DiagramView.named(self.view)
            let reportFormat = try listing.tableFormat()
            let (dataset, graph): (Dataset, PropertyGraph)
            if let server = try engineOptions.server() {
                // The part of the server's graph the selection can reach, copied; then drawn as always.
                (dataset, graph) = (try self.dataset.open(), try server.copy(labels: labels, around: around, depth: depth ?? 1))
            } else {
                (dataset, graph) = try self.dataset.loadGraph()
            }
            let style = DiagramStyle.effective(for: try self.dataset.registry())
            // As in the shell: did-you-mean for a label, pinyin for a name.
            try CommandLineNames.checkLabels(labels, in: graph)
            let center = try around.map { try CommandLineNames.resolve($0, in: graph, option: "--around") }
            let selection = DiagramSelection(around: center, depth: depth ?? 1, labels: labels, hideIsolated: hideIsolated)
            let selected = try selection.select(in: graph, style: style)
            for warning in selected.warnings { DiagramRenderer.printToStandardError(warning) }
            let options = DiagramOptions(
                maxNodes: maxNodes, legend: !noLegend, title: title ?? Self.defaultTitle(dataset: dataset.name, selection: selection, view: view),
                center: selected.center, view: view,
                foldAbove: noFold ? nil : (foldAbove ?? DiagramOptions.defaultFoldAbove), expand: Set(expand),
                groupBy: groupBy)
            let renderer = DiagramRenderer(style: style, options: options)
            if try DiagramFormat.of(path: output) != .dot {
                try renderer.checkSize(selected.subgraph)
                try LayoutBudget.check(try DiagramLayout.named(layout), nodes: selected.subgraph.nodes.count, timeout: timeout)
                Self.stopAfter(timeout, layout: layout, nodes: selected.subgraph.nodes.count)
            }
            let report = try renderer.render(
                graph, subgraph: selected.subgraph, to: URL(fileURLWithPath: output), layout: layout)
            if let reportFormat {
                listing.print(
                    columns: ["file", "view", "nodes", "relationships", "format", "layout", "font"],
                    rows: [[
                        .string(output), .string(view.rawValue), .int(report.nodeCount), .int(report.relationshipCount),
                        .string(report.format.rawValue), .string(report.layout.rawValue), report.fontName.map(Value.string) ?? .null,
                    ]], as: reportFormat)
            } else {
                print(
                    "wrote \(output): \(view == .graph ? "" : "\(view.rawValue) of ")\(report.nodeCount) nodes, "
                        + "\(report.relationshipCount) relationships "
                        + "(\(report.format.rawValue), \(report.layout.rawValue) layout, font \(report.fontName ?? "Graphviz default"))")
            }
        } catch let error as DiagramError {
            throw CommandError(error.message(narrowing: Self.narrowingAdvice))
        }
    }

    /// "wuhan-cppcc · 梁鸣 · roles over time 历年身份与职务": the dataset, what was selected, and the view.
    static func defaultTitle(dataset: String, selection: DiagramSelection, view: DiagramView) -> String {
        switch view {
        case .graph: return "\(dataset) · \(selection.caption)"
        case .matrix: return "\(dataset) · \(selection.caption) · who owns what 归属矩阵"
        case .timeline: return "\(dataset) · \(selection.around ?? "") · over time 历年身份与职务"
        }
    }

    /// What to do about a diagram over the node cap, in this command's flags.
    static let narrowingAdvice =
        "narrow it to one node's neighbourhood (--around NAME --depth N) or to some labels (--label L), "
        + "or raise the limit (--max-nodes N)"

    /// Graphviz cannot be interrupted in process: a layout still running after
    /// `seconds` ends the command with an error (the output file is written
    /// only after the layout, so nothing half-drawn is left).
    static func stopAfter(_ seconds: Double, layout: String, nodes: Int) {
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
            FileHandle.standardError.write(Data("""
                Error: the \(layout) layout of \(nodes) nodes ran past the --timeout of \(Int(seconds)) s and was stopped; \
                nothing was written. Use --layout sfdp, narrow the diagram (--around NAME, --label L), or raise --timeout

                """.utf8))
            Foundation.exit(1)
        }
    }
}
