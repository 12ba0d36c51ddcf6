import Plugins

extension DiagramStyle {
    /// This style with `other` laid over it: for each label and relationship
    /// type, every attribute `other` sets replaces ours, the rest are kept. So a
    /// plugin can recolour `Task` without losing its shape.
    ///
    /// O(k) for the k labels and types `other` styles.
    public func merging(_ other: DiagramStyle) -> DiagramStyle {
        var merged = self
        for (label, style) in other.nodes {
            let base = merged.nodes[label] ?? NodeStyle()
            merged.nodes[label] = NodeStyle(
                shape: style.shape ?? base.shape,
                fillColor: style.fillColor ?? base.fillColor,
                fontColor: style.fontColor ?? base.fontColor)
        }
        for (type, style) in other.edges {
            let base = merged.edges[type] ?? EdgeStyle()
            merged.edges[type] = EdgeStyle(
                color: style.color ?? base.color,
                lineStyle: style.lineStyle ?? base.lineStyle,
                caption: style.caption ?? base.caption)
        }
        return merged
    }
}
