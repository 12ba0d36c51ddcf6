/// Two units joined by a word inside one list item (`市委宣传部和市文明办`, `省直有关部门和各市人民政府`,
/// `各县(市、区)和开发区`, `A以及B`): the item is cut at the joiner only where both sides read as
/// units, so a name that holds 和 (`住房和城乡建设局`, `工业和信息化局`: 住房 and 工业 end as no unit
/// ends) stays whole, and so does `省人大及其常委会` (及其 refers back, it joins no second unit).
enum JoinedUnits {
    /// Joiners, longest first (以及 before 及).
    static let joiners = ["以及", "和", "及", "与"].map { Array($0.utf8) }
    /// What a joiner may not open: 及其 (`省人大及其常委会`) speaks of the unit before it.
    static let backReference = Array("其".utf8)
    /// The shortest side, in bytes (three characters: 县委 and 政府 are too short to tell from words).
    static let shortestSide = 9
    /// A side of two characters, in bytes: a collective only (`各村`).
    static let collectiveSide = 6

    /// The pieces of `item`, or `item` alone when no joiner parts two units in it.
    /// O(n·j) in the item's bytes for j joiners; brackets are skipped.
    static func split(_ bytes: [UInt8], _ item: Range<Int>) -> [Range<Int>] {
        guard item.count >= 2 * shortestSide + 3 else { return [item] }
        var pieces: [Range<Int>] = []
        var start = item.lowerBound
        var depth = 0
        var at = item.lowerBound
        while at < item.upperBound {
            let b = bytes[at]
            if b == 0x28 { depth += 1 } else if b == 0x29 { depth = max(0, depth - 1) }
            // 〔 〕 (E3 80 94/95) protect a level list as ( ) do.
            if b == 0xE3, at + 2 < item.upperBound, bytes[at + 1] == 0x80 {
                if bytes[at + 2] == 0x94 { depth += 1 } else if bytes[at + 2] == 0x95 { depth = max(0, depth - 1) }
            }
            // A collective of two characters may be either side (`各村及包村工作队`, `一大队和各村`): the checks below read it
            // as a unit's name, as they read any side (a place needs three characters).
            if depth == 0, at - start >= shortestSide || at - start == collectiveSide,
               let joiner = joiners.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }),
               case let next = at + joiner.count, item.upperBound - next >= shortestSide || item.upperBound - next == collectiveSide,
               !UTF8Scan.hasPrefix(backReference, in: bytes, at: next),
               readsAsUnit(bytes, start..<at) || isPlace(bytes, start..<at),
               case let right = next..<rightEnd(bytes, next..<item.upperBound), readsAsUnit(bytes, right) || isPlace(bytes, right) && readsAsUnit(bytes, start..<at),
               // 各县(市、区)党委和人民政府: an organ's bare name is the same place's other organ; no unit of its own.
               !BrokenUnitName.isPlaceOrgan(bytes, right) {
                pieces.append(start..<at)
                start = next
                at = next
                continue
            }
            at += UTF8Scan.scalarLength(b)
        }
        guard !pieces.isEmpty else { return [item] }
        pieces.append(start..<item.upperBound)
        return pieces
    }

    /// Where the side after a joiner ends: at the next joiner that itself parts two units, or the item's end.
    /// (`A和B和C` reads B up to its own 和; a side is judged on its own name.)
    static func rightEnd(_ bytes: [UInt8], _ side: Range<Int>) -> Int {
        var at = side.lowerBound + shortestSide
        while at < side.upperBound {
            if joiners.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }), readsAsUnit(bytes, side.lowerBound..<at) { return at }
            at += UTF8Scan.scalarLength(bytes[at])
        }
        return side.upperBound
    }

    /// The levels that end a place's name (`岳麓区`, `浏阳市`): a place listed among units is the place's government.
    static let placeLevels = ["区", "县", "市", "旗"].map { Array($0.utf8) }

    /// Whether a side is a place named with its level, three to five characters (`岳麓区和市直相关单位`):
    /// a side of its own only beside a side that reads as a unit (not `岳麓区和望城区` alone, which may be one area).
    static func isPlace(_ bytes: [UInt8], _ side: Range<Int>) -> Bool {
        guard side.count >= 9, side.count <= 15, UTF8Scan.isHanRun(bytes, side)
        else { return false }
        return placeLevels.contains { UTF8Scan.hasSuffix($0, in: bytes, side) }
    }

    /// Whether a side reads as a unit: its name without bracketed notes ends as units end, is a
    /// collective (各县(市、区), 省直有关部门), or is a zone's bare name (开发区, 高新区).
    static func readsAsUnit(_ bytes: [UInt8], _ side: Range<Int>) -> Bool {
        var name = ""
        var depth = 0
        for c in String(decoding: bytes[side], as: UTF8.self) {
            if c == "(" || c == "〔" { depth += 1; continue }
            if c == ")" || c == "〕" { depth = max(0, depth - 1); continue }
            if depth == 0 { name.append(c) }
        }
        // 市发改委等有关部门: the collective after 等 is the list's tail, read as the names reader reads it.
        if let et = name.lastIndex(of: "等"), et != name.startIndex { name = String(name[..<et]) }
        // 各县 of 各县(市、区): a collective of places, named by its level.
        guard name.count >= 3 else { return name.count == 2 && name.hasPrefix("各") && UnitLine.placeEndings.contains { name.hasSuffix($0) } }
        return UnitLine.readsAsUnit(name) || UnitAssignment.zoneEndings.contains(name)
    }
}
