/// The district or county a document belongs to, from its headline
/// (`黄埔区政协“委员议事厅”…`, `政协成都市武侯区第九届委员会`): its 工商联,
/// 妇联 and 团区委 are that district's. Only the headline counts: a city's
/// document names its districts' officials in the text (`某区政协副主席张某`).
enum DocumentDistrict {
    /// What follows a district's name in a headline: its bodies, a term, or a meeting it holds
    /// (`兴山区召开第六次妇女代表大会`, `某区侨联召开…`).
    static let markers = ["政协", "第", "人民政府", "委员会", "人大", "召开", "举行", "妇联", "侨联", "工商联", "科协", "团委", "总工会",
                          "妇女联合会", "归国华侨联合会", "工商业联合会", "残联", "残疾人联合会", "青联", "台联", "科学技术协会"]
    static let levels: [(Character, String)] = [("区", "区委"), ("县", "县委")]
    static let autonomous = "自治"
    /// 全 before a level (全区, 全县): the whole of that place.
    static let wholeMarker: Character = "全"

    /// The district's name without its level (`武侯`) and the level of its committee (`区委`).
    static func of(headline: String) -> (name: String, level: String)? {
        let chars = Array(headline)
        for (i, c) in chars.enumerated() {
            // 某区召开换届暨全区妇联…: a headline that names the whole district after naming one is that district's.
            guard let level = levels.first(where: { $0.0 == c })?.1,
                  markers.contains(where: { String(chars[(i + 1)...].prefix($0.count)) == $0 })
                    || String(chars[(i + 1)...]).contains(String([wholeMarker, c])) else { continue }
            // 换届暨全区妇联: 全区 is the whole district, named before or not at all; no name ends in 全.
            guard i > 0, chars[i - 1] != wholeMarker else { continue }
            // The name: Han characters back to a city (成都市), 政协, a word of a dispatch's source (据某区侨办消息,
            // 在某区), or the start.
            // A name of five or six characters only right after its city (承德市鹰手营子矿区).
            // Back from the level over Han characters, to one of `stops` or `longest` characters.
            func runStart(stops: String, longest: Int) -> Int {
                var start = i
                while start > 0, SpeakerRoles.isHan(chars[start - 1]), !stops.contains(chars[start - 1]), i - start < longest { start -= 1 }
                return start
            }
            // (大会选举王某为县妇联主席: a function word before the level ends the run; no district is named.)
            var start = runStart(stops: "市协" + functionWords, longest: 6)
            if i - start > 4, start == 0 || chars[start - 1] != "市" { start = i - 4 }
            // 天津滨海高新技术产业开发区科协: a development zone's name runs longer, back to a stop or the start.
            if zoneStems.contains(where: { String(chars[max(0, i - 2)..<i]) == $0 }) {
                start = min(start, runStart(stops: functionWords, longest: longestZone))
            }
            let name = String(chars[start..<i])
            // 自治区政协: a region's level, no district; 某社区召开: a community, no district.
            if (2...6).contains(name.count) || name.count <= longestZone && zoneStems.contains(where: { name.hasSuffix($0) }), !name.hasSuffix(autonomous),
               !FederationPlace.notPlaces.contains(where: { (name + String(c)).hasSuffix($0) }) { return (name, level) }
        }
        return nil
    }

    /// How a development zone's name ends before 区 (高新技术产业开发区, 经济技术开发区, 综合实验区), and its longest name
    /// without 区, in characters (`天津滨海高新技术产业开发`).
    static let zoneStems = ["开发", "实验", "试验", "示范", "合作", "保税"]
    /// Words before a district's name that end it (据某区侨办消息, 在某区, 选举王某为县…).
    static let functionWords = "据在的了为是由选向对至"
    static let longestZone = 14

