/// A profile's sentence about one person (`甲出生于1950年,台湾台南人,现任台盟中央副主席、…`,
/// `乙代表祖籍台南,现任某省台联会长`): the posts after 现任, 现为, 曾任 or 历任 in a later clause of
/// the sentence the name opens are that person's, when no other name stands between.
extension PartyContext {
    static let biographyVerbs = ["现任", "现为", "曾任", "历任", "先后任"].map { Array($0.utf8) }
    /// How far a profile's sentence may run, in bytes.
    static let biographyReach = 3 * 120

    /// Whether the text holds a profile's verb after a comma at all (`,现任`). One pass from comma to
    /// comma: a search for each verb anchors on the verb's lead byte (E7 for 现), which starts one
    /// character in six, and cost 27M instructions of 100 documents.
    var mayHaveBiographies: Bool {
        var from = 0
        while let comma = UTF8Scan.find(Self.biographyComma, in: bytes, from: from) {
            if Self.biographyVerbs.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: comma + 1) }) { return true }
            from = comma + 1
        }
        return false
    }
    static let biographyComma: [UInt8] = [0x2C]

    /// The posts of every profile sentence that the name written as `name` opens, anywhere in the text.
    func biographyPosts(named name: Range<Int>, nameEnds: [Int: Int]) -> [String] {
        let written = Array(bytes[name])
        var posts: [String] = []
        var from = 0
        while let at = UTF8Scan.find(written, in: bytes, from: from) {
            posts += biographyPosts(at..<(at + written.count), nameEnds: nameEnds)
            from = at + written.count
        }
        return posts
    }

    func biographyPosts(_ name: Range<Int>, nameEnds: [Int: Int]) -> [String] {
        var start = sentenceStart(before: name.lowerBound)
        while start < name.lowerBound, bytes[start] == 0x20 { start += 1 }
        guard start == name.lowerBound else { return [] }
        let stop = min(bytes.count, name.upperBound + Self.biographyReach)
        var i = name.upperBound
        while i < stop {
            let b = bytes[i]
            if b == 0x0A || b == 0x3B || b == 0x21 || b == 0x3F || UTF8Scan.hasPrefix(Self.fullStop, in: bytes, at: i) { return [] }
            // Another person named in the sentence: what follows may be that person's.
            if i > name.upperBound, nameEnds[i] != nil { return [] }
            if b == 0x2C, let verb = Self.biographyVerbs.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: i + 1) }) {
                let from = i + 1 + verb.count
                var end = from
                while end < stop, bytes[end] != 0x2C, bytes[end] != 0x3B, bytes[end] != 0x0A, !UTF8Scan.hasPrefix(Self.fullStop, in: bytes, at: end) {
                    end += 1
                }
                guard end > from else { return [] }
                return [String(decoding: bytes[from..<end], as: UTF8.self)]
            }
            i += 1
        }
        return []
    }
}
