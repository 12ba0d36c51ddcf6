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
        let ends = graph.node(relationship.start).sources + graph.node(relationship.end).sources
        lines += sources(relationship.sources, context: ends)
        return lines.joined(separator: "\n")
    }

    /// A short quote (a unit's name, "市发改委") in the sentence around it, when
    /// a longer quote of one of the ends (the task's line) contains its span:
    /// "…推动形成一小时通勤圈。(牵头单位:【市经信局】;责任单位:…". Nil otherwise.
    func quote(_ source: Provenance, within context: [Provenance]) -> String? {
        guard source.quote.count < 24,
            let around = context.first(where: {
                $0.document == source.document && $0.offset <= source.offset
                    && $0.offset + $0.length >= source.offset + source.length && $0.length > source.length
            })
        else { return nil }
        let bytes = Array(around.quote.utf8)
        let start = source.offset - around.offset, end = start + source.length
        guard start >= 0, end <= bytes.count else { return nil }
        let before = String(decoding: bytes[..<start], as: UTF8.self)
        let after = String(decoding: bytes[end...], as: UTF8.self)
        let room = max((quoteLength - source.quote.count) / 2 - 2, 8)
        let head = before.count > room ? "…" + before.suffix(room) : before
        let tail = after.count > room ? after.prefix(room) + "…" : after
        return head + "【" + String(decoding: bytes[start..<end], as: UTF8.self) + "】" + tail
    }

    /// `role 主委 · date 2024-01-19`. O(k) for k shown keys.
    private func details(_ properties: [String: Value], skipping skipped: Set<String>) -> String {
        Self.shownProperties.filter { !skipped.contains($0) }.compactMap { key in
            properties[key].flatMap(DOTWriter.display).map { "\(key) \($0)" }
        }.joined(separator: " · ")
    }

    /// The first source quoted (in its sentence, when `context` holds it), and how many more there are.
    private func sources(_ sources: [Provenance], context: [Provenance] = []) -> [String] {
        guard let first = sources.first else { return ["(no source recorded)"] }
        var quote = (self.quote(first, within: context) ?? first.quote).split(whereSeparator: \.isNewline).joined(separator: " ")
        if quote.count > quoteLength { quote = String(quote.prefix(quoteLength)) + "…" }
        var lines = ["“\(quote)” — \(first.document)"]
        if sources.count > 1 { lines.append("(+\(sources.count - 1) more source\(sources.count == 2 ? "" : "s"))") }
        return lines
    }
}
