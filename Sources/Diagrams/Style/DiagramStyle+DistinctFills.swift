import Plugins

extension DiagramStyle {
    /// The fill of each of `labels` in one drawing: the style's own, unless a
    /// plugin's colour would look like another label's there (ΔE under
    /// `ColourDifference.floor` for normal, protan or deutan vision); then the
    /// schema's, so a pack cannot make two labels look alike. Schema colours
    /// are placed first, so they win. O(k²) for k labels.
    public func distinctFills(for labels: [String]) -> [String: String] {
        var fills: [String: String] = [:]
        let fromSchema = labels.filter { nodes[$0]?.fillColor == DiagramStyle.schema.nodes[$0]?.fillColor }
        let fromPlugins = labels.filter { !fromSchema.contains($0) }
        func clashes(_ colour: String) -> Bool {
            fills.values.contains { (ColourDifference.smallestDelta($0, colour) ?? .infinity) < ColourDifference.floor }
        }
        for label in fromSchema + fromPlugins {
            guard let own = nodes[label]?.fillColor else { continue }
            if clashes(own), let schema = DiagramStyle.schema.nodes[label]?.fillColor, !clashes(schema) {
                fills[label] = schema
            } else {
                fills[label] = own
            }
        }
        return fills
    }
}

extension DiagramStyle {
    /// The shape of each of `labels` in one drawing: the style's own, unless a
    /// plugin gave a label a shape another label there already has; then the
    /// schema's, so the shape stays a second cue beside the colour. O(k²).
    public func distinctShapes(for labels: [String]) -> [String: String] {
        var shapes: [String: String] = [:]
        let fromSchema = labels.filter { nodes[$0]?.shape == DiagramStyle.schema.nodes[$0]?.shape }
        for label in fromSchema + labels.filter({ !fromSchema.contains($0) }) {
            guard let own = nodes[label]?.shape else { continue }
            let taken = Set(shapes.values)
            if taken.contains(own), let schema = DiagramStyle.schema.nodes[label]?.shape, !taken.contains(schema) {
                shapes[label] = schema
            } else {
                shapes[label] = own
            }
        }
        return shapes
    }
}
