/// A plan whose paragraphs a page ran together into one line: `…(责任单位:A、B)二、推动…(责任单位:C)三、…`.
/// Its headings still open where a bracket of units or a sentence closes; the line is cut there, so each
/// heading opens a line of its own as the outline reader expects.
enum GluedOutline {
    /// Shorter lines are read as they are (a paragraph that names `二、` inside it is no run of headings).
    static let shortestRun = 600
    /// Headings found inside one line before it is cut: two at least, their numbers rising.
    static let fewestHeadings = 2

    /// `lines`, with each run-together line cut before its glued headings.
    static func split(_ bytes: [UInt8], _ lines: [Range<Int>]) -> [Range<Int>] {
        guard lines.contains(where: { $0.count >= shortestRun }) else { return lines }
        var result: [Range<Int>] = []
        result.reserveCapacity(lines.count)
        for line in lines {
            let cuts = line.count >= shortestRun ? headingStarts(bytes, line) : []
            guard !cuts.isEmpty else { result.append(line); continue }
            var start = line.lowerBound
            for cut in cuts {
                result.append(start..<cut)
                start = cut
            }
            result.append(start..<line.upperBound)
        }
        return result
    }

    /// Where first-level headings (`二、`) open inside `line`, right after `)` or `。`, numbered upward.
    static func headingStarts(_ bytes: [UInt8], _ line: Range<Int>) -> [Int] {
        var starts: [Int] = []
        var last = 0
        var i = line.lowerBound + 1
        while i < line.upperBound {
            // Cheap test first (this runs at every byte of a long line): `)` or the last byte of `。` (E3 80 82) just before.
            let previous = bytes[i - 1]
            guard previous == 0x29 || previous == 0x82 else { i += 1; continue }
            let closes = previous == 0x29 || (i >= line.lowerBound + 3 && UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: i - 3))
            if closes, let marker = OutlineMarker.parse(bytes, at: i, end: line.upperBound), marker.level == 1, marker.number > last {
                starts.append(i)
                last = marker.number
                i = marker.contentStart
                continue
            }
            i += 1
        }
        return starts.count >= fewestHeadings ? starts : []
    }
}
