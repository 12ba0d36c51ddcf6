import Foundation
import Graph

/// Extracts speeches, speakers and their roles, meetings, questioners and
/// responding agencies from CPPCC meeting reports and speech digests.
///
/// Two layouts of speaker are read, whatever the document's declared kind:
/// - a speaker line under a heading, `ROLES NAME` or `NAME ROLES`
///   (`市政协副主席,九三学社武汉市委员会主委 梁鸣`, `梁鸣 市政协副主席,九三学社市委主委`);
/// - a running sentence listing speakers, one clause each
///   (`…民盟市委委员、华中科技大学同济医学院副院长舒晓刚围绕强化…;`), the
///   name found after the last role word.
/// A clause repeated word for word in one document is read once.
struct SpeechExtractor: Extractor, GraphFinisher {
    var id: String { "proceedings-speeches" }

    struct Draft {
        var name: String
        var nameRange: Range<Int>
        var roles: String
        var rolesRange: Range<Int>
        var title: String
        var titleRange: Range<Int>?
        var kind: String
        var body: [Range<Int>] = []
        /// The roles read already (speaker lines are parsed to be recognised).
        var claims: [SpeakerRoles.Claim]? = nil
    }

    func extract(from document: SourceDocument, context: ExtractionContext, into graph: inout PropertyGraph) throws {
        let index = LexiconIndex.shared(for: context)
        let prepared = PreparedDocument.shared(for: document, index: index)
        let text = prepared.text
        guard UTF8Scan.find(Array("政协".utf8), in: text.bytes, from: 0) != nil else { return }
        let roles = SpeakerRoles.of(prepared, index: index)
        let lines = prepared.lines
        var drafts = Self.speakerLines(text, lines: lines, roles: roles)
        var lastSpeakerLine = -1
        if drafts.isEmpty {
            (drafts, lastSpeakerLine) = Self.speakerSentences(text, lines: lines, roles: roles)
            Self.assignSummaries(text, lines: lines, after: lastSpeakerLine, to: &drafts)
        }
        let questions = Self.questions(text, lines: lines, roles: roles)
        let reportsMeeting = !drafts.isEmpty || questions != nil
        try FactWriter.write(document, text, city: prepared.city, into: &graph) { writer in
            let documentNode = try writer.documentNode()
            let meeting = reportsMeeting || UTF8Scan.find(Array("会议".utf8), in: text.bytes, from: 0) != nil
                ? try MeetingMentions.record(in: &writer, document: documentNode) : nil
            if let meeting {
                for proposal in try ProposalMentions.record(in: &writer, document: documentNode) {
                    try writer.relate("DISCUSSED", meeting.node, proposal.node, at: proposal.span)
                }
            }
            let date: Value = writer.document.date.map(Value.calendarDate) ?? .null
            let theme = meeting.flatMap { writer.graph.node($0.node).properties["theme"]?.stringValue }
            for (ordinal, var draft) in drafts.enumerated() {
                // A keynote (主题发言) with no title of its own speaks to the meeting's theme.
                if draft.title.isEmpty, let theme { draft.title = theme }
                try Self.write(draft, ordinal: ordinal, meeting: meeting?.node, date: date, roles: roles, index: index, prepared: prepared, writer: &writer)
            }
            if let questions, let meeting {
                for (name, range) in questions.askers {
                    let person = try writer.person(name, place: prepared.city ?? prepared.province, at: range)
                    try writer.relate("ASKED_AT", person, meeting.node, properties: ["date": date], at: range)
                }
                for (name, range) in questions.responders {
                    let agency = try WorkPlanExtractor.agency(named: name, at: range, index: index, writer: &writer)
                    try writer.relate("RESPONDED_AT", agency, meeting.node, properties: ["date": date], at: range)
                }
            }
        }
    }

    /// Links meetings to the proposals whose theme they discussed (the work plan
    /// of proposal 2 and the meeting on its theme come from different documents).
    func finish(_ graph: inout PropertyGraph, context: ExtractionContext) throws {
        var proposalsByTopic: [String: NodeID] = [:]
        for id in graph.nodes(withLabel: "Proposal") {
            if let topic = graph.node(id).properties["topic"]?.stringValue, proposalsByTopic[topic] == nil {
                proposalsByTopic[topic] = id
            }
        }
        for id in graph.nodes(withLabel: "Meeting") {
            let meeting = graph.node(id)
            guard let topic = meeting.properties["topic"]?.stringValue, let proposal = proposalsByTopic[topic] else { continue }
            // Stated in the meeting's own document already: nothing to infer.
            if graph.outgoing(id).contains(where: { graph.relationship($0).type == "DISCUSSED" && graph.relationship($0).end == proposal }) {
                continue
            }
            let source = meeting.sources.first { $0.quote.hasPrefix("围绕") } ?? meeting.sources.first
            // No document says so: the meeting's theme and the proposal's title name one topic.
            try graph.mergeRelationship(
                type: "DISCUSSED", from: id, to: proposal,
                properties: ["inferred": true, "reason": .string("the meeting's theme and the proposal's title name the same topic: \(topic)")],
                source: source)
        }
    }

