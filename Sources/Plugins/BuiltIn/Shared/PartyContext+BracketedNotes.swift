/// Notes in brackets that the text after a name holds: a person's sex or nationality
/// (`陈某(女)当选为`), and a body's other name or a post's other title inside a post
/// (`省工商联(总商会)专职副主席(副会长)`), which neither end the post nor belong to it.
extension PartyContext {
    static let openBracket = Array("(".utf8)
    static let closeBracket = Array(")".utf8)
    /// Notes of a person written in brackets after the name: sex, nationality (`(女)`, `(回族)`), and how
    /// a member sits, which says nothing of the post after the list (`乙(特邀)、丙当选为副主席`).
    static let personNotes = ["女", "男", "特邀", "列席", "新任", "新增", "连任", "留任", "增补", "补选", "递补"].map { Array($0.utf8) }
    static let nationalityEnd = Array("族".utf8)
    static let longestNote = 6

    /// Past a note of the person at `at` (`(女)`, `(土家族)`), else `at`.
    func pastPersonNote(_ at: Int) -> Int {
        guard let note = bracketedNote(at) else { return at }
        let inner = (note.lowerBound + 1)..<(note.upperBound - 1)
        let isNote = Self.personNotes.contains { $0.count == inner.count && UTF8Scan.hasPrefix($0, in: bytes, at: inner.lowerBound) }
            || (inner.count >= 6 && UTF8Scan.hasSuffix(Self.nationalityEnd, in: bytes, inner))
        return isNote ? note.upperBound : at
    }

    /// Where a note of the person closing at `end` opens (`冯某(女)|、`), else `end`.
    func personNoteStart(before end: Int) -> Int {
        guard end >= 1, bytes[end - 1] == 0x29 else { return end }
        var i = end - 1
        while i >= 3, end - 1 - i < 3 * Self.longestNote, UTF8Scan.isHan(bytes, at: i - 3) { i -= 3 }
        guard i >= 1, bytes[i - 1] == 0x28 else { return end }
        return pastPersonNote(i - 1) == end ? i - 1 : end
    }

    /// The bracket at `at` holding one to `longestNote` Han characters (`(总商会)`, `(副会长)`), brackets included.
    func bracketedNote(_ at: Int) -> Range<Int>? {
        guard UTF8Scan.hasPrefix(Self.openBracket, in: bytes, at: at) else { return nil }
        var i = at + 1
        while i < bytes.count, i - at - 1 < 3 * Self.longestNote, UTF8Scan.isHan(bytes, at: i) { i += 3 }
        guard i > at + 1, UTF8Scan.hasPrefix(Self.closeBracket, in: bytes, at: i) else { return nil }
        return at..<(i + 1)
    }

    /// `range` (a phrase) continued past bracketed notes and the Han characters after each, up to
    /// `ends` or `limit`: where it ends, and its text without the notes.
    func pastNotes(_ range: Range<Int>, limit: Int, ends: [[UInt8]]) -> (end: Int, text: String) {
        var text = Array(bytes[range])
        var end = range.upperBound
        while end < limit, let note = bracketedNote(end), note.upperBound <= limit {
            guard let more = phrase(from: note.upperBound, limit: limit, ends: ends) else { break }
            text += bytes[more]
            end = more.upperBound
        }
        return (end, String(decoding: text, as: UTF8.self))
    }
}
