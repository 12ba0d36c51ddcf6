/// A group heading that names the unit leading every task under it, the tasks naming none:
/// `一、县示范区管委会牵头工作(8项)`, `(三)由市商务局牵头的任务(5项)`, `市住建局牵头(4项)`.
///
/// The heading's text is, in order: an optional 由, the units (each reading as a unit's name),
/// 牵头, an optional word for the work (`plan-words.yaml`'s `lead-heading-tails`: 工作, 的任务 …),
/// and an optional count of items (`(8项)`). A heading with no outline marker of its own counts
/// only with that count, which then bounds how many items it leads. A heading that names no
/// unit (`二、扩大有效投资`) is none.
enum LeadHeading {
    static let by = Array("由".utf8)
    static let lead = Array("牵头".utf8)
    static let itemWords = ["项", "条", "件"].map { Array($0.utf8) }

    /// The units a heading whose text is `text` names as the lead, and its count of items if it gives one.
    /// O(n) in the heading's bytes.
    static func parse(_ bytes: [UInt8], _ text: Range<Int>) -> (units: [UnitAssignment.Unit], count: Int?)? {
        var text = UTF8Scan.trim(bytes, text)
        // Cheap test first (this runs on every numbered line that assigns no units): a heading is short and says 牵头.
        guard text.count <= 120, UTF8Scan.find(lead, in: bytes, from: text.lowerBound, to: text.upperBound) != nil else { return nil }
        text = withoutTrailingColons(bytes, text)
        if UTF8Scan.hasSuffix(Segmenter.fullStop, in: bytes, text) { text = text.lowerBound..<(text.upperBound - Segmenter.fullStop.count) }
        var count: Int?
        if let (open, inner) = UnitAssignment.lastBracket(bytes, text), let items = itemCount(bytes, inner) {
            count = items
            text = UTF8Scan.trim(bytes, text.lowerBound..<open)
        }
        if let tail = PlanWords.shared.leadHeadingTails.first(where: { UTF8Scan.hasSuffix($0, in: bytes, text) }) {
            text = text.lowerBound..<(text.upperBound - tail.count)
        }
        guard UTF8Scan.hasSuffix(lead, in: bytes, text) else { return nil }
        text = text.lowerBound..<(text.upperBound - lead.count)
        if UTF8Scan.hasPrefix(by, in: bytes, at: text.lowerBound) { text = (text.lowerBound + by.count)..<text.upperBound }
        guard let units = namedUnits(bytes, text, kind: .lead, role: "牵头") else { return nil }
        return (units, count)
    }

    /// The units `text` names when it is only names of units, four at most, each reading as a unit's name.
    static func namedUnits(_ bytes: [UInt8], _ text: Range<Int>, kind: UnitAssignment.Kind, role: String) -> [UnitAssignment.Unit]? {
        let items = UnitAssignment.names(bytes, text)
        guard !items.isEmpty, items.count <= 4, items.allSatisfy({ UnitLine.readsAsUnit($0.name) && UnitClause.isName($0.name) }) else { return nil }
        return items.map { UnitAssignment.Unit(name: $0.name, range: $0.range, kind: kind, role: role) }
    }

    /// `text` without the colons and spaces that close it.
    static func withoutTrailingColons(_ bytes: [UInt8], _ text: Range<Int>) -> Range<Int> {
        var text = text
        while let last = text.last, bytes[last] == 0x3A || bytes[last] == 0x20 { text = text.lowerBound..<last }
        return text
    }

    /// `(二)片区管理局` under `三、各单位职责`: a heading that is only the names of units (up to four), in a section of
    /// duties, names the units answering for every item under it.
    static func dutiesUnits(_ bytes: [UInt8], _ text: Range<Int>) -> [UnitAssignment.Unit]? {
        let text = withoutTrailingColons(bytes, UTF8Scan.trim(bytes, text))
        guard !text.isEmpty, text.count <= 3 * longestDutiesHeading,
              !UTF8Scan.containsSentencePunctuation(bytes, text) else { return nil }
        return namedUnits(bytes, text, kind: .responsible, role: "负责")
    }
    /// The longest such heading, in characters.
    static let longestDutiesHeading = 30

    /// A heading's units as the text under it at `start` takes them: a duty that opens with 牵头 (`牵头梳理…`) makes them lead.
    static func units(_ units: [UnitAssignment.Unit], forTextAt start: Int, in bytes: [UInt8]) -> [UnitAssignment.Unit] {
        guard units.allSatisfy({ $0.kind == .responsible }), UTF8Scan.hasPrefix(lead, in: bytes, at: start) else { return units }
        return units.map { UnitAssignment.Unit(name: $0.name, range: $0.range, kind: .lead, role: "牵头") }
    }

    /// `8项`, `共12项`, `5条`: the number of items a heading counts.
    static func itemCount(_ bytes: [UInt8], _ inner: Range<Int>) -> Int? {
        var inner = UTF8Scan.trim(bytes, inner)
        guard let word = itemWords.first(where: { UTF8Scan.hasSuffix($0, in: bytes, inner) }) else { return nil }
        inner = inner.lowerBound..<(inner.upperBound - word.count)
        if UTF8Scan.hasPrefix(Array("共".utf8), in: bytes, at: inner.lowerBound) { inner = (inner.lowerBound + 3)..<inner.upperBound }
        guard !inner.isEmpty, inner.count <= 3, bytes[inner].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return bytes[inner].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}