    // MARK: Writing

    static func write(
        _ draft: Draft, ordinal: Int, meeting: NodeID?, date: Value, roles: SpeakerRoles, index: LexiconIndex,
        prepared: PreparedDocument, writer: inout FactWriter
    ) throws {
        let place = PersonPlace.of(roles: [draft.roles], city: prepared.city, province: prepared.province)
        let person = try writer.person(draft.name, place: place, at: draft.nameRange)
        var properties: [String: Value] = [
            "title": .string(draft.title), "kind": .string(draft.kind), "speaker": .string(draft.name),
            "document": .string(writer.document.id), "ordinal": .int(ordinal + 1), "date": date,
        ]
        if draft.title.isEmpty { properties["title"] = nil }
        let speech = try writer.entity(
            "Speech", draft.title.isEmpty ? "\(draft.name)\(draft.kind)" : draft.title, properties: properties,
            key: "Speech:\(writer.document.id):\(draft.name):\(draft.title)", at: draft.titleRange ?? draft.rolesRange)
        try writer.relate("GAVE", person, speech, properties: ["date": date], at: draft.nameRange)
        if let meeting { try writer.relate("AT", speech, meeting, at: draft.rolesRange) }
        try roles.write(draft.claims ?? roles.claims(draft.roles), for: person, date: date, at: draft.rolesRange, writer: &writer)
        try PersonRoles.add(draft.roles, to: person, writer: &writer)
        for range in (draft.titleRange.map { [$0] } ?? []) + draft.body {
            for hit in prepared.hits(in: range) {
                let entry = index.entries[hit.entry]
                switch entry.label {
                case "Industry":
                    try writer.relate("ABOUT", speech, writer.entity(index, hit.entry, at: hit.range), at: hit.range)
                case "District", "Agency", "Organization":
                    let surface = writer.surface(hit, of: entry)
                    try writer.relate("MENTIONS", speech, writer.entity(index, hit.entry, surface: surface, at: hit.range), at: hit.range)
                default:
                    break
                }
            }
        }
    }

    // MARK: Speaker lines

    static func isHeading(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        UTF8Scan.find(Segmenter.fullStop, in: bytes, from: line.lowerBound, to: line.upperBound) == nil
            && UTF8Scan.scalarCount(bytes, line) <= 40
    }

    /// `ROLES NAME` or `NAME ROLES` lines, each with the heading above it and the paragraphs below it.
    /// Two to four Han characters spelled as a personal name (`PersonWords.spells`): a line's
    /// last token is no speaker when it is 字号 or 社会实践.
    static func isPersonName(_ s: String) -> Bool {
        SpeakerRoles.isName(s) && ((try? PersonWords.builtIn())?.spells(s) ?? true)
    }

