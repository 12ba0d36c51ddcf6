/// Reads numbers written with Chinese numerals (十四, 二十一, 一百零五) or ASCII
/// digits, as used for terms, sessions, meeting and task numbers.
public enum ChineseNumeral {
    static let digits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

    /// True for the characters `value(_:)` understands.
    public static func isNumeral(_ c: Character) -> Bool {
        digits[c] != nil || units[c] != nil || c.isASCII && c.isNumber
    }

    /// The value of `text`, or nil when it is not a number.
    public static func value(_ text: String) -> Int? {
        guard !text.isEmpty else { return nil }
        if text.allSatisfy({ $0.isASCII && $0.isNumber }) { return Int(text) }
        var total = 0
        var current = 0
        for c in text {
            if let d = digits[c] {
                current = d
            } else if let u = units[c] {
                total += (current == 0 ? 1 : current) * u
                current = 0
            } else {
                return nil
            }
        }
        return total + current
    }

    /// Chinese numerals for 1…99, as used in codes such as `(一)`.
    public static func chinese(_ n: Int) -> String {
        let names = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard n > 0, n < 100 else { return String(n) }
        if n < 10 { return names[n] }
        let tens = n / 10, ones = n % 10
        return (tens == 1 ? "" : names[tens]) + "十" + (ones == 0 ? "" : names[ones])
    }
}
