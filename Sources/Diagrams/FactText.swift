import Graph
import Plugins

/// The text of a node's or relationship's tooltip: the fact itself and the
/// sentence it was read from, with the document, so a reader hovering over a
/// diagram sees why it is there ("市经济和信息化局 —牵头 LEADS→ (一)1 …
/// “…(市经信局牵头…)” — 2025-05-05-work-plan-proposal-2").
public struct FactText: Sendable {
    public var style: DiagramStyle
    /// Longest quote shown, in characters; longer ones are cut with "…".
    public var quoteLength: Int

    public init(style: DiagramStyle, quoteLength: Int = 160) {
        self.style = style
        self.quoteLength = quoteLength
    }

    /// Properties shown after the name, in this order; others are left out (text is long, ids are internal).
    static let shownProperties = ["code", "kind", "aliases", "role", "title", "group", "date"]

    /// What a node shows: a task its code and title, anything else its name.
    public static func name(of node: Node) -> String {
        if node.hasLabel("Task") {
            let parts = [node.properties["code"].flatMap(DOTWriter.display), node.properties["title"].flatMap(DOTWriter.display) ?? node.name]
                .compactMap { $0 }
            if !parts.isEmpty { return parts.joined(separator: " ") }
        }
        return node.name ?? node.properties["title"].flatMap(DOTWriter.display)
            ?? node.properties["code"].flatMap(DOTWriter.display) ?? "\(node.labels.first ?? "node") \(node.id)"
    }

    /// "Person 人物 · 梁鸣", its properties, and its first source.
    public func node(_ node: Node) -> String {
        let labels = node.labels.map(DiagramStyle.bilingualName(ofLabel:)).joined(separator: ", ")
        var lines = ["\(labels) · \(Self.name(of: node))"]
        let details = details(node.properties, skipping: node.hasLabel("Task") ? ["code", "title"] : [])
        if !details.isEmpty { lines.append(details) }
        lines += sources(node.sources)
        return lines.joined(separator: "\n")
    }

    /// "梁鸣 —成员 MEMBER_OF→ 民建", its properties (role, date), and its first source.
    public func relationship(_ relationship: Relationship, in graph: PropertyGraph) -> String {
        let start = Self.name(of: graph.node(relationship.start))
        let end = Self.name(of: graph.node(relationship.end))
        var lines = ["\(start) —\(style.bilingualName(ofType: relationship.type))→ \(end)"]
        let details = details(relationship.properties, skipping: [])
        if !details.isEmpty { lines.append(details) }
        lines += sources(relationship.sources)
        return lines.joined(separator: "\n")
    }

    /// `role 主委 · date 2024-01-19`. O(k) for k shown keys.
    private func details(_ properties: [String: Value], skipping skipped: Set<String>) -> String {
        Self.shownProperties.filter { !skipped.contains($0) }.compactMap { key in
            properties[key].flatMap(DOTWriter.display).map { "\(key) \($0)" }
        }.joined(separator: " · ")
    }

    /// The first source quoted, and how many more there are.
    private func sources(_ sources: [Provenance]) -> [String] {
        guard let first = sources.first else { return ["(no source recorded)"] }
        var quote = first.quote.split(whereSeparator: \.isNewline).joined(separator: " ")
        if quote.count > quoteLength { quote = String(quote.prefix(quoteLength)) + "…" }
        var lines = ["“\(quote)” — \(first.document)"]
        if sources.count > 1 { lines.append("(+\(sources.count - 1) more source\(sources.count == 2 ? "" : "s"))") }
        return lines
    }
}
