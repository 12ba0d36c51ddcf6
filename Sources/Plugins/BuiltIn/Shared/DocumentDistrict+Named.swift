/// The one county or county-level city a prefecture's document names in its text
/// (`怀宁县妇联`, `(怀宁县妇联 某)`, `嵊州市青联`): a county's page under its
/// prefecture's manifest, whose bare `县妇联`, `我县工商联` and `市青联` are that county's.
extension DocumentDistrict {
    /// What follows a county's or county-level city's name when the text names one of its
    /// bodies or its news (`怀宁县妇联`, `浮山县召开…`, `嵊州市政协`).
    static let namedPlaceMarkers = ["政协", "人民政府", "人大", "妇联", "工商联", "侨联", "科协", "总工会", "残联", "青联", "文联",
                                    "团委", "委统战部", "融媒体", "召开", "举行", "讯", "第"].map { Array($0.utf8) }
    /// Characters no county's name of two characters holds: words before a level (我县, 全县, 各县市, 推进县…).
    static let notNameCharacters: Set<UInt32> = Set("我全各该本每邻两几个外市区县乡镇省的了在和与及是为对向把将由从等到赴来去".unicodeScalars.map(\.value))
    /// Verbs that stand before a bare `市妇联` or `县工商联` (`代表市妇联`, `带领县青联`): no county's name.
    static let verbsBeforeBodies: Set<String> = ["代表", "带领", "组织", "协助", "联合", "会同", "邀请", "参加", "配合", "依托", "通过",
                                                "指导", "推动", "支持", "联系", "召集", "走访", "慰问", "考察", "调研", "来到", "前往",
                                                "深入", "牵头", "成立", "加入", "当选", "担任", "兼任", "现任", "历任", "推荐", "授予",
                                                "荣获", "获得", "作为", "经过", "根据", "按照", "落实", "发挥", "围绕", "结合", "携手",
                                                // A session's business (`…名单,公布市政协主席、常委候选人名单`).
                                                "公布", "宣布", "通过", "审议", "听取", "表决", "选举", "宣读", "审查", "讨论", "传达"]
    static let prefectureLevel = "市".unicodeScalars.first!.value
    static func scalar(_ bytes: [UInt8], at: Int) -> UInt32 { FederationPlace.scalar(bytes, at: at) }
    static let countyLevel = Array("县".utf8)
    static let cityLevel = Array("市".utf8)

    /// The county (`怀宁`, level 县委) and the county-level city (`嵊州`) the text names with a
    /// body or its news, each only when it names exactly one; `city` (the prefecture) and any
    /// prefecture or province the table knows are none. A county-level city counts only when the
    /// text never names the prefecture itself with a body (`绍兴市政协`): then its 市 is the prefecture's.
    /// A search for 县, then one for 市 (`UTF8Scan.find`, by memchr): a byte loop over every
    /// document cost a fiftieth of a build. The answer does not depend on the order found. O(n).
    static func named(_ bytes: [UInt8], city: String) -> (county: String?, countyCity: String?) {
        let own = city.hasUTF8Suffix("市") ? String(city.dropLast()) : city
        var counties: Set<String> = []
        var cities: Set<String> = []
        var prefectureNamed = false
        for (level, isCounty) in [(countyLevel, true), (cityLevel, false)] {
            var from = 6
            while let at = UTF8Scan.find(level, in: bytes, from: from) {
                from = at + 1
                guard namedPlaceMarkers.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at + 3) }) else { continue }
                let start = at - 6
                guard DocumentCity.isHan(bytes, start), DocumentCity.isHan(bytes, start + 3),
                      !notNameCharacters.contains(FederationPlace.scalar(bytes, at: start)),
                      !notNameCharacters.contains(FederationPlace.scalar(bytes, at: start + 3)) else { continue }
                // The name stands after no other Han word (a line's start, punctuation, a bracket) or after
                // its prefecture (安庆市怀宁县): `推进县域`, `代表市妇联` name none.
                guard start < 3 || !DocumentCity.isHan(bytes, start - 3) || scalar(bytes, at: start - 3) == prefectureLevel else { continue }
                let name = String(decoding: bytes[start..<at], as: UTF8.self)
                // 。希望市侨联…: a verb opening a sentence before a bare 市侨联 names no place.
                guard !verbsBeforeBodies.contains(name), !PlaceWords.verbs.contains(name) else { continue }
                if isCounty { counties.insert(name); continue }
                // 绍兴市政协: the prefecture itself; 长沙市, 湖北: no county-level city.
                if name == own { prefectureNamed = true; continue }
                if DocumentCity.province(ofCity: name) != nil || DocumentCity.provinces.names.contains(name) { continue }
                cities.insert(name)
            }
        }
        return (counties.count == 1 ? counties.first : nil, cities.count == 1 && !prefectureNamed ? cities.first : nil)
    }

    /// The one city of `province` a provincial document names with a body (`梅州市工商联(总商会)主席…`): its
    /// bare `市工商联` after that is that city's, as no city is the document's own. Nil when it names none or several.
    /// One search for 市 (by memchr). O(n).
    static func namedPrefecture(_ bytes: [UInt8], province: String) -> String? {
        var found: Set<String> = []
        var from = 6
        while let at = UTF8Scan.find(cityLevel, in: bytes, from: from) {
            from = at + 1
            guard namedPlaceMarkers.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at + 3) })
                    || tradNamedPlaceMarkers.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at + 3) }) else { continue }
            for count in [2, 3] where at >= 3 * count {
                let start = at - 3 * count
                guard (0..<count).allSatisfy({ DocumentCity.isHan(bytes, start + 3 * $0) }) else { break }
                let name = String(decoding: bytes[start..<at], as: UTF8.self)
                if DocumentCity.province(ofCity: name) == province { found.insert(name); break }
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// The markers in traditional script (`工商聯`, `婦聯`, `僑聯`): a mirror's page keeps the text as written.
    static let tradNamedPlaceMarkers = ["工商聯", "婦聯", "僑聯", "科協", "青聯", "政協"].map { Array($0.utf8) }
}
