/// The kinds of diagram a selection can be drawn as.
public enum DiagramView: String, Sendable, CaseIterable {
    /// Nodes and arrows: who is linked to whom.
    case graph
    /// A table of two kinds of nodes (tasks × units) with a mark per
    /// relationship type (● lead, ○ responsible): which unit owns which task.
    case matrix
    /// One node's dated facts (roles, memberships) on a date axis.
    case timeline

    /// The view named `name` ("network" is a synonym of graph), or an error listing the views.
    public static func named(_ name: String) throws -> DiagramView {
        let lowered = name.lowercased()
        if lowered == "network" || lowered == "node-link" { return .graph }
        guard let view = DiagramView(rawValue: lowered) else {
            throw DiagramError(
                .unknownView, "unknown view '\(name)'; use one of \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return view
    }
}
