import Foundation
import Graph

/// Proposals a document names: `2号建议案`, `一号建议案`, with the session
/// (`十四届四次会议`) and the `《…》` title when they are stated next to it.
///
/// A proposal's key is its year (the document's) and number, so the work plan's
/// `2号建议案` and a later meeting report about it meet in one node.
enum ProposalMentions {
    struct Found {
        var node: NodeID
        var number: Int
        var span: Range<Int>
    }

    static let marker = Array("号建议案".utf8)
    static let titleOpen = Array("《".utf8)
    static let titleClose = Array("》".utf8)

    /// Records each proposal named in the document, in order of first mention,
    /// and `(Document)-[:RECORDS]->(Proposal)`.
    static func record(in writer: inout FactWriter, document: NodeID) throws -> [Found] {
        let bytes = writer.text.bytes
        guard let year = writer.document.date.flatMap({ Int($0.prefix(4)) }) else { return [] }
        // First every mention, then one node per number with what all mentions state.
        var mentions: [(number: Int, span: Range<Int>, title: Range<Int>?, theme: Range<Int>?, session: (term: Int, session: Int)?)] = []
        var from = 0
        while let at = UTF8Scan.find(marker, in: bytes, from: from) {
            from = at + marker.count
            // The number right before 号: ASCII digits or Chinese numerals.
            var start = at
            while start > 0, bytes[start - 1] >= 0x30, bytes[start - 1] <= 0x39 { start -= 1 }
            var number = start < at ? Int(String(decoding: bytes[start..<at], as: UTF8.self)) : nil
            if number == nil {
                var s = at
                var numeral = ""
                while s >= 3, let c = String(decoding: bytes[(s - 3)..<s], as: UTF8.self).first, ChineseNumeral.isNumeral(c), !c.isASCII {
                    numeral = String(c) + numeral
                    s -= 3
                }
                number = ChineseNumeral.value(numeral)
                start = s
            }
            guard let number else { continue }
            mentions.append((number, start..<from, titleAfter(bytes, from), themeBefore(bytes, start), sessionBefore(bytes, start)))
        }
        var found: [Found] = []
        for mention in mentions where !found.contains(where: { $0.number == mention.number }) {
            let same = mentions.filter { $0.number == mention.number }
            var properties: [String: Value] = [
                "number": .int(mention.number), "year": .int(year), "code": .string("\(mention.number)号建议案"),
            ]
            if let session = same.lazy.compactMap(\.session).first {
                properties["term"] = .int(session.term)
                properties["session"] = .int(session.session)
            }
            var name = "\(year)年\(mention.number)号建议案"
            var span = mention.span
            if let withTitle = same.first(where: { $0.title != nil }), let title = withTitle.title {
                let t = writer.string(title)
                properties["title"] = .string(t)
                properties["topic"] = .string(topic(ofTitle: t))
                name = t
                span = withTitle.span.lowerBound..<(title.upperBound + titleClose.count)
            } else if let withTheme = same.first(where: { $0.theme != nil }), let theme = withTheme.theme {
                let t = writer.string(theme)
                properties["theme"] = .string(t)
                properties["topic"] = .string(topic(ofTitle: t))
                name = t
                span = (theme.lowerBound - 3)..<withTheme.span.upperBound
            }
            let node = try writer.entity("Proposal", name, properties: properties, key: "Proposal:\(year):\(mention.number)", at: span)
            try writer.relate("RECORDS", document, node, at: span)
            found.append(Found(node: node, number: mention.number, span: span))
        }
        return found
    }

    /// `(《关于…的建议案》` within a few characters after the mention.
    static func titleAfter(_ bytes: [UInt8], _ from: Int) -> Range<Int>? {
        guard let open = UTF8Scan.find(titleOpen, in: bytes, from: from, to: min(bytes.count, from + 12)),
              let close = UTF8Scan.find(titleClose, in: bytes, from: open, to: min(bytes.count, open + 400))
        else { return nil }
        return (open + titleOpen.count)..<close
    }

    static let themeMarkers = ["”列为", "”作为", "”确定为"].map { Array($0.utf8) }
    static let openQuote = Array("“".utf8)

    /// `将“…”列为一号建议案`: the quoted theme just before the mention.
    static func themeBefore(_ bytes: [UInt8], _ start: Int) -> Range<Int>? {
        guard let marker = themeMarkers.first(where: { UTF8Scan.hasSuffix($0, in: bytes, 0..<start) }) else { return nil }
        let close = start - marker.count
        guard let open = UTF8Scan.findLast(openQuote, in: bytes, from: max(0, close - 400), to: close) else { return nil }
        return (open + openQuote.count)..<close
    }

    /// `十四届四次会议` (optionally `第十四届…第四次会议`) ending at `end`.
    static func sessionBefore(_ bytes: [UInt8], _ end: Int) -> (term: Int, session: Int)? {
        let window = String(decoding: bytes[max(0, end - 60)..<end], as: UTF8.self)
        guard window.hasSuffix("次会议") else { return nil }
        let body = window.dropLast(3)
        guard let jie = body.lastIndex(of: "届") else { return nil }
        let sessionText = body[body.index(after: jie)...].replacingOccurrences(of: "第", with: "").replacingOccurrences(of: "委员会", with: "")
        var termText = ""
        var i = jie
        while i > body.startIndex {
            let prev = body.index(before: i)
            guard ChineseNumeral.isNumeral(body[prev]) else { break }
            termText = String(body[prev]) + termText
            i = prev
        }
        guard let term = ChineseNumeral.value(termText), let session = ChineseNumeral.value(String(sessionText)) else { return nil }
        return (term, session)
    }

    /// The subject of a proposal title or meeting theme without 关于…的建议案 and
    /// punctuation, so two wordings of one theme compare equal.
    static func topic(ofTitle title: String) -> String {
        var t = title
        if t.hasPrefix("关于") { t.removeFirst(2) }
        for suffix in ["的建议案", "建议案", "的建议"] where t.hasSuffix(suffix) { t.removeLast(suffix.count); break }
        return String(t.filter { $0.isLetter || $0.isNumber })
    }
}
