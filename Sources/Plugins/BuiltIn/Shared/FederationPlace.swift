/// The place written before a federation's name (`区|妇联`, `重庆市|工商联`,
/// `中国|科协`, `长治市城区|侨联`), which says whose body it is.
enum FederationPlace {
    /// Places written with no name: the level alone (市妇联 is the document's city's), or the nation.
    static let bare: Set<String> = ["市", "省", "区", "县", "镇", "乡", "自治区", "全国", "中国", "中华全国"]
    /// The last character of a named place (福建省, 开福区, 石牌镇).
    static let levels: Set<UInt32> = Set("省市区县州盟旗镇乡".unicodeScalars.map(\.value))
    /// Words ending in 区 that are no place of a federation (社区妇联 is a community's, 园区 a park).
    static let notPlaces: Set<String> = ["社区", "园区", "景区", "小区", "片区", "校区", "街区", "地区", "辖区"]
    static let longestPlace = 6
    /// A town's subdistrict (梅湾街道), whose level has two characters.
    static let street = "街道"

    /// Whether `range` of `bytes` (Han characters) is a place a federation's name may follow; empty is.
    static func isPlace(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        if range.isEmpty { return true }
        let text = String(decoding: bytes[range], as: UTF8.self)
        if bare.contains(text) { return true }
        let count = range.count / 3
        // 某社区, 高新园区: a community or park after a name is none either.
        guard (2...longestPlace).contains(count), !notPlaces.contains(where: { text.hasSuffix($0) }) else { return false }
        guard levels.contains(scalar(bytes, at: range.upperBound - 3)) || text.hasSuffix(street) else { return false }
        return placeStart(bytes, range) == range.lowerBound
    }

    /// Characters no place's name holds: words that end the text before a place
    /// (`委员是|省工商联`, `副会长暨|集美区侨联`, `兼|某县妇联`).
    static let endingWords: Set<UInt32> = Set("暨兼是的了员席".unicodeScalars.map(\.value))
    /// Joiners that a place may hold (太和县, 和平区) but that end a list before a place of two characters or more.
    static let joiners: Set<UInt32> = Set("和及与".unicodeScalars.map(\.value))

    /// Where the place word in `range` (Han characters, a level last) begins: after the last
    /// ending word, or after a joiner followed by a name of two characters or more before the level.
    /// O(n) in the range's characters.
    static func placeStart(_ bytes: [UInt8], _ range: Range<Int>, levelLength: Int = 3) -> Int {
        // 选举产生|某管理区: a verb (`boundaryWords`) ends the text before the place too.
        var start = afterBoundaryWord(bytes, range, levelLength: levelLength)
        var at = range.lowerBound
        while at + 3 <= range.upperBound {
            let c = scalar(bytes, at: at)
            if at >= start, endingWords.contains(c) || (at > range.lowerBound && joiners.contains(c) && range.upperBound - levelLength - (at + 3) >= 6) {
                start = at + 3
            }
            at += 3
        }
        return start
    }

    /// The scalar of the three-byte character at `at` (`UTF8Scan.scalar`).
    static func scalar(_ bytes: [UInt8], at: Int) -> UInt32 { UTF8Scan.scalar(bytes, at: at) }
}
