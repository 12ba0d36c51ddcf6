/// `(一)“互联网+”现代农业` / `1.行动目标。…` / `2.主要任务…` / `牵头单位:A,配合单位:B`: items that are each a facet of the
/// one task their heading names (its aims, its work, its steps: `plan-words.yaml`'s `task-facets`), not tasks of
/// their own. The heading is the task, and the units its items were given are its.
enum TaskFacets {
    /// The facets' words, longest first.
    static let words: [[UInt8]] = PlanWords.shared.taskFacets.sorted { $0.count > $1.count }

    /// Whether an item's text opens with a facet's word (`行动目标。`, `主要任务依托…`).
    static func opens(_ bytes: [UInt8], at: Int) -> Bool {
        words.contains { UTF8Scan.hasPrefix($0, in: bytes, at: at) }
    }

    /// Each heading of `outline` whose items one level down (none a heading of more items) all open with a facet's
    /// word: the heading's index and its items'. One item will do: a page that ran the facets together numbers
    /// only the first on a line of its own (`1.行动目标。…2.主要任务…`).
    static func headings(_ bytes: [UInt8], _ outline: [(marker: OutlineMarker, line: Range<Int>)]) -> [(heading: Int, items: [Int])] {
        var found: [(heading: Int, items: [Int])] = []
        for (h, heading) in outline.enumerated() {
            let under = outline[(h + 1)...].prefix { $0.marker.level > heading.marker.level }
            guard let level = under.map(\.marker.level).min(), under.allSatisfy({ $0.marker.level == level }) else { continue }
            let items = Array(under.indices)
            guard items.allSatisfy({ opens(bytes, at: outline[$0].marker.contentStart) }) else { continue }
            found.append((h, items))
        }
        return found
    }
}
