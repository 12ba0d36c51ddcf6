/// Unit names run together with no separator, as a table's unit cell arrives when
/// its line breaks are lost (`县发改局县财政局县住建局`).
///
/// A name is cut where one unit's ending (局, 委, 办, 政府, 中心, 公司 …) meets the
/// level that opens the next (县, 市, 区 …), and only when every piece reads as a
/// unit of three characters or more that opens with its level: `县委县政府督查室`
/// (县委 is too short), `市政府办公室` (办公室 has no level) and `市生态环境局咸安分局`
/// stay whole, and so does an office after a Party body (`市纪委市监委`), its second name. A 各 opens
/// a unit only before a level (`各镇人民政府`): `省政府各部门` is the departments of the government, one unit.
enum GluedUnits {
    /// The last characters of a unit a glued name may be cut after.
    static let endings = ["局", "委", "办", "厅", "院", "府", "心", "司", "团", "道", "室", "联", "所", "站", "队", "部"].map { Array($0.utf8) }
    /// The levels a unit's name opens with.
    static let levels = ["省", "市", "县", "区", "镇", "乡", "各"].map { Array($0.utf8) }
    static let levelCharacters = Set(levels.map { Character(String(decoding: $0, as: UTF8.self)) })
    /// The shortest piece, in bytes (three characters).
    static let shortestPiece = 9

    static let each = Array("各".utf8)
    /// The levels a 各 may stand before and open a unit (各县, 各街道).
    static let placeLevels = ["省", "市", "县", "区", "镇", "乡", "街", "旗"].map { Array($0.utf8) }

    static let committee = Array("委".utf8)
    static let discipline = Array("纪委".utf8)

    /// A Party body (`市委统战部`, `县纪委`): the office named after it is, as a rule, the same
    /// office under its second name (`市纪委市监委`, `市委组织部市公务员局`), so no cut follows it.
    static func isPartyBody(_ bytes: [UInt8], _ piece: Range<Int>) -> Bool {
        UTF8Scan.hasPrefix(committee, in: bytes, at: piece.lowerBound + 3) || UTF8Scan.hasSuffix(discipline, in: bytes, piece)
    }

    /// The pieces of `item`, or `item` alone when it is not units run together.
    static func split(_ bytes: [UInt8], _ item: Range<Int>) -> [Range<Int>] {
        // Two units of three characters at least, every character three bytes (Han, no brackets or notes).
        guard item.count >= 2 * shortestPiece, item.count % 3 == 0,
              stride(from: item.lowerBound, to: item.upperBound, by: 3).allSatisfy({ (0xE3...0xE9).contains(bytes[$0]) }),
              levels.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: item.lowerBound) }) else { return [item] }
        var pieces: [Range<Int>] = []
        var start = item.lowerBound
        var at = item.lowerBound + shortestPiece
        while at <= item.upperBound - shortestPiece {
            if levels.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }),
               !UTF8Scan.hasPrefix(each, in: bytes, at: at) || placeLevels.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at + each.count) }),
               endings.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, start..<at) }), at - start >= shortestPiece,
               !isPartyBody(bytes, start..<at) {
                pieces.append(start..<at)
                start = at
            }
            at += 3
        }
        pieces.append(start..<item.upperBound)
        guard pieces.count >= 2, pieces.allSatisfy({ piece in
            piece.count >= shortestPiece && UnitLine.readsAsUnit(String(decoding: bytes[piece], as: UTF8.self))
        }) else { return [item] }
        return pieces
    }
}
