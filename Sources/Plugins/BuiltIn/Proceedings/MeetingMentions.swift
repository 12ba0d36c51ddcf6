import Foundation
import Graph

/// Meetings a document reports, read from their official names:
/// `政协武汉市第十四届委员会第三次会议第二次全体会议` (a plenary sitting of a session)
/// and `政协武汉市第十四届(委员会)常务委员会第二十一次会议` (a standing-committee
/// meeting), with the date (`6月26日`, year from the document) and the theme
/// (`围绕“…”`) stated in the same paragraph.
enum MeetingMentions {
    struct Found {
        var node: NodeID
        var kind: String
        var range: Range<Int>
        var topic: String?
    }

    static let opening = Array("政协".utf8)
    static let term = Array("届".utf8)

    /// Records the first meeting the document names (the one it reports) and
    /// `(Document)-[:RECORDS]->(Meeting)`.
    static func record(in writer: inout FactWriter, document: NodeID) throws -> Found? {
        let bytes = writer.text.bytes
        guard let (parsed, span) = parse(bytes) else { return nil }
        var properties: [String: Value] = ["kind": .string(parsed.kind), "term": .int(parsed.term), "city": .string(parsed.city)]
        if let session = parsed.session { properties["session"] = .int(session) }
        if let number = parsed.number { properties["number"] = .int(number) }
        let paragraph = paragraphRange(bytes, around: span)
        if let date = date(in: writer.string(paragraph), year: writer.document.date) { properties["date"] = .calendarDate(date) }
        var topicRange: Range<Int>?
        if let t = themeRange(bytes, paragraph) {
            topicRange = t
            properties["theme"] = .string(writer.string(t))
            properties["topic"] = .string(ProposalMentions.topic(ofTitle: writer.string(t)))
        }
        let key = "Meeting:\(parsed.city):\(parsed.term):\(parsed.session.map(String.init) ?? "-"):\(parsed.kind):\(parsed.number ?? 0)"
        let name = writer.string(span)
        let node = try writer.entity("Meeting", name, properties: properties, aliases: aliases(of: parsed, name: name), key: key, at: span)
        if let t = topicRange {
            // The theme's quote (围绕“…”) is a source too: it links the meeting to the proposal it discussed.
            writer.graph.addSource(writer.source((t.lowerBound - theme.count)..<(t.upperBound + closeQuote.count)), to: node)
        }
        try writer.relate("RECORDS", document, node, at: span)
        return Found(node: node, kind: parsed.kind, range: span, topic: properties["topic"]?.stringValue)
    }

    struct Parsed {
        var city: String
        var term: Int
        var session: Int?
        var number: Int?
        var kind: String
        var range: Range<String.Index>
    }

    /// The short names people use for a meeting (第22次常委会, 十四届常委会第二十二次会议)
    /// and the other official spelling (…第十四届委员会常务委员会… / …第十四届常务委员会…),
    /// so that a query or question written either way finds it.
    static func aliases(of parsed: Parsed, name: String) -> [String] {
        let term = ChineseNumeral.chinese(parsed.term)
        var aliases: [String] = []
        if parsed.kind == "常务委员会会议", let number = parsed.number {
            let n = ChineseNumeral.chinese(number)
            aliases += ["第\(number)次常委会", "第\(n)次常委会", "\(term)届常委会第\(n)次会议", "第\(term)届常委会第\(n)次会议"]
            for (long, short) in [("届委员会常务委员会", "届常务委员会"), ("届常务委员会", "届委员会常务委员会")] where name.contains(long) {
                aliases.append(name.replacingOccurrences(of: long, with: short))
                break
            }
        } else if let session = parsed.session, let sitting = parsed.number {
            let s = ChineseNumeral.chinese(session), k = ChineseNumeral.chinese(sitting)
            aliases += ["\(term)届\(s)次会议第\(k)次全体会议", "第\(term)届第\(s)次会议第\(k)次全体会议"]
        }
        return aliases.filter { $0 != name }
    }

    /// The most specific meeting named in the text, and its bytes: the first with a sitting
    /// or meeting number, else the first of any kind. Each 政协 is read from a string of the
    /// text after it, and only when a 届 may follow it closely (a string of the whole
    /// document cost more than the rest of this reader).
    static func parse(_ bytes: [UInt8]) -> (Parsed, Range<Int>)? {
        var first: (Parsed, Range<Int>)?
        var at = 0
        while let open = UTF8Scan.find(opening, in: bytes, from: at) {
            at = open + opening.count
            guard mayNameTerm(bytes, after: at) else { continue }
            let text = window(bytes, from: open)
            guard let head = text.utf8Range(of: "政协"), let found = parse(text, at: head) else { continue }
            let start = text.utf8.distance(from: text.utf8.startIndex, to: found.range.lowerBound.samePosition(in: text.utf8)!)
            let end = text.utf8.distance(from: text.utf8.startIndex, to: found.range.upperBound.samePosition(in: text.utf8)!)
            let result = (found, (open + start)..<(open + end))
            if found.number != nil { return result }
            if first == nil { first = result }
        }
        return first
    }

    /// How many characters after 政协 `parse(_:at:)` reads.
    static let tailCharacters = 60

