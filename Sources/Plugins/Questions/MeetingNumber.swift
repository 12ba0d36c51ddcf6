import Foundation
import Graph

/// Meetings named by number, as people do: 第22次常委会, 第二十二次会议,
/// 22nd meeting, meeting 22, meeting no. 22, the twenty-second meeting, session 3,
/// 五次会议, 22次常委会. The number is
/// looked up in the meetings' own `number` (a standing-committee meeting, a
/// plenary sitting) and `session` properties, which extraction reads from the
/// official names; nothing depends on how a name is spelled.
enum MeetingNumber {
    /// What the words around the number say the meeting is.
    enum Kind {
        case standing, session, any
    }

    static let standingWords = ["常务委员会会议", "常务委员会", "常委会会议", "常委会", "会议"]
    static let sessionWords = ["全体会议", "全会", "大会"]

    /// Every meeting number in `text` that names exactly one meeting node.
    static func spans(in text: [Character], vocabulary: EntityVocabulary) -> [QuestionEntities.Span] {
        guard let graph = vocabulary.graph else { return [] }
        var spans: [QuestionEntities.Span] = []
        for (range, number, kind) in chineseNumbers(text) + englishNumbers(text) {
            guard let name = meeting(number, kind: kind, in: graph) else { continue }
            spans.append(.init(range: range, text: String(text[range]), entity: .node(.init(name: name, label: "Meeting"))))
        }
        return spans
    }

    /// `第N次` followed by what kind of meeting it is, if said.
    static func chineseNumbers(_ text: [Character]) -> [(Range<Int>, Int, Kind)] {
        var found: [(Range<Int>, Int, Kind)] = []
        var index = 0
        while index < text.count {
            // 第22次…, or 22次常委会 without 第 (then only before a meeting's kind: 3次会议 is a count).
            let marked = text[index] == "第"
            guard marked || (ChineseNumeral.isNumeral(text[index])
                && (index == 0 || (!ChineseNumeral.isNumeral(text[index - 1]) && text[index - 1] != "第")))
            else { index += 1; continue }
            let numberStart = marked ? index + 1 : index
            var end = numberStart
            while end < text.count, ChineseNumeral.isNumeral(text[end]) { end += 1 }
            guard end > numberStart, end < text.count, text[end] == "次",
                let number = ChineseNumeral.value(String(text[numberStart..<end]))
            else { index += 1; continue }
            end += 1
            var kind = Kind.any
            let rest = String(text[end...])
            if let word = sessionWords.first(where: rest.hasPrefix) {
                kind = .session
                end += word.count
            } else if rest.hasPrefix("会议"), index > 0, text[index - 1] == "届" {
                // 十四届五次会议, 十四届第五次会议: a term's Nth meeting is its plenary session.
                kind = .session
                end += 2
            } else if let word = standingWords.first(where: rest.hasPrefix), marked || word != "会议" {
                kind = word == "会议" ? .any : .standing
                end += word.count
            } else if !marked {
                index = end
                continue
            }
            // 十四届常委会第二十二次会议: the term and body said before the number count as part of the name.
            var start = index
            for prefix in ["常务委员会", "常委会"] where start >= prefix.count && String(text[(start - prefix.count)..<start]) == prefix {
                start -= prefix.count
                kind = .standing
                break
            }
            found.append((start..<end, number, kind))
            index = end
        }
        return found
    }

