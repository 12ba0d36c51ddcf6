/// A work report's breakdown flattened to one line, each task a title, its text after a
/// label (`工作措施:…`, optional) and a division label closing it with the units and their
/// verbs: `粮食稳产 部门分工:省农业农村厅牵头,各地配合。 推进X 工作措施:… 部门分工:A牵头,B配合。`.
///
/// A division label (`UnitAssignment.divisionLabels`) counts only after a space, where a
/// flattened cell began; its list runs to the next `。` or division label. The title runs
/// from where the previous task's list ended to the text label or the division label.
enum DivisionRun {
    /// One task: its range on the line, its title and its units.
    struct Task {
        var range: Range<Int>
        var title: Range<Int>
        var units: UnitAssignment
    }

    /// `task-text-labels` of `plan-words.yaml`, longest first.
    static let textLabels: [[UInt8]] = {
        guard let map = try? BundledWordList.mapping("plan-words", requiring: ["task-text-labels"]).get() else { return [] }
        return BundledWordList.strings(map, "task-text-labels").map { Array($0.utf8) }.sorted { $0.count > $1.count }
    }()
    /// A title is a heading: at most this many bytes (40 characters).
    static let longestTitle = 120

    /// The tasks of `line`, nil unless it holds a division label after a space. O(n) in the line's bytes for each label.
    static func split(_ bytes: [UInt8], _ line: Range<Int>) -> [Task]? {
        var labels: [(start: Int, colon: Int)] = []
        var at = line.lowerBound
        while let colon = UTF8Scan.find([0x3A], in: bytes, from: at, to: line.upperBound) {
            at = colon + 1
            guard let start = UnitAssignment.divisionLabel(endingAt: colon, in: bytes, from: line.lowerBound),
                  start > line.lowerBound, bytes[start - 1] == 0x20 else { continue }
            labels.append((start, colon))
        }
        guard !labels.isEmpty else { return nil }
        var tasks: [Task] = []
        var taskStart = line.lowerBound
        for (n, label) in labels.enumerated() {
            let next = n + 1 < labels.count ? labels[n + 1].start : line.upperBound
            var listEnd = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: label.colon, to: next) ?? next
            let segment = UTF8Scan.trim(bytes, taskStart..<label.start)
            taskStart = min(next, listEnd + (listEnd < next ? Segmenter.fullStop.count : 0))
            listEnd = UTF8Scan.trim(bytes, label.start..<listEnd).upperBound
            guard !segment.isEmpty, UTF8Scan.isHan(bytes, at: segment.lowerBound),
                  let units = UnitAssignment.parseLabelled(bytes, label.start..<listEnd), !units.isEmpty else { continue }
            var titleEnd = segment.upperBound
            for textLabel in textLabels {
                if let found = UTF8Scan.find(textLabel + [0x3A], in: bytes, from: segment.lowerBound, to: segment.upperBound), found < titleEnd { titleEnd = found }
            }
            let title = UTF8Scan.trim(bytes, segment.lowerBound..<titleEnd)
            // A sentence before the label is a paragraph's, not a flattened title's.
            guard !title.isEmpty, title.count <= longestTitle, UTF8Scan.find(Segmenter.fullStop, in: bytes, from: title.lowerBound, to: title.upperBound) == nil
            else { continue }
            tasks.append(Task(range: segment.lowerBound..<listEnd, title: title, units: UnitAssignment(units: units, range: label.start..<listEnd)))
        }
        return tasks.isEmpty ? nil : tasks
    }
}
