/// A line that only assigns units to the task on the line before it, with no
/// bracket and no label: a task table flattened to text whose unit column comes
/// on a line of its own (`市发改委牵头落实`, `市金融办、市财政局分别牵头落实`,
/// `区商务局牵头,区税务局配合`).
///
/// Every list item must read as a unit (ends as units end: 局, 委, 办, 中心 …,
/// or a collective of places, 各街道, 13个街道、镇), and the line holds no sentence: `各单位要认真负责` is no
/// unit line.
enum UnitLine {
    /// Longer lines are sentences, not a table's unit cell.
    static let maximumBytes = 180
    /// A bare list may be longer (a table's cell of a dozen units): each of its items must read as a unit.
    static let maximumBareBytes = 480

    /// The units of `line` when it is a unit line.
    /// A full stop may close it (`分管副市长负责,市住建局牵头,市自然资源局配合。`), none stand inside it.
    static func parse(_ bytes: [UInt8], _ line: Range<Int>) -> UnitAssignment? {
        guard !line.isEmpty else { return nil }
        let line = line.lowerBound..<UnitAssignment.endBeforeStop(bytes, line)
        // A bracket of units on its own line is `WorkPlanExtractor.unitsOnOwnLines`' to read.
        guard !line.isEmpty, line.count <= maximumBytes, bytes[line.lowerBound] != 0x28, UTF8Scan.find(Segmenter.fullStop, in: bytes, from: line.lowerBound, to: line.upperBound) == nil,
              UTF8Scan.find([0x3A], in: bytes, from: line.lowerBound, to: line.upperBound) == nil,
              OutlineMarker.parse(bytes, at: line.lowerBound, end: line.upperBound) == nil,
              // `parseVerbs` takes its first unit only from a part ending in a verb: a line
              // with none (most lines of a speech) is no unit line, and reading its items was
              // a twentieth of a build.
              UnitAssignment.verbs.contains(where: { UTF8Scan.find($0.suffix, in: bytes, from: line.lowerBound, to: line.upperBound) != nil })
        else { return nil }
        var deadline: Range<Int>?
        guard let units = UnitAssignment.parseVerbs(bytes, line, deadline: &deadline), !units.isEmpty,
              units.allSatisfy({ readsAsUnit($0.name) }) else { return nil }
        return UnitAssignment(units: units, range: line, deadline: deadline)
    }

    /// The units of `line` when it is a bare list of unit names (`区发展改革委`,
    /// `区商务委、区税务局`), as the unit column of a table one cell to a line gives
    /// them under a header that names the column (`责任单位`): `kind` is that column's.
    static func parseBare(_ bytes: [UInt8], _ line: Range<Int>, kind: UnitAssignment.Kind) -> UnitAssignment? {
        guard line.count <= maximumBareBytes, bytes[line.lowerBound] != 0x28, UTF8Scan.find(Segmenter.fullStop, in: bytes, from: line.lowerBound, to: line.upperBound) == nil,
              UTF8Scan.find([0x3A], in: bytes, from: line.lowerBound, to: line.upperBound) == nil,
              OutlineMarker.parse(bytes, at: line.lowerBound, end: line.upperBound) == nil else { return nil }
        let items = UnitAssignment.names(bytes, line)
        // A header's cell (`牵头单位`, `配合单位`) names a column, not a unit.
        // A federation's short name (`残联`, `科协`) is a unit of two characters, among other units.
        // Places as a collective (`…市投资促进局,各区、县(市)政府`) after a unit named in full: not opening the line,
        // where a table's leaders' or notes' cell may hold one.
        let shortNamesAllowed = items.count > 1
        guard !items.isEmpty, items.enumerated().allSatisfy({ k, item in
            (item.name.count >= 3 || shortNamesAllowed && (isShortUnitName(item.name) || isShortCommission(item.name) || k > 0 && isPlaceCollective(item.name)))
                && (readsAsUnit(item.name) || isTownOrStreet(item.name)) && !UnitAssignment.isLeader(item.name)
                && !UnitAssignment.leadLabels.contains(item.name) && !UnitAssignment.responsibleLabels.contains(item.name)
        }) else { return nil }
        let units = items.map { UnitAssignment.Unit(name: $0.name, range: $0.range, kind: kind, role: kind == .lead ? "牵头" : "负责") }
        return UnitAssignment(units: units, range: line)
    }

    /// A unit's name, not the words of a sentence: short, and ending as units end, as a development
    /// zone's name (`崇川经济开发区`, which answers for its own ground), or a collective `各…`.
    static func readsAsUnit(_ name: String) -> Bool {
        guard name.count <= 20, !endsInCount(name) else { return false }
        return UnitAssignment.looksLikeUnit(name) || UnitAssignment.isUnnamedCollective(name)
            || name.count >= 4 && UnitAssignment.zoneEndings.contains { name.hasUTF8Suffix($0) }
            || isPlaceCollective(name)
            || PlaceCollective.isCounted(name)
    }

    /// A task's count of what it builds (`新建文化活动中心4所`, `建成绿地12处`): a figure just before the
    /// last character, which then measures, not ends a unit's name.
    static func endsInCount(_ name: String) -> Bool {
        name.count >= 2 && name.dropLast().last.map { $0.isASCII && $0.isNumber } == true
    }

    /// A unit named in two characters: a federation or an association (`残联`, `侨联`, `科协`), not a word
    /// ending so (`关联`, `妥协`: `UnitAssignment.notUnitEndings`).
    static func isShortUnitName(_ name: String) -> Bool {
        name.count == 2 && shortNameEndings.contains { name.hasSuffix($0) } && UnitAssignment.looksLikeUnit(name)
    }

    static let shortNameEndings = ["联", "协"]

    /// A commission by its short name (`经委`, `科委`, `农委`), as a district's table lists them beside
    /// others; not a member's title (`常委`, `主委`).
    static func isShortCommission(_ name: String) -> Bool {
        name.count == 2 && name.hasSuffix("委") && !memberTitles.contains(name)
    }

    static let memberTitles: Set<String> = ["常委", "主委", "编委", "委委"]

    /// A town or a subdistrict by its name (`徐泾镇`, `夏阳街道`), a unit in a table's unit cell
    /// (in running text, `小城镇` is a word).
    static func isTownOrStreet(_ name: String) -> Bool {
        name.count >= 3 && name.count <= 8 && townEndings.contains { name.hasSuffix($0) }
    }

    static let townEndings = ["街道", "镇", "乡"]

    /// Places named as a collective (`各区`, `各县区`, `各乡镇`).
    static func isPlaceCollective(_ name: String) -> Bool {
        name.hasPrefix("各") && name.count <= 6 && placeEndings.contains { name.hasSuffix($0) }
    }

    /// How a collective of places ends (各街道, 各乡镇, 各县区, 各村居, 各社区).
    static let placeEndings = ["街道", "镇", "乡", "县", "区", "市", "园区", "村居", "社区", "村"]
}
