import ArgumentParser
import Diagrams
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

            Diagrams over --max-nodes nodes are refused: narrow them with --around or --label.

            Examples:
              the whole graph:
                explorer render -o graph.svg
              which units own which tasks:
                explorer render -o tasks.png --label Agency --label Task
              one member's neighbourhood, radially:
                explorer render -o person.pdf --around 梁鸣 --depth 2 --layout twopi
            """
    )

    @OptionGroup var dataset: DatasetOptions

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

    @Option(help: ArgumentHelp("With --around: how many relationships away from the node to go. (default: 1)", valueName: "N"))
    var depth: Int?

    @Option(name: .customLong("label"), help: ArgumentHelp("""
        Draw only nodes with this label and the relationships among them; repeat for several labels \
        (--label Person --label Party). With --around, keeps only these labels in the neighbourhood.
        """, valueName: "LABEL"))
    var labels: [String] = []

    @Option(help: ArgumentHelp("Refuse to draw more nodes than this: narrow with --around or --label instead.", valueName: "N"))
    var maxNodes: Int = DiagramOptions.defaultMaxNodes

    @Option(help: ArgumentHelp("A title drawn above the diagram (default: the dataset and the selection).", valueName: "TEXT"))
    var title: String?

    @Flag(help: "Leave out nodes that no drawn relationship touches (people whose party is unknown in --label Person --label Party).")
    var hideIsolated = false

    @Flag(help: "Leave out the legend.")
    var noLegend = false

    func validate() throws {
        if depth != nil, around == nil {
            throw ValidationError("--depth needs --around NAME: the depth counts relationships away from that node")
        }
        if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more, not \(depth)") }
        if maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1, not \(maxNodes)") }
    }

    func run() throws {
        do {
            // Check what needs no graph first, so a typo fails fast.
            _ = try DiagramFormat.of(path: output)
            _ = try DiagramLayout.named(layout)
            let (dataset, graph) = try self.dataset.loadGraph()
            let style = DiagramStyle.effective(for: try self.dataset.registry())
            // As in the shell: did-you-mean for a label, pinyin for a name.
            try CommandLineNames.checkLabels(labels, in: graph)
            let center = try around.map { try CommandLineNames.resolve($0, in: graph, option: "--around") }
            let selection = DiagramSelection(around: center, depth: depth ?? 1, labels: labels, hideIsolated: hideIsolated)
            let selected = try selection.select(in: graph, style: style)
            for warning in selected.warnings { DiagramRenderer.printToStandardError(warning) }
            let options = DiagramOptions(
                maxNodes: maxNodes, legend: !noLegend, title: title ?? "\(dataset.name) · \(selection.caption)",
                center: selected.center)
            let renderer = DiagramRenderer(style: style, options: options)
            let report = try renderer.render(
                graph, subgraph: selected.subgraph, to: URL(fileURLWithPath: output), layout: layout)
            print(
                "wrote \(output): \(report.nodeCount) nodes, \(report.relationshipCount) relationships "
                    + "(\(report.format.rawValue), \(report.layout.rawValue) layout, font \(report.fontName ?? "Graphviz default"))")
        } catch let error as DiagramError {
            throw CommandError(error.message(narrowing: Self.narrowingAdvice))
        }
    }

    /// What to do about a diagram over the node cap, in this command's flags.
    static let narrowingAdvice =
        "narrow it to one node's neighbourhood (--around NAME --depth N) or to some labels (--label L), "
        + "or raise the limit (--max-nodes N)"
}