    static func speakerLines(_ text: NormalizedText, lines: [Range<Int>], roles: SpeakerRoles) -> [Draft] {
        let bytes = text.bytes
        var found: [(line: Int, draft: Draft)] = []
        for (i, line) in lines.enumerated() where line.count <= 400 && bytes[line.lowerBound] != 0x23 {
            if let draft = honorificLine(text, line, roles: roles) {
                found.append((i, draft))
                continue
            }
            guard UTF8Scan.find([0x20], in: bytes, from: line.lowerBound, to: line.upperBound) != nil
                    || bytes[line.upperBound - 1] == 0x29,
                  UTF8Scan.find(Segmenter.fullStop, in: bytes, from: line.lowerBound, to: line.upperBound) == nil
            else { continue }
            var name: Range<Int>
            var rest: Range<Int>
            if let (n, r) = parenthesized(bytes, line, text) {
                // 张三(市政协委员、民盟市委委员) or 发言人:张三(…)
                name = n; rest = r
                let rolesText = text.string(rest)
                let claims = roles.claims(rolesText)
                guard claims.contains(where: { if case .other = $0 { return false } else { return true } }) else { continue }
                found.append((i, Draft(name: text.string(name), nameRange: name, roles: rolesText, rolesRange: line,
                                       title: "", titleRange: nil, kind: "", claims: claims)))
                continue
            }
            let tokens = Segmenter.listItems(bytes, in: line, separators: [" "])
            guard tokens.count >= 2 else { continue }
            if isPersonName(text.string(tokens[0])) {
                // 丁明亮 王彬 王雅琳(女) 尤国庆: a line of names is a roster, not a name and its roles.
                guard tokens.dropFirst().filter({ SpeakerRoles.isName(text.string($0)) }).count < 2 else { continue }
                name = tokens[0]; rest = tokens[1].lowerBound..<line.upperBound
            } else if let last = tokens.last, isPersonName(text.string(last)) {
                name = last; rest = line.lowerBound..<tokens[tokens.count - 2].upperBound
            } else { continue }
            let rolesText = text.string(rest)
            let claims = roles.claims(rolesText)
            guard claims.contains(where: { if case .other = $0 { return false } else { return true } }),
                  rolesText.containsText("政协") || rolesText.containsText("人大") || claims.contains(where: { if case .member = $0 { return true } else { return false } })
            else { continue }
            found.append((i, Draft(name: text.string(name), nameRange: name, roles: rolesText, rolesRange: line,
                                   title: "", titleRange: nil, kind: "", claims: claims)))
        }
        guard !found.isEmpty else { return [] }
        let kind = UTF8Scan.find(Array("大会发言".utf8), in: bytes, from: 0) != nil ? "大会发言"
            : (UTF8Scan.find(Array("专题发言".utf8), in: bytes, from: 0) != nil ? "专题发言" : "发言")
        var drafts: [Draft] = []
        var titleStarts: [Int] = []
        var bodyStarts: [Int] = []
        for (n, item) in found.enumerated() {
            var draft = item.draft
            draft.kind = kind
            // Not above the previous speaker's line, nor its title below it.
            let floor = n == 0 ? -1 : bodyStarts[n - 1] - 1
            var titleLines: [Range<Int>] = []
            var j = item.line - 1
            if !draft.title.isEmpty {
                // The title is on the speaker line itself (王海峰委员(…):TITLE).
            } else if j > floor, bytes[lines[j].lowerBound] == 0x23 {
                titleLines = [lines[j]]
            } else {
                while j > floor, titleLines.count < 2, isHeading(bytes, lines[j]), bytes[lines[j].lowerBound] != 0x23 {
                    titleLines.insert(lines[j], at: 0)
                    j -= 1
                }
            }
            titleStarts.append(item.line - titleLines.count)
            bodyStarts.append(item.line + 1)
            let limit = n + 1 < found.count ? found[n + 1].line : lines.count
            if titleLines.isEmpty, draft.title.isEmpty, item.line + 2 < limit, isHeading(bytes, lines[item.line + 1]) {
                // The title under the speaker line (speaker, title, then the speech).
                titleLines = [lines[item.line + 1]]
                bodyStarts[n] = item.line + 2
            }
            if let first = titleLines.first, let last = titleLines.last {
                var start = first.lowerBound
                while start < first.upperBound, bytes[start] == 0x23 || bytes[start] == 0x20 { start += 1 }
                // A numbered heading (一、 …) keeps its words, not its number.
                if let marker = OutlineMarker.parse(bytes, at: start, end: first.upperBound) { start = marker.contentStart }
                var parts = titleLines.map { text.string($0) }
                parts[0] = text.string(start..<first.upperBound)
                draft.title = parts.joined(separator: " ")
                draft.titleRange = start..<last.upperBound
            }
            drafts.append(draft)
        }
        for n in drafts.indices {
            let from = bodyStarts[n]
            let to = n + 1 < found.count ? titleStarts[n + 1] : lines.count
            if from < to { drafts[n].body = Array(lines[from..<to]) }
        }
        return drafts
    }

    static let dash = Array("—".utf8)
    static let honorificWords = ["委员", "常委"].map { Array($0.utf8) }
    static let onBehalf = Array("代表".utf8)