    /// Levels of a town and the level of its committee.
    static let townLevels: [(String, String)] = [("街道", "街道委"), ("镇", "镇委"), ("乡", "乡委")]
    /// What follows a town's name in a headline of its own news (`王店镇召开…`, `某镇第十七次妇女代表大会`,
    /// `某街道总工会…`, `大涌镇工商联(商会)第九届…`): a meeting, a term or one of its bodies (乡村, 城镇化 are no town).
    static let townMarkers = ["召开", "举行", "举办", "开展", "第", "首届", "妇联", "妇女", "团委", "总工会", "工会", "党委", "人民政府", "人大",
                              "工商联", "侨联", "科协", "商会"]

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
                // (A page with no headline opens with its first paragraph: `11月12日,大涌镇工商联…`.)
                guard (2...4).contains(i - start), start == 0 || "市区县,".contains(chars[start - 1]) else { continue }
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
              (2...5).contains(place.count) || place.hasSuffix("自治县") && place.count <= 14 else { return nil }
        let district = (String(place.dropLast()), level)
        return (district, cityWritten(before: place, in: bytes))
    }

    static let cityMarker = Array("市".utf8)

    /// The city the text writes with its 市 right before `place`, wherever it first does (`长沙` of `长沙市开福区`):
    /// one of the table's prefecture cities, or any city `isCity` takes (a municipality, `北京` of `北京市东城区`).
    static func cityWritten(before place: String, in bytes: [UInt8],
                            isCity: (String) -> Bool = { DocumentCity.province(ofCity: $0) != nil }) -> String? {
        let written = Array(place.utf8)
        var at = 0
        while let found = UTF8Scan.find(written, in: bytes, from: at) {
            at = found + written.count
            guard found >= cityMarker.count, UTF8Scan.hasPrefix(cityMarker, in: bytes, at: found - cityMarker.count) else { continue }
            if let city = knownCity(endingAt: found - cityMarker.count, bytes, lengths: [2, 3, 4], isCity: isCity) { return city }
        }
        return nil
    }

    /// The prefecture city the table knows (or that `isCity` takes) whose name of one of `lengths` characters ends at
    /// `end` (before its 市).
    static func knownCity(endingAt end: Int, _ bytes: [UInt8], lengths: [Int],
                          isCity: (String) -> Bool = { DocumentCity.province(ofCity: $0) != nil }) -> String? {
        for count in lengths where end - 3 * count >= 0 {
            let city = String(decoding: bytes[(end - 3 * count)..<end], as: UTF8.self)
            if isCity(city) { return city }
        }
        return nil
    }

    /// A manifest place of two to four characters written without a district's or county's level, that is no
    /// prefecture nor province the table knows, and that the text never writes as a city (`place` + 市): what
    /// `countyWritten` and `isBareCounty` ask first.
    static func isBareUnknownPlace(_ place: String, bytes: [UInt8]) -> Bool {
        guard (2...4).contains(place.count), let last = place.last, !levels.contains(where: { $0.0 == last }) else { return false }
        return DocumentCity.province(ofCity: place) == nil && !DocumentCity.provinces.names.contains(place)
            && UTF8Scan.find(Array((place + "市").utf8), in: bytes, from: 0) == nil
    }

    /// A manifest place written without its level (长兴, 黄陂) that the text writes as a county or a district
    /// (长兴县, 黄陂区), never as a city and not a prefecture the table knows: the place with its level.
    static func countyWritten(_ place: String, bytes: [UInt8]) -> String? {
        guard isBareUnknownPlace(place, bytes: bytes) else { return nil }
        return levels.lazy.map { place + String($0.0) }.first { UTF8Scan.find(Array($0.utf8), in: bytes, from: 0) != nil }
            ?? autonomousCounty(place, bytes: bytes)
    }

    /// `青龙满族自治县` for the manifest's `青龙`: the place, its peoples (up to `longestPeoples` characters ending
    /// in 族) and 自治县, as the text writes it.
    static func autonomousCounty(_ place: String, bytes: [UInt8]) -> String? {
        autonomous(place, level: autonomousCountyWord, bytes: bytes)
    }

    /// `迪庆藏族自治州` for `迪庆` (`autonomousCounty`'s reading, for a prefecture).
    static func autonomousPrefecture(_ place: String, bytes: [UInt8]) -> String? {
        autonomous(place, level: autonomousPrefectureWord, bytes: bytes)
    }

    static let autonomousPrefectureWord = Array("自治州".utf8)

    /// The place, its peoples and the autonomous level `word` (自治县, 自治州) as the text first writes them.
    static func autonomous(_ place: String, level word: [UInt8], bytes: [UInt8]) -> String? {
        let name = Array(place.utf8)
        var from = 0
        while let at = UTF8Scan.find(name, in: bytes, from: from) {
            from = at + name.count
            var end = from
            while end - from < 3 * longestPeoples, UTF8Scan.isHan(bytes, at: end), !UTF8Scan.hasPrefix(word, in: bytes, at: end) { end += 3 }
            guard end > from, UTF8Scan.hasPrefix(word, in: bytes, at: end),
                  UTF8Scan.hasSuffix(peopleWord, in: bytes, from..<end) else { continue }
            return String(decoding: bytes[at..<(end + word.count)], as: UTF8.self)
        }
        return nil
    }

    static let autonomousCountyWord = Array("自治县".utf8)
    static let peopleWord = Array("族".utf8)
    static let longestPeoples = 8

    /// A manifest place written without its level (通道) whose text never names it with one, nor as a
    /// city, and writes its own organs as a county's (县委, 县政府, 全县) more often than as a city's:
    /// a county's page, whose `市妇联` is its prefecture's (which the page does not name).
    static func isBareCounty(_ place: String, bytes: [UInt8]) -> Bool {
        guard isBareUnknownPlace(place, bytes: bytes) else { return false }
        // One search per level word: each 县 (市) counts where an organ's word follows it or 全 stands before it.
        func count(_ level: [UInt8]) -> Int {
            var n = 0, at = 0
            while let found = UTF8Scan.find(level, in: bytes, from: at) {
                at = found + level.count
                if organWords.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) })
                    || found >= 3 && UTF8Scan.hasPrefix(whole, in: bytes, at: found - 3) { n += 1 }
            }
            return n
        }
        let county = count(countyLevel)
        return county > 0 && county > count(cityLevel)
    }

    /// What follows a level's word when the text names its organs (县委, 县政府, 县政协, 县人大; 全县 before it).
    static let organWords = ["委", "政府", "政协", "人大"].map { Array($0.utf8) }
    static let whole = Array("全".utf8)

    /// What follows a county-level city's name in its own headline (`台山市政协召开…`).
    static let countyCityMarkers = ["政协", "人民政府", "人大", "委员会", "第"]
    /// Characters of a term's number (新一届, 第十), which no place's name holds.
    static let termCharacters: Set<Character> = ["届", "第"]

    /// The county-level city whose news the headline is (`台山市政协…`, `政协台山市第…`)
    /// in a document the manifest gives its prefecture (江门): a name of two or three Han
    /// characters before 市, not the document's city nor any prefecture the table knows.
    static func countyCity(headline: String, city: String?) -> String? {
        guard let city else { return nil }
        let own = city.hasSuffix("市") ? String(city.dropLast()) : city
        let chars = Array(headline.prefix(40))
        for (i, c) in chars.enumerated() where c == "市" && i >= 2 {
            let after = String(chars[(i + 1)...].prefix(4))
            let before = String(chars[..<i].suffix(4))
            guard countyCityMarkers.contains(where: { after.hasPrefix($0) }) || before.hasSuffix("政协") else { continue }
            for count in [2, 3] where i >= count {
                let name = String(chars[(i - count)..<i])
                // 新一届市政协委员名单: a term, no place.
                guard name.allSatisfy(SpeakerRoles.isHan), !name.contains("协"), !name.contains(where: Self.termCharacters.contains),
                      i == count || !SpeakerRoles.isHan(chars[i - count - 1]) || String(chars[..<(i - count)]).hasSuffix("政协")
                else { continue }
                // 参加市政协十二届五次会议的…: a verb before the city's own 市政协 names no place.
                if verbsBeforeBodies.contains(name) || PlaceWords.verbs.contains(name) { return nil }
                if name == own || DocumentCity.province(ofCity: name) != nil || DocumentCity.provinces.names.contains(name) { return nil }
                return name
            }
        }
        return nil
    }

    /// How far into the text a dateline or the opening sentence stands.
    static let openingLength = 1200
    static let levelBytes = levels.map { (Array(String($0.0).utf8), $0.1) }
    static let openingMarkers = ["政协", "讯", "人民政府"].map { Array($0.utf8) }
    /// Characters that end a district's name read backwards (本报静安区讯, 上海市静安区政协).
    static let openingStops: Set<Character> = ["市", "省", "报", "讯", "的", "在", "和", "与", "及", "协"]

    /// The district (or county) the text's opening names (`本报静安区讯`, `10月12日,静安区政协召开…`):
    /// a scan of its first bytes only, for a document whose headline names none.
    static func opening(_ bytes: [UInt8]) -> (name: String, level: String)? {
        let end = min(bytes.count, openingLength)
        var at = 0
        while at + 3 <= end {
            guard bytes[at] == 0xE5, let level = levelBytes.first(where: { UTF8Scan.hasPrefix($0.0, in: bytes, at: at) }),
                  openingMarkers.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at + 3) }) else { at += 1; continue }
            var start = at
            while start >= 3, at - start < 9, DocumentCity.isHan(bytes, start - 3),
                  let c = String(decoding: bytes[(start - 3)..<start], as: UTF8.self).first, !openingStops.contains(c) {
                start -= 3
            }
            if at - start >= 6 { return (String(decoding: bytes[start..<at], as: UTF8.self), level.1) }
            at += 3
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
