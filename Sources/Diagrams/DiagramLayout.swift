/// The Graphviz layout engines a diagram can use.
public enum DiagramLayout: String, Sendable, CaseIterable {
    /// Layered, edges flowing one way: ownership and membership.
    case dot
    /// Spring model: small, dense neighbourhoods.
    case neato
    /// Force-directed: medium graphs.
    case fdp
    /// Multiscale force-directed: the largest graphs.
    case sfdp
    /// Circular.
    case circo
    /// Radial around a center: one node's neighbourhood.
    case twopi

    /// Above this many nodes the layout takes long enough to warn about: circo
    /// took 10 s on 150 densely connected nodes and 110 s on 300 here.
    public var slowAbove: Int? {
        self == .circo ? 150 : nil
    }

    /// The layout named `name`, or an error listing the layouts there are.
    public static func named(_ name: String) throws -> DiagramLayout {
        guard let layout = DiagramLayout(rawValue: name) else {
            throw DiagramError(
                .unknownLayout,
                "unknown layout '\(name)'; use one of \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return layout
    }
}
