import Foundation

/// The city a document belongs to, and the city a name spells out.
///
/// Lexicons are written for one city (`市政协` = 武汉市政协, `市科技局` =
/// 市科技创新局) but documents come from many. A document's city is the
/// dataset manifest's `city` or, failing that, the first of `政协X市`,
/// `X市政协`, `X市人民政府` in its title or text. Extractors use it to keep a
/// city's entries and aliases to that city's documents.
public enum DocumentCity {
    static let cppcc = Array("政协".utf8)
    static let party = Array("中共".utf8)
    static let city = Array("市".utf8)
    static let government = Array("市人民政府".utf8)
    static let market = Array("市场".utf8)

    /// The city of `document`: the manifest's, else the first one its title or text names.
    public static func of(_ document: SourceDocument, bytes: [UInt8]) -> String? {
        if let city = document.city, !city.isEmpty { return city }
        return named(in: Array(document.title.utf8)) ?? named(in: bytes)
    }

    /// The first city `bytes` names as `政协X市` or `X市政协`, else as `X市人民政府`.
    public static func named(in bytes: [UInt8]) -> String? {
        var at = 0
        while let p = UTF8Scan.find(cppcc, in: bytes, from: at) {
            at = p + cppcc.count
            // 政协成都市第十五届委员会
            if let name = hanRun(bytes, from: at, upTo: 4), UTF8Scan.hasPrefix(city, in: bytes, at: at + name.count),
               name.count >= 6 {
                return String(decoding: name, as: UTF8.self)
            }
            // 杭州市政协
            if p >= 3, UTF8Scan.hasPrefix(city, in: bytes, at: p - 3), let name = cityBefore(bytes, p - 3) { return name }
        }
        at = 0
        while let p = UTF8Scan.find(government, in: bytes, from: at) {
            if let name = cityBefore(bytes, p) { return name }
            at = p + government.count
        }
        // A district's document: 武汉市江汉区人民政府, 武汉市江汉区政协.
        for marker in [districtGovernment, districtCPPCC] {
            at = 0
            while let p = UTF8Scan.find(marker, in: bytes, from: at) {
                at = p + marker.count
                var q = p
                for _ in 0..<4 where q >= 3 && isHan(bytes, q - 3) {
                    q -= 3
                    if q >= 3, UTF8Scan.hasPrefix(city, in: bytes, at: q - 3), let name = cityBefore(bytes, q - 3) { return name }
                }
            }
        }
        return nil
    }

    /// The province of a provincial document (its title, else its text), when it names no city.
    public static func provinceOf(_ document: SourceDocument, bytes: [UInt8]) -> String? {
        province(in: Array(document.title.utf8)) ?? province(in: bytes)
    }

    /// The autonomous regions' full names, which a manifest writes short.
    static let regionNames = ["广西": "广西壮族自治区", "内蒙古": "内蒙古自治区", "西藏": "西藏自治区", "宁夏": "宁夏回族自治区", "新疆": "新疆维吾尔自治区"]
    static let levelEnds: Set<Character> = ["市", "区", "县", "州", "省", "盟", "旗", "镇", "乡"]

    /// A manifest's place that is a province or autonomous region written without its level
    /// (`湖北` → 湖北省, `广西` → 广西壮族自治区); nil for a city or a municipality (上海 is a
    /// city with its 市). A name that is both (吉林), or one the table lacks, is a province
    /// only where the text writes it with 省 (`吉林省政协`) and never with 市.
    public static func provinceLevel(_ name: String, bytes: [UInt8]) -> String? {
        if let full = regionNames[name] { return full }
        let table = provinces
        // Before the level test: 贵州 ends as a prefecture does (州) and is a province.
        if table.names.contains(name), !table.unsuffixed.contains(name), table.cities[name] != name { return name + "省" }
        guard let last = name.last, !levelEnds.contains(last), (2...3).contains(name.count), name != "全国", name != "中央" else { return nil }
        // Only a name no city of the table bears needs the text (a scan of it, for so few documents).
        guard table.cities[name] == nil || table.cities[name] == name, !table.unsuffixed.contains(name) else { return nil }
        let written = Array(name.utf8)
        guard UTF8Scan.find(written + provinceWord, in: bytes, from: 0) != nil,
              UTF8Scan.find(written + city, in: bytes, from: 0) == nil else { return nil }
        return name + "省"
    }

    /// The province of a prefecture-level city (`苏州` → `江苏省`; `呼和浩特` →
    /// `内蒙古`), from `Resources/lexicons/provinces.yaml`; nil for a city the
    /// table does not hold or for a municipality (北京 is its own province).
    public static func province(ofCity city: String) -> String? {
        let name = city.hasSuffix("市") ? String(city.dropLast()) : city
        guard let province = provinces.cities[name], province != name else { return nil }
        return fullName(ofProvince: province)
    }

    /// The province of a county or county-level city directly under it (`定安县`, `定安` → `海南省`; `仙桃市`).
    public static func province(ofDirectCounty county: String) -> String? {
        let name = county.count > 2 && countySuffixes.contains(where: county.hasSuffix) ? String(county.dropLast()) : county
        return provinces.directCounties[name].map(fullName(ofProvince:))
    }
    static let countySuffixes = ["县", "市"]

