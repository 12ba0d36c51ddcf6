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

    /// The first line of `text` that holds any characters.
    static func headline(_ bytes: [UInt8], lines: [Range<Int>]) -> String? {
        for line in lines {
            let trimmed = UTF8Scan.trim(bytes, line)
            if !trimmed.isEmpty { return String(decoding: bytes[trimmed.prefix(600)], as: UTF8.self) }
        }
        return nil
    }
}
