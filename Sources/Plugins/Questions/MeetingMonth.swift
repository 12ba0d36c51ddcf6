import Foundation
import Graph

/// Meetings named by when they were held, as people remember them: 6月那次常委会,
/// 九月份的常委会, 2025年9月的常委会会议, the September standing committee session,
/// the January 2024 plenary. The month (and the year, when said) is looked up in
/// the meetings' own `date`; the kind of meeting said next to it narrows the
/// search. A month names a meeting only when exactly one meeting fits.
enum MeetingMonth {
    static let englishMonths: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Words between a Chinese month and the meeting it names (6月那次常委会, 9月份召开的会议).
    static let chineseLinks = ["份", "那次", "这次", "那一次", "的那次", "的", "召开的", "开的", "举行的", "那场", "的那场", "那个", "底", "初", "中旬"]
    /// The kinds of meeting, longest first, and what each says.
    static let chineseKinds: [(String, MeetingNumber.Kind)] = [
        ("常务委员会会议", .standing), ("常务委员会", .standing), ("常委会会议", .standing), ("常委会", .standing),
        ("全体会议", .session), ("全会", .session), ("大会", .session), ("会议", .any), ("会", .any),
    ]

    /// Every month in `text` said with a meeting's kind and naming exactly one meeting.
    static func spans(in text: [Character], graph: PropertyGraph) -> [QuestionEntities.Span] {
        var spans: [QuestionEntities.Span] = []
        for (range, year, month, kind) in chinese(text) + english(text) {
            guard let name = meeting(year: year, month: month, kind: kind, in: graph) else { continue }
            spans.append(.init(range: range, text: String(text[range]), entity: .node(.init(name: name, label: "Meeting"))))
        }
        return spans
    }

    /// `[2025年]9月[份][那次]常委会`: the range from the year (or month) through the kind.
    static func chinese(_ text: [Character]) -> [(Range<Int>, Int?, Int, MeetingNumber.Kind)] {
        var found: [(Range<Int>, Int?, Int, MeetingNumber.Kind)] = []
        for index in text.indices where text[index] == "月" {
            var start = index
            while start > 0, ChineseNumeral.isNumeral(text[start - 1]) { start -= 1 }
            guard start < index, let month = ChineseNumeral.value(String(text[start..<index])), (1...12).contains(month) else { continue }
            // A year just before: 2025年9月.
            var year: Int?
            if start >= 5, text[start - 1] == "年", let value = Int(String(text[(start - 5)..<(start - 1)])), (1949...2100).contains(value) {
                year = value
                start -= 5
            }
            var end = index + 1
            // Links may chain (份 + 那次); each at most once.
            var linked = true
            while linked {
                linked = false
                for link in chineseLinks.sorted(by: { $0.count > $1.count }) where Self.has(link, in: text, at: end) {
                    end += link.count
                    linked = true
                    break
                }
            }
            guard let (word, kind) = chineseKinds.first(where: { Self.has($0.0, in: text, at: end) }) else { continue }
            found.append((start..<(end + word.count), year, month, kind))
        }
        return found
    }

    /// `September [2025] [standing committee] (meeting|session|plenary|sitting)`.
    static func english(_ text: [Character]) -> [(Range<Int>, Int?, Int, MeetingNumber.Kind)] {
        let words = IntentWords.tokens(text)
        var found: [(Range<Int>, Int?, Int, MeetingNumber.Kind)] = []
        for (position, word) in words.enumerated() {
            guard let month = englishMonths[word.text] else { continue }
            var next = position + 1
            var year: Int?
            if next < words.count, let value = Int(words[next].text), (1949...2100).contains(value) {
                year = value
                next += 1
            }
            var kind = MeetingNumber.Kind.any
            while next < words.count, ["standing", "committee", "cppcc", "the"].contains(words[next].text) {
                if words[next].text == "standing" { kind = .standing }
                next += 1
            }
            guard next < words.count else { continue }
            switch words[next].text {
            case "meeting", "meetings", "sitting", "session", "sessions": break
            case "plenary": kind = .session
            default: continue
            }
            found.append((word.range.lowerBound..<words[next].range.upperBound, year, month, kind))
        }
        return found
    }

    static func has(_ word: String, in text: [Character], at index: Int) -> Bool {
        let characters = Array(word)
        return index + characters.count <= text.count && Array(text[index..<(index + characters.count)]) == characters
    }

    /// The one meeting held in that month (of that year, when given) of that kind; nil when none or several.
    static func meeting(year: Int?, month: Int, kind: MeetingNumber.Kind, in graph: PropertyGraph) -> String? {
        let monthText = String(format: "-%02d-", month)
        let held = graph.nodes(withLabel: "Meeting").map { graph.node($0) }.filter { node in
            guard let date = node.properties["date"]?.textOrISOText, date.count >= 8 else { return false }
            let prefix = String(date.prefix(8))
            return prefix.hasSuffix(monthText) && (year.map { prefix.hasPrefix(String($0)) } ?? true)
        }
        let fitting: [Node]
        switch kind {
        case .standing: fitting = held.filter { $0.properties["kind"] == "常务委员会会议" }
        case .session: fitting = held.filter { $0.properties["session"] != nil }
        case .any: fitting = held
        }
        let names = Set(fitting.compactMap(\.name))
        return names.count == 1 ? names.first : nil
    }
}
