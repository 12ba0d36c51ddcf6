/// A district's or county's CPPCC writing of itself (`区政协十届三次会议举行…`: a bare 区政协
/// opening the text) under its city's manifest: the district is the one its parties' committees
/// name (`民革槐荫区总支部委员会`, `九三学社槐荫区委员会`), so its bare 工商联 is that district's.
extension DocumentDistrict {
    /// A district's or county's own CPPCC, written bare.
    static let ownCommittees: [(bytes: [UInt8], level: [UInt8], committee: String)] = [
        (Array("区政协".utf8), Array("区".utf8), "区委"), (Array("县政协".utf8), Array("县".utf8), "县委"),
    ]
    /// What follows a place's name in a party's or body's committee there.
    static let committeeMarkers = ["总支部", "基层委员会", "委员会", "支部", "工委"].map { Array($0.utf8) }
    /// How many characters a district's name may have, and how many committees must name it.
    static let ownCommitteeNameLength = 2...4
    static let minimumCommitteeMentions = 2

    static func ownCommitteeDistrict(_ bytes: [UInt8]) -> (name: String, level: String)? {
        let end = min(bytes.count, openingLength)
        for own in ownCommittees {
            // The bare body: no place's name before it (`槐荫区政协` is read from the headline).
            guard let at = UTF8Scan.find(own.bytes, in: bytes, from: 0, to: end), at < 3 || !DocumentCity.isHan(bytes, at - 3) else { continue }
            // The names before the level at each committee, longest first: the one all of them share.
            var runs: [[UInt32]] = []
            var from = 3
            while let level = UTF8Scan.find(own.level, in: bytes, from: from) {
                from = level + own.level.count
                guard committeeMarkers.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: level + own.level.count) }) else { continue }
                var run: [UInt32] = []
                var start = level
                while start >= 3, DocumentCity.isHan(bytes, start - 3), run.count < ownCommitteeNameLength.upperBound + 4 {
                    start -= 3
                    run.insert(scalar(bytes, at: start), at: 0)
                }
                runs.append(run)
            }
            guard runs.count >= minimumCommitteeMentions else { continue }
            for length in ownCommitteeNameLength.reversed() {
                let names = Set(runs.map { $0.suffix(length) })
                guard names.count == 1, let name = names.first, name.count == length,
                      !name.contains(where: { notNameCharacters.contains($0) }) else { continue }
                return (String(String.UnicodeScalarView(name.compactMap(Unicode.Scalar.init))), own.committee)
            }
        }
        return nil
    }
}
