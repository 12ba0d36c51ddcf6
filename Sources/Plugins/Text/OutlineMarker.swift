/// A numbering marker at the start of a line of an official document, by level:
/// `一、` (1), `(一)` (2), `1.` or `1、` (3), `(1)` or `⑴` (4), `①` (5). Full-width
/// brackets and dots are folded before this runs, so `（一）` and `１．` match too.
public struct OutlineMarker: Sendable, Hashable {
    public var level: Int
    public var number: Int
    /// Where the text after the marker starts.
    public var contentStart: Int

    static let enumerationComma = Array("、".utf8)

    /// The marker at `start`, if the line starts with one.
    public static func parse(_ bytes: [UInt8], at start: Int, end: Int) -> OutlineMarker? {
        guard start < end else { return nil }
        let b = bytes[start]
        if b == 0x28 {  // "("
            var i = start + 1
            var digits = 0, value = 0
            // Count every digit (a long run is not a marker) but fold only the first four:
            // a run of hundreds of digits must not overflow.
            while i < end, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                if digits < 4 { value = value * 10 + Int(bytes[i] - 0x30) }
                digits += 1
                i += 1
            }
            if digits > 0, digits <= 3, i < end, bytes[i] == 0x29 {
                return OutlineMarker(level: 4, number: value, contentStart: i + 1)
            }
            let (numeral, after) = chineseNumeral(bytes, from: start + 1, end: end)
            if let numeral, after < end, bytes[after] == 0x29 {
                return OutlineMarker(level: 2, number: numeral, contentStart: after + 1)
            }
            return nil
        }
        if b >= 0x30, b <= 0x39 {
            var i = start, value = 0
            while i < end, bytes[i] >= 0x30, bytes[i] <= 0x39, i - start < 3 { value = value * 10 + Int(bytes[i] - 0x30); i += 1 }
            guard i < end else { return nil }
            if bytes[i] == 0x2E, !(i + 1 < end && bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39) {
                return OutlineMarker(level: 3, number: value, contentStart: i + 1)
            }
            if UTF8Scan.hasPrefix(enumerationComma, in: bytes, at: i) {
                return OutlineMarker(level: 3, number: value, contentStart: i + 3)
            }
            return nil
        }
        if let number = circledNumber(bytes, at: start, end: end) {
            return OutlineMarker(level: 5, number: number, contentStart: start + 3)
        }
        // ⑴ … ⒇ (U+2474 … U+2487, a digit in brackets as one glyph) are (1) … (20).
        if b == 0xE2, start + 2 < end, let number = parenthesizedDigit(bytes[start + 1], bytes[start + 2]) {
            return OutlineMarker(level: 4, number: number, contentStart: start + 3)
        }
        let (numeral, after) = chineseNumeral(bytes, from: start, end: end)
        if let numeral, UTF8Scan.hasPrefix(enumerationComma, in: bytes, at: after) {
            return OutlineMarker(level: 1, number: numeral, contentStart: after + 3)
        }
        if b == 0xE5, start + 3 < end, bytes[start + 1] == 0x9B, bytes[start + 2] == 0xBE { return caption(bytes, from: start + 3, end: end) }
        return nil
    }

    /// A numbered picture's caption opening an item, as an inspection report lists what it found
    /// (`图①:某路段车辆乱停。责任单位:某局。`, `图3:…`): the number, then a colon or a space.
    static func caption(_ bytes: [UInt8], from start: Int, end: Int) -> OutlineMarker? {
        var level = 0, number = 0, i = start
        if let circled = circledNumber(bytes, at: i, end: end) {
            level = 5; number = circled; i += 3
        } else {
            while i < end, bytes[i] >= 0x30, bytes[i] <= 0x39, i - start < 2 { number = number * 10 + Int(bytes[i] - 0x30); i += 1 }
            guard i > start else { return nil }
            level = 3
        }
        guard i < end, bytes[i] == 0x3A || bytes[i] == 0x20 else { return nil }
        return OutlineMarker(level: level, number: number, contentStart: i + 1)
    }

    /// The number of ① … ⑳ at `i` (U+2460 … U+2473: E2 91 A0 … E2 91 B3).
    @inline(__always)
    static func circledNumber(_ bytes: [UInt8], at i: Int, end: Int) -> Int? {
        guard bytes[i] == 0xE2, i + 2 < end, bytes[i + 1] == 0x91, bytes[i + 2] >= 0xA0, bytes[i + 2] <= 0xB3 else { return nil }
        return Int(bytes[i + 2] - 0xA0) + 1
    }

    /// The number of ⑴ … ⒇ from the last two bytes of its UTF-8 (E2 91 B4 … E2 92 87).
    @inline(__always)
    static func parenthesizedDigit(_ second: UInt8, _ third: UInt8) -> Int? {
        if second == 0x91, third >= 0xB4, third <= 0xBF { return Int(third - 0xB4) + 1 }
        if second == 0x92, third >= 0x80, third <= 0x87 { return Int(third - 0x80) + 13 }
        return nil
    }

    /// A run of at most four Chinese numeral characters starting at `from`,
    /// compared byte by byte (this runs on every line of every document).
    static func chineseNumeral(_ bytes: [UInt8], from: Int, end: Int) -> (Int?, Int) {
        var i = from
        var total = 0, current = 0, count = 0
        while i + 2 < end, count < 4, let v = numeral(bytes, i) {
            if v >= 10 { total += (current == 0 ? 1 : current) * v; current = 0 } else { current = v }
            count += 1
            i += 3
        }
        return (count == 0 ? nil : total + current, i)
    }

    /// The value of the numeral character at `i` (十 is 10, 百 100), if it is one.
    @inline(__always)
    static func numeral(_ bytes: [UInt8], _ i: Int) -> Int? {
        let code = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
        switch code {
        case 0xE99BB6, 0xE38087: return 0  // 零 〇
        case 0xE4B880: return 1  // 一
        case 0xE4BA8C, 0xE4B8A4: return 2  // 二 两
        case 0xE4B889: return 3  // 三
        case 0xE59B9B: return 4  // 四
        case 0xE4BA94: return 5  // 五
        case 0xE585AD: return 6  // 六
        case 0xE4B883: return 7  // 七
        case 0xE585AB: return 8  // 八
        case 0xE4B99D: return 9  // 九
        case 0xE58D81: return 10  // 十
        case 0xE799BE: return 100  // 百
        default: return nil
        }
    }
}
