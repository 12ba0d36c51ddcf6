/// The place a person is keyed to (`FactWriter.person`): the level of the
/// roles the document gives them, not only the document's own place.
///
/// A city's document names provincial leaders too (`省政协副主席张三` in a
/// 苏州 document): they are the province's persons, the same ones its
/// provincial documents name, not a 苏州 person of that name. So a person
/// whose roles are all of a province's level (省政协, 省委, 副省长,
/// `致公党福建省委主委`) is keyed to that province: the one the role spells
/// (福建省), else the document's. A person with any role of a city's,
/// district's or county's level (`市政协常委、台盟省委副主委`), or with no
/// role of a level, stays the document's place.
enum PersonPlace {
    /// Where the person of `roles` (role texts as written, items separated by
    /// 、 , or spaces) belongs in a document of `city` and `province`.
    static func of(roles: [String], city: String?, province: String?) -> String? {
        let documentPlace = city ?? province
        // Most persons hold no provincial post: a byte search settles them.
        guard city != nil, roles.contains(where: { $0.containsText("省") || $0.containsText("自治区") }) else {
            return documentPlace
        }
        var provincial: String?
        var anyProvincial = false
        for role in roles {
            let bytes = Array(role.utf8)
            for item in Segmenter.listItems(bytes, in: 0..<bytes.count, separators: ["、", ",", " "]) {
                switch level(of: bytes, item) {
                case .local: return documentPlace
                case .province(let spelled):
                    anyProvincial = true
                    if provincial == nil { provincial = spelled }
                case nil: break
                }
            }
        }
        guard anyProvincial else { return documentPlace }
        return provincial ?? province ?? documentPlace
    }

    enum Level: Equatable {
        /// 省 or 自治区: the province spelled before it (`福建省`), if any.
        case province(String?)
        /// 市, 区 or 县.
        case local
    }

    /// The level of the first level word in `bytes[item]` that a body or a
    /// head's title follows (省政协, 市委, 副省长, 区人大), nil when there is none
    /// (湖北大学教授, 全国政协委员, 市场监管局 whose 市 opens 市场).
    static func level(of bytes: [UInt8], _ item: Range<Int>) -> Level? {
        var at = item.lowerBound
        while at + 3 <= item.upperBound {
            guard let marker = levelWords.first(where: { UTF8Scan.hasPrefix($0.bytes, in: bytes, at: at) }) else {
                at += bytes[at] < 0x80 ? 1 : (bytes[at] >= 0xF0 ? 4 : (bytes[at] >= 0xE0 ? 3 : 2))
                continue
            }
            let after = at + marker.bytes.count
            guard after <= item.upperBound,
                  bodies.contains(where: { after + $0.count <= item.upperBound && UTF8Scan.hasPrefix($0, in: bytes, at: after) })
            else {
                at += 3
                continue
            }
            // 广西壮族自治区: the region, not a district.
            if marker.isRegion || (marker.word == "区" && at >= 6 && UTF8Scan.hasPrefix(autonomous, in: bytes, at: at - 6)) {
                return .province(nil)
            }
            guard marker.isProvince else { return .local }
            for count in [3, 2] {
                let start = at - 3 * count
                guard start >= item.lowerBound, (0..<count).allSatisfy({ DocumentCity.isHan(bytes, start + 3 * $0) }),
                      DocumentCity.isProvince(bytes[start..<at]) else { continue }
                return .province(String(decoding: bytes[start..<after], as: UTF8.self))
            }
            return .province(nil)
        }
        return nil
    }

    struct LevelWord {
        let word: String
        let bytes: [UInt8]
        var isProvince: Bool { word == "省" }
        var isRegion: Bool { word == "自治区" }
    }

    static let levelWords = ["自治区", "省", "市", "区", "县"].map { LevelWord(word: $0, bytes: Array($0.utf8)) }
    static let autonomous = Array("自治".utf8)
    /// What follows a level word in a post: a body (政协, 委, 人大, 人民政府 …) or a head's title (长 of 省长).
    static let bodies = [
        "政协", "委", "人大", "人民政府", "政府", "长", "纪委", "监委", "工商联", "妇联", "总工会", "团委", "领导", "高级人民法院", "人民检察院",
    ].map { Array($0.utf8) }
}