    /// A province of the table as written in full (江苏 → 江苏省; 内蒙古 stays, named without 省).
    static func fullName(ofProvince province: String) -> String {
        provinces.unsuffixed.contains(province) ? province : province + "省"
    }

    /// Whether `name` (no 市) is a city of the table: a prefecture-level city or a municipality (天津).
    public static func isCity(_ name: String) -> Bool {
        provinces.cities[name] != nil
    }

    /// Whether `name` is a province of the table written without 省 (青海); never when the table could not be read.
    static func isProvinceName(_ name: String) -> Bool {
        provinces.names.contains(name) && !provinces.unsuffixed.contains(name)
    }

    /// `浙江舟山`, `浙江省舟山`: a city of the table after its own province's name (with 省 or without), the city alone.
    static func withoutProvince(_ place: String) -> String? {
        for length in [2, 3, 4] where place.count > length + 1 {
            var province = String(place.prefix(length))
            var city = String(place.dropFirst(length))
            if city.hasPrefix("省") { city.removeFirst() } else if province.hasSuffix("省") { province.removeLast() }
            if let owner = provinces.cities[city], owner == province { return city }
        }
        return nil
    }

    /// Whether `name` is a province of the table (会议由 of `会议由省政协` is not);
    /// any name when the table could not be read.
    static func isProvince(_ name: ArraySlice<UInt8>) -> Bool {
        provinces.names.isEmpty || provinces.names.contains(String(decoding: name, as: UTF8.self))
    }

    /// The table of provinces; empty when it cannot be read.
    static let provinces: ProvinceTable = (try? loadedProvinces.get()) ?? ProvinceTable(cities: [:], names: [], unsuffixed: [], prefectures: [], directCounties: [:], autonomousNames: [:])

    /// City or prefecture → province, the provinces' names, those named without 省, and the
    /// prefectures that are no 市 (恩施, 延边, 阿克苏).
    struct ProvinceTable {
        var cities: [String: String]
        var names: Set<String>
        var unsuffixed: Set<String>
        var prefectures: Set<String>
        /// Counties and county-level cities directly under a province (定安, 仙桃) → their province.
        var directCounties: [String: String]
        /// An autonomous prefecture's short name (湘西) → its full name (湘西土家族苗族自治州).
        var autonomousNames: [String: String]
    }

    /// The table as read; the built-in plugins refuse to register when it failed.
    static let loadedProvinces: Result<ProvinceTable, PluginError> =
        BundledWordList.mapping("provinces", requiring: ["provinces", "not-provinces", "prefectures", "autonomous-prefectures"]).map { map in
            // Place → province, from one key's lists of places under each province.
            func placesUnder(_ key: String) -> [String: String] {
                var places: [String: String] = [:]
                for (province, list) in map[key]?.mapping ?? [:] {
                    guard let province = province.string else { continue }
                    for place in list.sequence ?? [] { if let place = place.string { places[place] = province } }
                }
                return places
            }
            let prefectures = placesUnder("prefectures")
            let cities = placesUnder("provinces").merging(prefectures) { $1 }
            return ProvinceTable(cities: cities, names: Set(cities.values), unsuffixed: Set(BundledWordList.strings(map, "not-provinces")),
                                 prefectures: Set(prefectures.keys), directCounties: placesUnder("direct-counties"),
                                 autonomousNames: Dictionary((map["autonomous-prefectures"]?.mapping ?? [:]).compactMap { key, value in
                                     key.string.flatMap { short in value.string.map { (short, $0) } }
                                 }, uniquingKeysWith: { first, _ in first }))
        }

    static let provinceWord = Array("省".utf8)
    static let districtGovernment = Array("区人民政府".utf8)
    static let districtCPPCC = Array("区政协".utf8)
    static let provincialMarkers = ["省政协", "省人民政府", "省委员会"].map { Array($0.utf8) }