    /// False when the `tailCharacters` characters after `at` hold no 届 (so `parse(_:at:)`
    /// finds nothing there): they are then all ASCII or Han, one byte sequence a character,
    /// so the count is exact. True when a 届 is among them or another character makes the count unsure.
    static func mayNameTerm(_ bytes: [UInt8], after at: Int) -> Bool {
        var i = at, characters = 0
        while characters < tailCharacters {
            guard i < bytes.count else { return true }
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0D { return true }
                i += 1
            } else if b >= 0xE4, b <= 0xE9, i + 2 < bytes.count {
                if b == term[0], bytes[i + 1] == term[1], bytes[i + 2] == term[2] { return true }
                i += 3
            } else {
                return true
            }
            characters += 1
        }
        return false
    }

    /// The text from `open` on, as far as `parse(_:at:)` can read: a few hundred bytes when
    /// they hold more characters than it reads, else the rest of the text.
    static func window(_ bytes: [UInt8], from open: Int) -> String {
        var end = min(bytes.count, open + 512)
        while end < bytes.count, end > open, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        let text = String(decoding: bytes[open..<end], as: UTF8.self)
        // Scalars, not `Character`s: counting graphemes of every window cost more than parsing it.
        if end == bytes.count || text.unicodeScalars.count > opening.count / 3 + tailCharacters + 1 { return text }
        return String(decoding: bytes[open...], as: UTF8.self)
    }

    /// `政协…第N届…(常务委员会第N次会议|第N次会议第N次全体会议)` starting at `open`.
    static func parse(_ text: String, at open: Range<String.Index>) -> Parsed? {
        let tail = text[open.upperBound...].prefix(tailCharacters)
        guard let di = tail.utf8Range(of: "第"), let jie = tail.utf8Range(of: "届"), di.upperBound <= jie.lowerBound else { return nil }
        let city = String(tail[..<di.lowerBound])
        guard city.count <= 6, let term = ChineseNumeral.value(String(tail[di.upperBound..<jie.lowerBound])) else { return nil }
        var rest = tail[jie.upperBound...]
        if rest.hasPrefix("委员会") { rest = rest.dropFirst(3) }
        if rest.hasPrefix("常务委员会第"), let ci = rest.utf8Range(of: "次会议") {
            let n = ChineseNumeral.value(String(rest[rest.index(rest.startIndex, offsetBy: 6)..<ci.lowerBound]))
            return Parsed(city: city, term: term, session: nil, number: n, kind: "常务委员会会议", range: open.lowerBound..<ci.upperBound)
        }
        if rest.hasPrefix("第"), let ci = rest.utf8Range(of: "次会议") {
            let session = ChineseNumeral.value(String(rest[rest.index(after: rest.startIndex)..<ci.lowerBound]))
            let after = rest[ci.upperBound...]
            if after.hasPrefix("第"), let qi = after.utf8Range(of: "次全体会议") {
                let sitting = ChineseNumeral.value(String(after[after.index(after: after.startIndex)..<qi.lowerBound]))
                return Parsed(city: city, term: term, session: session, number: sitting, kind: "全体会议", range: open.lowerBound..<qi.upperBound)
            }
            return Parsed(city: city, term: term, session: session, number: nil, kind: "全体会议", range: open.lowerBound..<ci.upperBound)
        }
        return nil
    }

    /// The line holding `span`.
    static func paragraphRange(_ bytes: [UInt8], around span: Range<Int>) -> Range<Int> {
        var lo = span.lowerBound, hi = span.upperBound
        while lo > 0, bytes[lo - 1] != 0x0A { lo -= 1 }
        while hi < bytes.count, bytes[hi] != 0x0A { hi += 1 }
        return lo..<hi
    }

    /// `YYYY年M月D日` or `M月D日` (year from the document date) as ISO.
    static func date(in text: String, year: String?) -> String? {
        guard let yue = text.utf8Range(of: "月"), let ri = text.utf8Range(of: "日", from: yue.upperBound) else { return nil }
        let monthDigits = text[..<yue.lowerBound].reversed().prefix { $0.isASCII && $0.isNumber }
        let day = text[yue.upperBound..<ri.lowerBound]
        guard let m = Int(String(monthDigits.reversed())), let d = Int(day), m >= 1, m <= 12, d >= 1, d <= 31 else { return nil }
        var y = year.flatMap { Int($0.prefix(4)) }
        let before = text[..<yue.lowerBound].dropLast(monthDigits.count)
        if before.hasSuffix("年") {
            let digits = before.dropLast().reversed().prefix { $0.isASCII && $0.isNumber }
            if digits.count == 4 { y = Int(String(digits.reversed())) }
        }
        guard let y else { return nil }
        return "\(padded(y, 4))-\(padded(m, 2))-\(padded(d, 2))"
    }

    /// `n` with leading zeros to `width` digits (as `%0Nd`, without Foundation's formatter).
    static func padded(_ n: Int, _ width: Int) -> String {
        let digits = String(n.magnitude)
        let sign = n < 0 ? "-" : ""
        let fill = max(0, width - digits.count - sign.count)
        return sign + String(repeating: "0", count: fill) + digits
    }

    static let theme = Array("围绕“".utf8)
    static let closeQuote = Array("”".utf8)

    /// The text inside `围绕“…”` in `range`.
    static func themeRange(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        guard let at = UTF8Scan.find(theme, in: bytes, from: range.lowerBound, to: range.upperBound),
              let close = UTF8Scan.find(closeQuote, in: bytes, from: at + theme.count, to: range.upperBound)
        else { return nil }
        return (at + theme.count)..<close
    }
}
