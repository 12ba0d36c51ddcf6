import Foundation

/// What a render wrote, for the caller to report.
public struct RenderReport: Sendable, Hashable {
    public var url: URL
    public var format: DiagramFormat
    public var layout: DiagramLayout
    public var nodeCount: Int
    public var relationshipCount: Int
    /// The `fontname` set on the diagram; nil when no CJK font was found.
    public var fontName: String?
    /// Warnings already passed to the renderer's `warn` (no CJK font, Graphviz's own).
    public var warnings: [String]
}