    /// `王海峰委员(民进杭州市委会):TITLE` and `陈丽华委员代表致公党杭州市委会发言:TITLE`:
    /// the name, 委员 or 常委, the roles in brackets or the body spoken for,
    /// then the speech's title after the colon (`王海峰(ROLES):TITLE` too, when
    /// the roles name a party, a seat or a job). The honorific is a seat on the
    /// CPPCC of the document's city, when that city is known.
    static func honorificLine(_ text: NormalizedText, _ line: Range<Int>, roles: SpeakerRoles) -> Draft? {
        let bytes = text.bytes
        // Cheap test first (this runs on every line): 委员, 常委 or ( after two to four characters.
        var lead = line.lowerBound
        while lead < line.upperBound, bytes[lead] == 0x20 { lead += 1 }
        guard [6, 9, 12].contains(where: { offset in
            let at = lead + offset
            return at < line.upperBound && (bytes[at] == 0x28 || honorificWords.contains { UTF8Scan.hasPrefix($0, in: bytes, at: at) })
        }) else { return nil }
        guard let colon = UTF8Scan.find([0x3A], in: bytes, from: line.lowerBound, to: line.upperBound),
              colon - line.lowerBound <= 120,
              UTF8Scan.find(Segmenter.fullStop, in: bytes, from: line.lowerBound, to: colon) == nil else { return nil }
        let title = UTF8Scan.trim(bytes, (colon + 1)..<line.upperBound)
        guard !title.isEmpty, UTF8Scan.scalarCount(bytes, title) <= 60 else { return nil }
        var start = line.lowerBound
        while start < colon, bytes[start] == 0x20 { start += 1 }
        // The name is two to four characters followed by the honorific.
        var name: Range<Int>?
        var honorific = 0..<0
        for count in 2...4 {
            let end = start + 3 * count
            guard end + 6 <= colon else { break }
            if let word = honorificWords.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: end) }),
               isPersonName(text.string(start..<end)) {
                name = start..<end
                honorific = end..<(end + word.count)
                break
            }
        }
        if name == nil, let open = UTF8Scan.find([0x28], in: bytes, from: start, to: colon),
           open - start <= 12, isPersonName(text.string(start..<open)) {
            // 王海峰(民进南京市委会副主委):TITLE — no honorific; the roles must say who the speaker is.
            name = start..<open
            honorific = open..<open
        }
        guard let name else { return nil }
        var rolesRange = UTF8Scan.trim(bytes, honorific.upperBound..<colon)
        if rolesRange.isEmpty {
            // 张三委员:TITLE
        } else if bytes[rolesRange.lowerBound] == 0x28, bytes[rolesRange.upperBound - 1] == 0x29 {
            rolesRange = (rolesRange.lowerBound + 1)..<(rolesRange.upperBound - 1)
        } else if UTF8Scan.hasPrefix(onBehalf, in: bytes, at: rolesRange.lowerBound),
                  UTF8Scan.hasSuffix(speechWord, in: bytes, rolesRange) {
            rolesRange = (rolesRange.lowerBound + onBehalf.count)..<(rolesRange.upperBound - speechWord.count)
        } else {
            return nil
        }
        var rolesText = text.string(rolesRange)
        if honorific.isEmpty {
            let claims = roles.claims(rolesText)
            guard claims.contains(where: { if case .other = $0 { return false } else { return true } }) else { return nil }
            return Draft(name: text.string(name), nameRange: name, roles: rolesText, rolesRange: line,
                         title: text.string(title), titleRange: title, kind: "", claims: claims)
        }
        if roles.city != nil {
            let seat = "市政协" + text.string(honorific)
            rolesText = rolesText.isEmpty ? seat : seat + "、" + rolesText
        }
        return Draft(name: text.string(name), nameRange: name, roles: rolesText, rolesRange: line,
                     title: text.string(title), titleRange: title, kind: "", claims: roles.claims(rolesText))
    }

    /// `NAME(ROLES)` filling the line, after optional dashes or a `发言人:` label.
    static func parenthesized(_ bytes: [UInt8], _ line: Range<Int>, _ text: NormalizedText) -> (Range<Int>, Range<Int>)? {
        guard bytes[line.upperBound - 1] == 0x29,
              let open = UTF8Scan.find([0x28], in: bytes, from: line.lowerBound, to: line.upperBound) else { return nil }
        var start = line.lowerBound
        while UTF8Scan.hasPrefix(dash, in: bytes, at: start) || bytes[start] == 0x2D || bytes[start] == 0x20 {
            start += bytes[start] == 0x2D || bytes[start] == 0x20 ? 1 : dash.count
        }
        if let colon = UTF8Scan.find([0x3A], in: bytes, from: start, to: open) { start = colon + 1 }
        let name = UTF8Scan.trim(bytes, start..<open)
        guard isPersonName(text.string(name)) else { return nil }
        return (name, (open + 1)..<(line.upperBound - 1))
    }

    // MARK: Speaker sentences

    static let speechWord = Array("发言".utf8)
    static let aroundWord = Array("围绕".utf8)
    static let titledWord = Array("作《".utf8)
    static let keynoteWord = Array("主题发言".utf8)
    static let speechVerbs = ["围绕", "作《", "作主题发言", "作专题发言", "作大会发言", "作发言"]
    static let titleEnds = ["等主题", "等作专题发言", "作专题发言", "等作", ",分别代表", "分别代表", "作发言"]

    /// Clauses such as `市政协常委、民进市委专职副主委黄芬围绕拓展创新应用新场景…`.
    static func speakerSentences(_ text: NormalizedText, lines: [Range<Int>], roles: SpeakerRoles) -> ([Draft], Int) {
        let bytes = text.bytes
        var drafts: [Draft] = []
        // Clauses seen, by their bytes: hashing a Chinese `String` normalizes it first.
        var seen: Set<[UInt8]> = []
        var lastLine = -1
        for (i, line) in lines.enumerated() {
            func has(_ word: [UInt8]) -> Bool { UTF8Scan.find(word, in: bytes, from: line.lowerBound, to: line.upperBound) != nil }
            guard has(Self.speechWord), has(Self.aroundWord) || has(Self.titledWord) || has(Self.keynoteWord) else { continue }
            let lineText = text.string(line)
            let kind = lineText.containsText("界别发言") ? "界别发言" : (lineText.containsText("专题发言") ? "专题发言" : (lineText.containsText("大会发言") ? "大会发言" : "发言"))
            for clause in Segmenter.sentences(bytes, in: line, clauses: true) {
                var clauseText = text.string(clause)
                guard !clauseText.containsText("现场提问"), seen.insert(Array(bytes[clause])).inserted else { continue }
                var start = clause.lowerBound
                for lead in ["会上,", "会议上,", "会上", "此外,", "随后,"] where clauseText.hasUTF8Prefix(lead) {
                    start += lead.utf8.count
                    clauseText.removeFirst(lead.count)
                    break
                }
                guard let verb = speechVerbs.compactMap({ v in clauseText.utf8Range(of: v).map { (v, $0) } }).min(by: { $0.1.lowerBound < $1.1.lowerBound })
                else { continue }
                var speakerText = String(clauseText[..<verb.1.lowerBound])
                // 市政协委员岳清泉等围绕…: 等 closes the list of speakers, it is no part of a name.
                if speakerText.hasUTF8Suffix("等") { speakerText.removeLast() }
                // 各位委员围绕…, 4名委员分别围绕…: 各位 and 分别 are no speakers.
                guard let (rolesText, name) = roles.trailingName(speakerText), isPersonName(name) else { continue }
                let speakerEnd = start + speakerText.utf8.count
                // `陈潜委员围绕…`: a name read before its honorific ends where the honorific begins.
                let nameEnd = speakerText.hasUTF8Suffix(name) ? speakerEnd : speakerEnd - rolesText.utf8.count
                let nameRange = (nameEnd - name.utf8.count)..<nameEnd
                var title = ""
                var titleRange: Range<Int>?
                var speechKind = kind
                let after = clauseText[verb.1.upperBound...]
                if verb.0 == "作《", let close = after.utf8Range(of: "》") {
                    title = String(after[..<close.lowerBound])
                    if after[close.upperBound...].containsText("主题发言") { speechKind = "主题发言" }
                } else if verb.0 == "围绕" {
                    var t = Substring(after)
                    if let cut = titleEnds.compactMap({ t.utf8Range(of: $0)?.lowerBound }).min() { t = t[..<cut] }
                    while let last = t.last, "。;,".contains(last) { t = t.dropLast() }
                    title = String(t)
                } else if verb.0 == "作主题发言" {
                    speechKind = "主题发言"
                }
                if clauseText.containsText("主题发言") { speechKind = "主题发言" }
                if !title.isEmpty, let r = clauseText.utf8Range(of: title) {
                    let lo = start + clauseText.utf8.distance(from: clauseText.startIndex, to: r.lowerBound.samePosition(in: clauseText.utf8)!)
                    titleRange = lo..<(lo + title.utf8.count)
                }
                drafts.append(Draft(name: name, nameRange: nameRange, roles: rolesText, rolesRange: start..<speakerEnd,
                                    title: title, titleRange: titleRange, kind: speechKind))
                lastLine = i
            }
        }
        return (drafts, lastLine)
    }

    /// Per-speaker summaries after the speaker list: a heading, context
    /// paragraphs, then paragraphs that name the speaker (`戴先琼建议,…`).
    static func assignSummaries(_ text: NormalizedText, lines: [Range<Int>], after: Int, to drafts: inout [Draft]) {
        guard after >= 0, !drafts.isEmpty else { return }
        let bytes = text.bytes
        let names = drafts.map { Array($0.name.utf8) }
        var pending: [Range<Int>] = []
        var current: Int?
        for line in lines[(after + 1)...] {
            if isHeading(bytes, line) { pending = [line]; current = nil; continue }
            var best: (position: Int, draft: Int)?
            for (d, name) in names.enumerated() {
                if let at = UTF8Scan.find(name, in: bytes, from: line.lowerBound, to: min(line.upperBound, line.lowerBound + 240)),
                   best == nil || at < best!.position {
                    best = (at, d)
                }
            }
            if let best {
                drafts[best.draft].body += pending + [line]
                pending = []
                current = best.draft
            } else if !pending.isEmpty {
                pending.append(line)
            } else if let current {
                drafts[current].body.append(line)
            }
        }
    }

    // MARK: Questions

    struct Questions: Equatable {
        var askers: [(String, Range<Int>)]
        var responders: [(String, Range<Int>)]
        static func == (a: Questions, b: Questions) -> Bool { a.askers.map(\.0) == b.askers.map(\.0) && a.responders.map(\.0) == b.responders.map(\.0) }
    }

    static let asked = Array("现场提问".utf8)
    static let responded = ["作出回应", "作回应", "进行回应", "回应"].map { Array($0.utf8) }

    /// Where `3位` / `三位` / `两名` starts in `s` (a numeral run followed by 位 or 名).
    static func countStart(in s: String) -> String.Index? {
        var i = s.startIndex
        while i < s.endIndex {
            var j = i
            while j < s.endIndex, s[j].isNumber || "一二三四五六七八九十两".contains(s[j]) { j = s.index(after: j) }
            if j > i, j < s.endIndex, s[j] == "位" || s[j] == "名" { return i }
            i = j > i ? j : s.index(after: i)
        }
        return nil
    }

    /// `郝立群、杨新、刘萌3位市政协常委、委员现场提问,市经信局、市科创局、市委金融办作出回应。`
    static func questions(_ text: NormalizedText, lines: [Range<Int>], roles: SpeakerRoles) -> Questions? {
        let bytes = text.bytes
        guard let at = UTF8Scan.find(asked, in: bytes, from: 0) else { return nil }
        let sentence = Segmenter.sentences(bytes).first { $0.contains(at) } ?? (at..<at)
        // Askers: the names before `N位…` (or before the roles) ahead of 现场提问.
        var askers: [(String, Range<Int>)] = []
        // The names are listed with 、 after the last comma (会上,委员周敏、吴刚现场提问).
        let listStart = UTF8Scan.findLast([0x2C], in: bytes, from: sentence.lowerBound, to: at).map { $0 + 1 } ?? sentence.lowerBound
        for item in Segmenter.listItems(bytes, in: listStart..<at, separators: ["、"]) {
            var s = text.string(item)
            var end = item.upperBound
            // 刘萌3位市政协常委 → 刘萌
            var counted = false
            if let cut = Self.countStart(in: s) {
                end = item.lowerBound + s[..<cut].utf8.count
                s = String(s[..<cut])
                counted = true
            }
            // 委员张三: a role word before the name.
            if let split = roles.trailingName(s), split.name != s {
                s = split.name
            }
            if isPersonName(s), !["委员", "常委", "代表", "委员们", "常委们"].contains(s) {
                askers.append((s, (end - s.utf8.count)..<end))
            }
            // What follows the count (3位市政协常委、委员) are roles, not names.
            if counted { break }
        }
        var responders: [(String, Range<Int>)] = []
        let tail = (at + asked.count)..<sentence.upperBound
        if let verb = responded.compactMap({ UTF8Scan.find($0, in: bytes, from: tail.lowerBound, to: tail.upperBound) }).min() {
            for item in Segmenter.listItems(bytes, in: tail.lowerBound..<verb, separators: ["、", ","]) {
                let s = text.string(item)
                if !s.isEmpty, s.count <= 20 { responders.append((s, item)) }
            }
        }
        return askers.isEmpty && responders.isEmpty ? nil : Questions(askers: askers, responders: responders)
    }
}
