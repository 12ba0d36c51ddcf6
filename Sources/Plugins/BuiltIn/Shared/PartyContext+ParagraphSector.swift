/// A paragraph about one sector's members (`在经济界中,…`, `文艺界的新委员更为大家熟悉,他们中间有作家甲、乙`,
/// `体育界更是新人辈出。…名将丙`): a report of a CPPCC's new roster, or of its sectors' groups, gives each
/// sector a paragraph (or a run of sentences) that opens by naming it, and names that sector's members in it.
extension PartyContext {
    /// The sector (as the text names it: `经济界`, `青联界`) whose sentences hold `position`: the one that opens
    /// the nearest sentence of the paragraph that a sector opens; nil when none does (`在经济、农业界别联组讨论会上`
    /// opens with no sector).
    func paragraphSector(at position: Int) -> String? {
        guard let first = sectorWords.first, first.range.lowerBound < position else { return nil }
        var start = sentenceStart(before: position)
        while true {
            if let sector = openingSector(from: start, limit: position) { return sector }
            // The sentence (or clause after a semicolon) before, within the paragraph.
            if start >= 1, bytes[start - 1] == 0x3B {
                start = sentenceStart(before: start - 1)
                continue
            }
            guard start >= Self.fullStop.count, UTF8Scan.hasPrefix(Self.fullStop, in: bytes, at: start - Self.fullStop.count) else { return nil }
            start = sentenceStart(before: start - Self.fullStop.count)
        }
    }

    /// The sector written with 界 that opens the sentence at `start` as its topic (`在经济界中`, `文艺界的新委员…`,
    /// `体育界更是…`, `”在农业界小组讨论会上`); not a sector that is one person's (`农业界委员甲提出`).
    private func openingSector(from start: Int, limit: Int) -> String? {
        var at = start
        while at < limit, bytes[at] == 0x20 || bytes[at] == 0x22 { at += 1 }
        for mark in Self.quoteMarks where UTF8Scan.hasPrefix(mark, in: bytes, at: at) { at += mark.count }
        if UTF8Scan.hasPrefix(Self.at, in: bytes, at: at) { at += Self.at.count }
        guard at < limit,
              let hit = sectorWords.first(where: { $0.range.lowerBound == at }), hit.range.upperBound <= limit,
              !Self.personalSeats.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: hit.range.upperBound) }),
              // 经济界和农业界的委员们: two sectors, neither the paragraph's.
              !Self.sectorJoiners.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: hit.range.upperBound) })
        else { return nil }
        return String(decoding: bytes[hit.range], as: UTF8.self)
    }

    static let sectorJoiners = ["和", "、", "及", "与", "以及"].map { Array($0.utf8) }
    static let quoteMarks = [quoteClose, quoteOpen, Array("》".utf8)]
    /// Seats written right after a sector, which make it one person's (`农业界委员甲`, `经济界政协委员乙`).
    static let personalSeats = ["委员", "常委", "代表", "政协委员", "人士"].map { Array($0.utf8) }
}