    /// A provincial document's province, with its 省 (`福建省`): from
    /// `政协福建省委员会`, `福建省政协` or `福建省人民政府` opening a line, a
    /// quote or a bracket.
    public static func province(in bytes: [UInt8]) -> String? {
        // 政协福建省第十三届委员会
        var from = 0
        while let p = UTF8Scan.find(cppcc, in: bytes, from: from) {
            from = p + cppcc.count
            for count in 2...3 where UTF8Scan.hasPrefix(provinceWord, in: bytes, at: from + 3 * count) {
                let name = from..<(from + 3 * count)
                if (0..<count).allSatisfy({ isHan(bytes, from + 3 * $0) }), UTF8Scan.find(city, in: bytes, from: name.lowerBound, to: name.upperBound) == nil,
                   isProvince(bytes[name]) {
                    return String(decoding: bytes[name.lowerBound..<(name.upperBound + 3)], as: UTF8.self)
                }
            }
        }
        for (n, marker) in provincialMarkers.enumerated() {
            var at = 0
            while let p = UTF8Scan.find(marker, in: bytes, from: at) {
                at = p + marker.count
                for count in 2...3 {
                    let start = p - 3 * count
                    guard start >= 0, (0..<count).allSatisfy({ isHan(bytes, start + 3 * $0) }),
                          UTF8Scan.find(city, in: bytes, from: start, to: p) == nil, isProvince(bytes[start..<p]) else { continue }
                    // A province the table knows needs nothing around it (,福建省政协召开).
                    if !provinces.names.isEmpty { return String(decoding: bytes[start..<(p + 3)], as: UTF8.self) }
                    let afterCPPCC = start >= 6 && UTF8Scan.hasPrefix(cppcc, in: bytes, at: start - 6)
                    // 政协福建省委员会 needs its 政协; 福建省政协 and 福建省人民政府 open a line, a quote or a bracket.
                    let opened = n == 2 ? afterCPPCC : (start == 0 || bytes[start - 1] == 0x0A || opens(bytes, start) || afterCPPCC)
                    if opened { return String(decoding: bytes[start..<(p + 3)], as: UTF8.self) }
                }
            }
        }
        return nil
    }

    /// The city a name begins with (`武汉市科技创新局` → 武汉, `政协武汉市委员会`,
    /// `中共武汉市委宣传部` → 武汉), or its province (`湖北省政协` → 湖北省);
    /// nil for a name that starts with 市 or names no place.
    public static func spelled(in name: String) -> String? {
        if let province = provinceSpelled(in: name) { return province }
        var bytes = Array(name.utf8)
        // 政协武汉市委员会, 中共武汉市委宣传部: the body before the city.
        for body in [cppcc, party] where UTF8Scan.hasPrefix(body, in: bytes, at: 0) { bytes.removeFirst(body.count) }
        // 国家市场监督管理总局: 市场 (market) is no city.
        guard let p = UTF8Scan.find(city, in: bytes, from: 0), p >= 6, p <= 12, !UTF8Scan.hasPrefix(market, in: bytes, at: p),
              hanRun(bytes, from: 0, upTo: 4)?.count ?? 0 >= p else { return nil }
        return String(decoding: bytes[..<p], as: UTF8.self)
    }

    /// `湖北省政协`, `政协湖北省委员会`, `中共湖北省委` → 湖北省: two or three Han
    /// characters and 省 at the start of the name (after 政协 or 中共).
    static func provinceSpelled(in name: String) -> String? {
        var bytes = Array(name.utf8)
        for body in [cppcc, party] where UTF8Scan.hasPrefix(body, in: bytes, at: 0) { bytes.removeFirst(body.count) }
        for count in 2...3 where UTF8Scan.hasPrefix(provinceWord, in: bytes, at: count * 3) {
            guard (0..<count).allSatisfy({ isHan(bytes, $0 * 3) }) else { continue }
            let head = String(decoding: bytes[..<(count * 3)], as: UTF8.self)
            guard !head.contains("市") else { return nil }
            return head + "省"
        }
        return nil
    }

    /// The city name that ends at `end` (the 市 of `X市`): two or three Han
    /// characters (four at the start of a line) that open a line, a quote or a
    /// bracket (`杭州市政协…` as a title; not `…。适时邀请市政协`, whose 适时邀请
    /// is no city).
    static func cityBefore(_ bytes: [UInt8], _ end: Int) -> String? {
        var start = end
        var count = 0
        while start >= 3, count < 5, isHan(bytes, start - 3) { start -= 3; count += 1 }
        let lineStart = start == 0 || bytes[start - 1] == 0x0A
        guard count >= 2, count <= 3 || (count == 4 && lineStart), lineStart || opens(bytes, start) else { return nil }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Whether the text before `at` is a space or an opening bracket or quote (`(` `《` `“` `【`).
    static func opens(_ bytes: [UInt8], _ at: Int) -> Bool {
        let b = bytes[at - 1]
        if b == 0x20 || b == 0x28 || b == 0x22 || b == 0x09 { return true }
        guard at >= 3 else { return false }
        let lead = bytes[at - 3], mid = bytes[at - 2]
        return (lead == 0xE3 && mid == 0x80 && (b == 0x8A || b == 0x90 || b == 0x8C)) || (lead == 0xE2 && mid == 0x80 && b == 0x9C)
    }

    /// The Han characters at `from`, `upTo` of them at most.
    static func hanRun(_ bytes: [UInt8], from: Int, upTo limit: Int) -> ArraySlice<UInt8>? {
        var end = from
        var count = 0
        while count < limit, end + 3 <= bytes.count, isHan(bytes, end), !UTF8Scan.hasPrefix(city, in: bytes, at: end) {
            end += 3
            count += 1
        }
        return count > 0 ? bytes[from..<end] : nil
    }

    /// A CJK ideograph U+4E00…U+9FFF (lead byte E4…E9) at `at`.
    static func isHan(_ bytes: [UInt8], _ at: Int) -> Bool {
        at + 2 < bytes.count && (0xE4...0xE9).contains(bytes[at]) && bytes[at + 1] & 0xC0 == 0x80
    }
}
