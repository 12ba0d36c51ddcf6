/// An event listed by its name on a line of its own, with no number, then its fields one
/// to a line (`时间:…`, `地点:…`, `活动内容:…`, `承办单位:…`), as a notice of a festival's
/// events lists them: the event is a task, and the unit labels among its fields assign it.
/// A field with no unit label (时间, 地点) must be among them, so a heading over a form's
/// labels (`联系方式` / `联系单位:…`) is no event, nor is a listed proposal (`提案人:…`, `plan-words.yaml`).
enum EventListing {
    /// An event's name is short: longer lines are sentences.
    static let longestName = 90
    static let shortestName = 9
    /// The most field lines under one name.
    static let fieldLines = 6
    /// A field's label comes first on its line.
    static let longestLabel = 30

    /// The units the fields under line `n` assign, when line `n` names an event.
    static func units(_ bytes: [UInt8], _ lines: [Range<Int>], _ n: Int) -> UnitAssignment? {
        let name = lines[n]
        guard name.count >= shortestName, name.count <= longestName, n + 2 < lines.count,
              UTF8Scan.find([0x3A], in: bytes, from: name.lowerBound, to: name.upperBound) == nil,
              !UTF8Scan.hasSuffix(Segmenter.fullStop, in: bytes, name),
              OutlineMarker.parse(bytes, at: name.lowerBound, end: name.upperBound) == nil else { return nil }
        var units: [UnitAssignment.Unit] = []
        var range: Range<Int>?
        var fields = 0
        for field in lines[(n + 1)..<min(lines.count, n + 1 + fieldLines)] {
            guard UTF8Scan.find([0x3A], in: bytes, from: field.lowerBound, to: min(field.upperBound, field.lowerBound + longestLabel)) != nil else { break }
            // A proposal's handling units under its title (`1001  关于…的建议` / `提案人:…` / `主办单位:…`) stage no event.
            if PlanWords.shared.proposalFields.contains(where: { UTF8Scan.find($0, in: bytes, from: field.lowerBound, to: field.upperBound) != nil }) { return nil }
            if let found = UnitAssignment.parseLabelled(bytes, field), !found.isEmpty {
                units += found
                range = (range?.lowerBound ?? field.lowerBound)..<field.upperBound
            } else {
                fields += 1
            }
        }
        guard let range, fields > 0, !units.isEmpty else { return nil }
        // `主办:` leads only beside who stages or assists the event (as `WorkPlanExtractor.unitsOnOwnLines` reads it).
        if units.contains(where: { $0.role == "主办" }), !units.contains(where: { UnitAssignment.eventPartnerLabels.contains($0.role) }) { return nil }
        return UnitAssignment(units: units, range: range)
    }
}
