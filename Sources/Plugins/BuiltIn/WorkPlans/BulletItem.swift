/// A task item opened by a bullet instead of a number: `●推进…。(市发改委、市财政局)`.
/// Digests of a work report's breakdown list the tasks so, and a page copied through a
/// wrong encoding turns the glyph into a `?` (`?推进…`). The bullet must open the line
/// and a Han character follow it, so a question mark inside a line, or a lone `?`
/// line, is none. Bullets carry no number: the extractor counts them under their heading.
enum BulletItem {
    /// ● • ■ ◆ ▪ ◇ ○ □ and `?`, a glyph lost in decoding (a full-width `？` is folded to it before).
    /// Dashes too, longest first (`--建立健全…`, `——加强…`, `- 推进…`).
    static let bullets: [[UInt8]] = ["?", "●", "•", "■", "◆", "▪", "◇", "○", "□", "——", "--", "—", "-"].map { Array($0.utf8) }

    /// Where the item's text starts when `line` opens with a bullet followed by Han text.
    static func contentStart(_ bytes: [UInt8], _ line: Range<Int>) -> Int? {
        // Cheap test first (this runs for every line): every bullet opens with `?`, `-` or E2 (● … □, —).
        guard !line.isEmpty, bytes[line.lowerBound] == 0xE2 || bytes[line.lowerBound] == 0x3F || bytes[line.lowerBound] == 0x2D,
              let bullet = bullets.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: line.lowerBound) }) else { return nil }
        var at = line.lowerBound + bullet.count
        while at < line.upperBound, bytes[at] == 0x20 { at += 1 }
        guard line.upperBound - at >= WorkPlanExtractor.shortestTask, UTF8Scan.isHan(bytes, at: at) else { return nil }
        return at
    }
}
