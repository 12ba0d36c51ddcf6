/// How long a Graphviz layout may take, judged before it starts: Graphviz
/// cannot be stopped once it runs (it holds global state in this process), so
/// a layout that would run past the user's `--timeout` is refused up front,
/// with a faster layout or a smaller selection as advice.
///
/// The estimate is `(nodes / scale)²` seconds, from timings on this project's
/// machines: circo took 10 s on 150 densely connected nodes and 110 s on 300;
/// dot on a few thousand nodes runs for minutes (5,000 nodes: over 180 s at
/// 3.5 GB). Rough by design: it errs on the side of refusing.
public enum LayoutBudget {
    /// Nodes that take about one second (the square root of the quadratic model).
    static func scale(of layout: DiagramLayout) -> Double {
        switch layout {
        case .circo: return 20
        case .dot: return 50
        case .neato: return 70
        case .fdp: return 90
        case .twopi: return 600
        case .sfdp: return 900
        }
    }

    /// Seconds `layout` is expected to take on `nodes` nodes.
    public static func estimatedSeconds(_ layout: DiagramLayout, nodes: Int) -> Double {
        let ratio = Double(nodes) / scale(of: layout)
        return ratio * ratio
    }

    /// The most nodes `layout` lays out within `seconds`.
    public static func nodes(_ layout: DiagramLayout, within seconds: Double) -> Int {
        Int((seconds.squareRoot() * scale(of: layout)).rounded(.down))
    }

    /// Throws when laying out `nodes` nodes with `layout` would take longer than `timeout` seconds;
    /// `limit` names the limit as the user sets it, nil where it cannot be set.
    public static func check(_ layout: DiagramLayout, nodes: Int, timeout: Double, limit: String? = "--timeout") throws {
        let estimate = estimatedSeconds(layout, nodes: nodes)
        guard estimate > timeout else { return }
        let faster = DiagramLayout.allCases
            .filter { $0 != layout && estimatedSeconds($0, nodes: nodes) <= timeout }
            .sorted { estimatedSeconds($0, nodes: nodes) < estimatedSeconds($1, nodes: nodes) }
        var choices = faster.first.map { ["use the \($0.rawValue) layout (\(Self.seconds(estimatedSeconds($0, nodes: nodes))))"] } ?? []
        if let limit { choices.append("raise \(limit)") }
        throw DiagramError(
            .tooManyNodes,
            """
            the \(layout.rawValue) layout of \(nodes) nodes would take \(Self.seconds(estimate)), past the \
            \(limit.map { $0 + " of " } ?? "limit of ")\(timeout < 1 ? String(timeout) : String(Int(timeout))) s (\(layout.rawValue) lays out about \
            \(Self.nodes(layout, within: timeout)) nodes in that time)\(choices.isEmpty ? "" : "; " + choices.joined(separator: " or "))
            """)
    }

    static func seconds(_ value: Double) -> String {
        value < 1 ? "under a second" : value < 10_000 ? "about \(Int(value.rounded())) s" : "hours"
    }
}
