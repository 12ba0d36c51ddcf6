/// A collective of places that a plan names as one unit: `各街道`, or a count of them
/// (`13个街道`, `十个乡镇`), and such a collective with a second level after 、
/// (`13个街道、镇`, `各街道、乡`: the streets and the towns, one unit). A level word left
/// alone after 、 (`镇`) is no unit by itself: it belongs to the collective before it.
enum PlaceCollective {
    /// The level words that may stand alone after a collective of places.
    static let levelWords = ["县级市", "街道", "乡镇", "市", "区", "县", "乡", "镇", "旗"]
    static let each = "各"
    static let count = "个"

    /// `name` is a collective of places: 各 or a count with 个, then places (`各街道`, `13个街道、镇`).
    static func isCollective(_ name: String) -> Bool {
        guard name.count <= 10, UnitLine.placeEndings.contains(where: { name.hasSuffix($0) }) else { return false }
        return name.hasPrefix(each) || isCounted(name)
    }

    /// `name` opens with a count of places (`13个街道`, `十个乡镇`) and ends as places end.
    static func isCounted(_ name: String) -> Bool {
        // (The count's mark first, then the ending by bytes: this runs for every unit item.)
        guard let mark = name.utf8Range(of: count)?.lowerBound, mark != name.startIndex, name.count <= 10,
              UnitLine.placeEndings.contains(where: { name.hasUTF8Suffix($0) }) else { return false }
        return name[..<mark].allSatisfy(ChineseNumeral.isNumeral)
    }

    /// `items` (a unit list's items, in order) with each level word left alone after 、 joined to the
    /// collective of places before it (`13个街道` `镇` → `13个街道、镇`). O(n).
    static func joined(_ bytes: [UInt8], _ items: [Range<Int>]) -> [Range<Int>] {
        guard items.count > 1 else { return items }
        var result: [Range<Int>] = [items[0]]
        for item in items.dropFirst() {
            let before = result[result.count - 1]
            let gap = UTF8Scan.trim(bytes, before.upperBound..<item.lowerBound)
            if isLevelWord(bytes, item) || isLevelsGovernment(bytes, item), bytes[gap].elementsEqual(enumerationComma),
               isCollective(String(decoding: bytes[before], as: UTF8.self)) {
                result[result.count - 1] = before.lowerBound..<item.upperBound
            } else {
                result.append(item)
            }
        }
        return result
    }

    static let enumerationComma = Array("、".utf8)

    /// `县级市政府` after `各有关区、`: a level word and its government, which the collective before it shares
    /// (the governments of the districts and the county-level cities, one unit).
    static func isLevelsGovernment(_ bytes: [UInt8], _ item: Range<Int>) -> Bool {
        guard let government = governments.first(where: { UTF8Scan.hasSuffix($0, in: bytes, item) }), item.count > government.count else { return false }
        return isLevelWord(bytes, item.lowerBound..<(item.upperBound - government.count))
    }
    static let governments = ["人民政府", "政府"].map { Array($0.utf8) }

    /// `item` is a level word alone (`镇`, `街道`), or one with another level in brackets after it (`镇(街道)`).
    static func isLevelWord(_ bytes: [UInt8], _ item: Range<Int>) -> Bool {
        if item.count <= 9 && levelWords.contains(where: { bytes[item].elementsEqual($0.utf8) }) { return true }
        guard item.count <= 20, bytes[item.upperBound - 1] == 0x29,
              let open = UTF8Scan.find([0x28], in: bytes, from: item.lowerBound, to: item.upperBound), open > item.lowerBound else { return false }
        return isLevelWord(bytes, item.lowerBound..<open) && isLevelWord(bytes, (open + 1)..<(item.upperBound - 1))
    }
}
