import Foundation

/// A document's title and date read from its text and file name, for folders
/// without a manifest.
enum DocumentMetadata {
    /// The first non-blank line, without Markdown `#` marks, at most 120 characters.
    static func title(in text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.drop(while: { $0 == "#" || $0.isWhitespace }).trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { return String(trimmed.prefix(120)) }
        }
        return nil
    }

    /// An ISO date: from a file name starting `YYYY-MM-DD`, else the first
    /// `YYYY年M月D日` or `YYYY-MM-DD` in the text.
    static func date(file: String, text: String) -> String? {
        if let d = isoDate(at: Substring((file as NSString).lastPathComponent)) { return d }
        let scalars = Array(text.prefix(20_000))
        var i = 0
        while i + 8 <= scalars.count {
            if scalars[i].isASCII, scalars[i].isNumber, i + 4 <= scalars.count,
               scalars[i..<i + 4].allSatisfy({ $0.isASCII && $0.isNumber }), i == 0 || !(scalars[i - 1].isASCII && scalars[i - 1].isNumber)
            {
                if let d = chineseDate(scalars, i) ?? isoDate(at: Substring(String(scalars[i..<min(scalars.count, i + 10)]))) { return d }
            }
            i += 1
        }
        return nil
    }

    static func isoDate(at s: Substring) -> String? {
        let c = Array(s.prefix(10))
        guard c.count == 10, c[4] == "-", c[7] == "-",
              let y = Int(String(c[0..<4])), let m = Int(String(c[5..<7])), let d = Int(String(c[8..<10])),
              y > 1900, (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    static func chineseDate(_ c: [Character], _ i: Int) -> String? {
        var j = i + 4
        guard j < c.count, c[j] == "年", let y = Int(String(c[i..<i + 4])) else { return nil }
        j += 1
        var m = 0, d = 0, k = j
        while k < c.count, c[k].isASCII, c[k].isNumber, k - j < 2 { m = m * 10 + Int(String(c[k]))!; k += 1 }
        guard k > j, k < c.count, c[k] == "月" else { return nil }
        k += 1
        let dayStart = k
        while k < c.count, c[k].isASCII, c[k].isNumber, k - dayStart < 2 { d = d * 10 + Int(String(c[k]))!; k += 1 }
        guard k > dayStart, k < c.count, c[k] == "日", (1...12).contains(m), (1...31).contains(d) else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}
