/// The district or county a document belongs to, from its headline
/// (`黄埔区政协“委员议事厅”…`, `政协成都市武侯区第九届委员会`): its 工商联,
/// 妇联 and 团区委 are that district's. Only the headline counts: a city's
/// document names its districts' officials in the text (`某区政协副主席张某`).
enum DocumentDistrict {
    /// What follows a district's name in a headline.
    static let markers = ["政协", "第", "人民政府", "委员会", "人大"]
    static let levels: [(Character, String)] = [("区", "区委"), ("县", "县委")]

    /// The district's name without its level (`武侯`) and the level of its committee (`区委`).
    static func of(headline: String) -> (name: String, level: String)? {
        let chars = Array(headline)
        for (i, c) in chars.enumerated() {
            guard let level = levels.first(where: { $0.0 == c })?.1,
                  markers.contains(where: { String(chars[(i + 1)...].prefix($0.count)) == $0 }) else { continue }
            // The name: Han characters back to a city (成都市), 政协, or the start.
            var start = i
            while start > 0, SpeakerRoles.isHan(chars[start - 1]), !"市协".contains(chars[start - 1]), i - start < 4 { start -= 1 }
            let name = String(chars[start..<i])
            if (2...4).contains(name.count) { return (name, level) }
        }
        return nil
    }

    /// Levels of a town and the level of its committee.
    static let townLevels: [(String, String)] = [("街道", "街道委"), ("镇", "镇委"), ("乡", "乡委")]
    /// What follows a town's name in a headline of its own news (`王店镇召开…`, `某镇第十七次妇女代表大会`,
    /// `某街道总工会…`): a meeting, a term or one of its bodies (乡村, 城镇化 are no town).
    static let townMarkers = ["召开", "举行", "举办", "开展", "第", "首届", "妇联", "妇女", "团委", "总工会", "工会", "党委", "人民政府", "人大"]

    /// The town (镇, 乡, 街道) whose news the headline is: its name of two to four
    /// Han characters, opening the headline or after its county or district
    /// (`某县王店镇`), then its level and a word of `townMarkers`.
    static func town(headline: String) -> (name: String, level: String)? {
        let head = headline.prefix(40)
        // Most headlines name no town: a byte search first, not a string per character below.
        guard townLevels.contains(where: { head.utf8Range(of: $0.0) != nil }) else { return nil }
        let chars = Array(head)
        for i in chars.indices {
            for (word, level) in townLevels where String(chars[i...].prefix(word.count)) == word {
                let after = String(chars[(i + word.count)...].prefix(4))
                guard townMarkers.contains(where: { after.hasPrefix($0) }) else { continue }
                var start = i
                while start > 0, SpeakerRoles.isHan(chars[start - 1]), !"市区县".contains(chars[start - 1]), i - start < 4 { start -= 1 }
                guard (2...4).contains(i - start), start == 0 || "市区县".contains(chars[start - 1]) else { continue }
                return (String(chars[start..<i]), level)
            }
        }
        return nil
    }

    /// A document whose given place is a district or county (a manifest's `开福区`): that
    /// district, and the prefecture city the text writes just before its name
    /// (`长沙市开福区` → 长沙), whose `市妇联` is the one the text means; nil for any other place.
    static func ofPlace(_ place: String?, bytes: [UInt8]) -> (district: (name: String, level: String), city: String?)? {
        guard let place, let last = place.last, let level = levels.first(where: { $0.0 == last })?.1,
              (2...5).contains(place.count) else { return nil }
        let district = (String(place.dropLast()), level)
        let written = Array(place.utf8)
        var at = 0
        while let found = UTF8Scan.find(written, in: bytes, from: at) {
            at = found + written.count
            guard found >= cityMarker.count, UTF8Scan.hasPrefix(cityMarker, in: bytes, at: found - cityMarker.count) else { continue }
            let end = found - cityMarker.count
            for count in [2, 3, 4] where end - 3 * count >= 0 {
                let city = String(decoding: bytes[(end - 3 * count)..<end], as: UTF8.self)
                if DocumentCity.province(ofCity: city) != nil { return (district, city) }
            }
        }
        return (district, nil)
    }

    static let cityMarker = Array("市".utf8)

    /// The first line of `text` that holds any characters.
    static func headline(_ bytes: [UInt8], lines: [Range<Int>]) -> String? {
        for line in lines {
            let trimmed = UTF8Scan.trim(bytes, line)
            if !trimmed.isEmpty { return String(decoding: bytes[trimmed.prefix(600)], as: UTF8.self) }
        }
        return nil
    }
}