    /// `meeting 22`, `meeting no 22`, `22nd meeting`, `22nd standing committee meeting`, `session 3`.
    static func englishNumbers(_ text: [Character]) -> [(Range<Int>, Int, Kind)] {
        var words: [(text: String, range: Range<Int>)] = []
        var index = 0
        while index < text.count {
            guard text[index].isASCII, text[index].isLetter || text[index].isNumber || text[index] == "#" else { index += 1; continue }
            let start = index
            while index < text.count, text[index].isASCII, text[index].isLetter || text[index].isNumber || text[index] == "#" { index += 1 }
            words.append((String(text[start..<index]), start..<index))
        }
        func kind(_ word: String) -> Kind? {
            switch word {
            case "meeting", "meetings": return .standing
            case "session", "sessions", "plenary": return .session
            default: return nil
            }
        }
        func ordinal(_ word: String) -> Int? {
            let digits = word.prefix { $0.isNumber }
            let suffix = word.dropFirst(digits.count)
            guard !digits.isEmpty, ["", "st", "nd", "rd", "th"].contains(String(suffix)) else { return nil }
            return Int(digits)
        }
        var found: [(Range<Int>, Int, Kind)] = []
        for (position, word) in words.enumerated() {
            guard var kind = kind(word.text) else { continue }
            // "standing committee" before the word makes it a standing-committee meeting, whichever
            // side its number is on (standing committee session 22, 22nd standing committee session).
            var previous = position - 1
            while previous >= 0, ["standing", "committee", "cppcc"].contains(words[previous].text) { previous -= 1 }
            if previous < position - 1, words[previous + 1..<position].contains(where: { $0.text == "standing" }) { kind = .standing }
            // After the word: meeting 22, meeting no 22, meeting #22, meeting twenty-two.
            var next = position + 1
            if next < words.count, ["no", "number", "#"].contains(words[next].text) { next += 1 }
            if next < words.count, let number = ordinal(words[next].text.hasPrefix("#") ? String(words[next].text.dropFirst()) : words[next].text) {
                found.append((word.range.lowerBound..<words[next].range.upperBound, number, kind))
                continue
            }
            if let (number, count) = spelled(words.map(\.text), from: next) {
                found.append((word.range.lowerBound..<words[next + count - 1].range.upperBound, number, kind))
                continue
            }
            // Before it: 22nd meeting, 22nd standing committee meeting (or session: still a standing-committee one),
            // the twenty-second meeting.
            if previous >= 0, previous < position, let number = ordinal(words[previous].text) {
                found.append((words[previous].range.lowerBound..<word.range.upperBound, number, kind))
                continue
            }
            for count in [2, 1] where previous - count + 1 >= 0 {
                let start = previous - count + 1
                // Before the word only an ordinal (the twenty-second meeting): "one meeting" is a count.
                if let (number, used) = spelled(words.map(\.text), from: start), used == count,
                    unitOrdinals.contains(words[previous].text) || teenOrdinals.contains(words[previous].text)
                        || tenOrdinals.contains(words[previous].text)
                {
                    found.append((words[start].range.lowerBound..<word.range.upperBound, number, kind))
                    break
                }
            }
        }
        return found
    }

    /// The English words that name meetings and their numbers, for reading typos of them.
    static var words: [String] {
        ["meeting", "session", "plenary", "standing", "committee", "sitting"] + units + unitOrdinals + teens + teenOrdinals + tens + tenOrdinals
    }

    static let units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    static let unitOrdinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
    static let teens = [
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    static let teenOrdinals = [
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth",
    ]
    static let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    static let tenOrdinals = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"]

    /// A number below 100 spelled in English words from `start` (twenty-second, twenty two, fifth,
    /// eleven): its value and how many words it took; nil when none starts there.
    static func spelled(_ words: [String], from start: Int) -> (Int, Int)? {
        guard start >= 0, start < words.count else { return nil }
        func small(_ word: String) -> Int? {
            if let i = units.firstIndex(of: word) ?? unitOrdinals.firstIndex(of: word) { return i + 1 }
            if let i = teens.firstIndex(of: word) ?? teenOrdinals.firstIndex(of: word) { return i + 10 }
            return nil
        }
        if let i = tens.firstIndex(of: words[start]) {
            let value = (i + 2) * 10
            if start + 1 < words.count, let unit = small(words[start + 1]), unit < 10 { return (value + unit, 2) }
            return (value, 1)
        }
        if let i = tenOrdinals.firstIndex(of: words[start]) { return ((i + 2) * 10, 1) }
        if let value = small(words[start]) { return (value, 1) }
        return nil
    }

    /// The one meeting with `number`: a standing-committee meeting by its
    /// number, else a session by its session number. Nil when none or several
    /// fit (two cities' 22nd meetings): a question is not answered by a guess.
    static func meeting(_ number: Int, kind: Kind, in graph: PropertyGraph) -> String? {
        let meetings = graph.nodes(withLabel: "Meeting").map { graph.node($0) }
        func unique(_ nodes: [Node]) -> String? {
            let names = Set(nodes.compactMap(\.name))
            return names.count == 1 ? names.first : nil
        }
        let standing = meetings.filter { $0.properties["kind"] == "常务委员会会议" && $0.properties["number"] == .int(number) }
        let sessions = meetings.filter { $0.properties["session"] == .int(number) }
        switch kind {
        case .standing: return unique(standing) ?? (standing.isEmpty ? unique(sessions) : nil)
        case .session: return unique(sessions)
        case .any: return standing.isEmpty ? unique(sessions) : unique(standing)
        }
    }
}
