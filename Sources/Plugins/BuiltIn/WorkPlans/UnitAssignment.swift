import Foundation

/// The units a task names: `(牵头单位:A;责任单位:B、C)`, with the variants other
/// plans use (牵头部门, 主责单位, 配合单位, 参与单位, 协办单位) and the short form
/// `(A、B负责)` (responsible units, the first leading when the plan says so).
struct UnitAssignment {
    /// A unit leads the task, answers for it, or only supplies its figures (`数据提供单位`: no part of the work).
    enum Kind { case lead, responsible, dataProvider }

    /// Appends each of `more` whose name `units` does not hold yet (a unit named twice for one task is one).
    static func appendNew(_ more: [Unit], to units: inout [Unit]) {
        for unit in more where !units.contains(where: { $0.name == unit.name }) { units.append(unit) }
    }

    struct Unit {
        var name: String
        var range: Range<Int>
        var kind: Kind
        /// The label the document used (牵头单位, 责任单位, 配合单位 …).
        var role: String
        /// Given one part of the task only (`…,政府采购评审专家管理由区财政局牵头`): its lead leaves the
        /// task's own lead to be found as the plan says (`WorkPlanExtractor.firstListedNotes`).
        var onlyPart = false
    }

    var units: [Unit]
    /// The whole bracketed assignment, to cut it from the task text.
    var range: Range<Int>
    /// A deadline written among the units (`完成时限:2023年底`, `…负责,2023年底前完成`).
    var deadline: Range<Int>? = nil

    /// An event's host (`主办单位:A` or `主办:A`) leads it; who stages it (承办) and who assists (协办) answer for it.
    static let leadLabels = ["牵头单位", "牵头部门", "主责单位", "主办单位", "牵头处室", "牵头科室", "牵头", "主办"]
    /// Every label with its kind, longest first (责任单位 before 牵头).
    static let labelsLongestFirst: [(String, [UInt8], Kind)] = (leadLabels.map { ($0, Array($0.utf8), Kind.lead) }
        + responsibleLabels.map { ($0, Array($0.utf8), Kind.responsible) })
        .sorted { $0.1.count > $1.1.count }
    /// How a label ends besides the listed ones: any `…单位`, `…部门`, and an office's own sections (`责任科室`, `牵头处室`).
    static let genericLabelEndings = ["单位", "部门", "科室", "处室", "股室"].map { Array($0.utf8) }
    /// `责任处室或单位`: two label words joined by 或 (or 及), each ending as a label does; as long as both.
    static func isAlternativeLabel(_ bytes: [UInt8], _ label: Range<Int>) -> Bool {
        guard let or = alternativeJoiners.lazy.compactMap({ UTF8Scan.find($0, in: bytes, from: label.lowerBound, to: label.upperBound) }).first else { return false }
        return genericLabelEndings.contains { UTF8Scan.hasSuffix($0, in: bytes, label.lowerBound..<or) }
    }
    static let alternativeJoiners = ["或", "及"].map { Array($0.utf8) }
    /// A CPPCC's groups of members that lead a consultation (`牵头界别组`, `牵头专委会`), after a lead qualifier only.
    static let memberGroupLabelEndings = ["界别组", "界别", "专委会", "专门委员会", "组"].map { Array($0.utf8) }
    static let each = Array("各".utf8)
    static let government = Array("政府".utf8)
    static let unitEndings = ["局", "委", "办", "府", "会", "院", "司", "部", "厅", "处", "位", "门", "团"].map { Array($0.utf8) }
    /// Every last character a unit's name may end with, short names of federations (工商联, 科协) among them.
    static let anyUnitEnds: Set<UInt32> = GluedUnitLabels.unitEnds.union("联协组".unicodeScalars.map(\.value))
    /// Labels ending in 单位 that name no unit doing a task: a letter's contact, addressees, sender.
    static let notTaskLabels = ["联系", "主送", "抄送", "发文", "来文", "印发"].map { Array($0.utf8) }

    /// Words that make a qualified label a lead's (牵头责任单位; 共同责任单位 stays responsible).
    static let leadQualifiers = ["牵头", "主责", "主办"].map { Array($0.utf8) }
    /// Who stages an event or assists its host (the short labels lead nothing alone: `WorkPlanExtractor.unitsOnOwnLines`).
    static let eventPartnerLabels: Set<String> = ["承办", "协办", "承办单位", "协办单位"]
    static let responsibleLabels = ["责任单位", "责任部门", "配合单位", "配合部门", "参与单位", "协办单位", "协同单位", "成员单位", "实施单位", "实施部门", "责任主体", "实施主体", "承办", "协办",
                                     // An office's sections (`牵头处室:政法综治处协同处室:各处室`).
                                     "责任处室", "配合处室", "协同处室", "责任科室", "配合科室", "协同部门", "协作单位", "协作部门",
                                     // Those who see to the task day by day (`牵头单位:A主抓单位:A、B责任单位:…`).
                                     "主抓单位", "主抓部门"]

    /// Finds the assignment in the last bracket of `line` (a trailing `。` allowed).
    static func find(in bytes: [UInt8], line: Range<Int>) -> UnitAssignment? {
        let end = endBeforeStop(bytes, line)
        guard end > line.lowerBound else { return nil }
        guard let (open, inner) = lastBracket(bytes, line.lowerBound..<end) else {
            return cutBracket(in: bytes, line.lowerBound..<end) ?? inline(in: bytes, line.lowerBound..<end)
        }
        // (牵头单位:A;责任单位:B)(2019年12月底前完成): the deadline's bracket follows the units'.
        if isDeadline(bytes, inner), open > line.lowerBound, bytes[open - 1] == 0x29,
           var units = find(in: bytes, line: line.lowerBound..<open), units.deadline == nil {
            units.deadline = inner
            units.range = units.range.lowerBound..<end
            return units
        }
        var deadline: Range<Int>?
        if let units = parseLabelled(bytes, inner, deadline: &deadline), !units.isEmpty {
            return UnitAssignment(units: units, range: open..<end, deadline: deadline)
        }
        if let units = parseVerbs(bytes, inner, deadline: &deadline), !units.isEmpty {
            return UnitAssignment(units: units, range: open..<end, deadline: deadline)
        }
        // The last bracket is a note of the last unit (…;责任单位:各区政府(含开发区)).
        return inline(in: bytes, line.lowerBound..<end)
    }

    /// `…医养结合发展。(牵头单位:市卫健委;责任单位:` at the end of a page cut off: a bracket of labelled units that
    /// the text's end leaves open, read as far as it goes (the last item as written, `市广播电视`).
    static func cutBracket(in bytes: [UInt8], _ line: Range<Int>) -> UnitAssignment? {
        guard UTF8Scan.trim(bytes, line.upperBound..<bytes.count).isEmpty else { return nil }
        guard let pair = bracketPairs.compactMap({ pair in UTF8Scan.findLast(pair.open, in: bytes, from: line.lowerBound, to: line.upperBound).map { (pair, $0) } })
                .max(by: { $0.1 < $1.1 }),
              UTF8Scan.find(pair.0.close, in: bytes, from: pair.1, to: line.upperBound) == nil else { return nil }
        let inner = (pair.1 + pair.0.open.count)..<line.upperBound
        var deadline: Range<Int>?
        guard let units = parseLabelled(bytes, inner, deadline: &deadline), !units.isEmpty else { return nil }
        return UnitAssignment(units: units, range: pair.1..<line.upperBound, deadline: deadline)
    }

    /// Where `line` ends without its trailing spaces and a closing `。` (or the `;` that closes an item of a list,
    /// `…(主办单位:A;协办单位:B);`).
    static func endBeforeStop(_ bytes: [UInt8], _ line: Range<Int>) -> Int {
        var end = line.upperBound
        while end > line.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        if UTF8Scan.hasSuffix(Segmenter.fullStop, in: bytes, line.lowerBound..<end) { end -= 3 }
        else if end - 1 > line.lowerBound, bytes[end - 1] == 0x3B, bytes[end - 2] == 0x29 { end -= 1 }
        return end
    }

    /// Names that end as a development zone's (`某某经济开发区`, `高新区`): a unit in a bracket of bare names.
    static let zoneEndings = ["开发区", "高新区", "新区", "示范区", "试验区", "合作区", "保税区"]

    /// `1、地区生产总值增长7%(市发改委,市政府相关部门,各县市区政府)`: a numbered target's last
    /// bracket holding only unit names, with no label and no verb. Nothing says who leads, so all
    /// are responsible, collectives listed beside them (市政府相关部门, 有关部门) too, and a bracket
    /// holding only them, or any item that does not read as a unit (`(含开发区)`, `(2024年)`), is none.
    static func bareBracket(in bytes: [UInt8], line: Range<Int>, contentStart: Int) -> UnitAssignment? {
        let end = endBeforeStop(bytes, line)
        guard end > contentStart, let (open, inner) = lastBracket(bytes, contentStart..<end), open - contentStart >= 9 else { return nil }
        let (names, deadline) = bareNamesBeforeTail(bytes, inner)
        guard let units = bareUnits(bytes, names) else { return nil }
        return UnitAssignment(units: units, range: open..<end, deadline: deadline)
    }

    /// `(区行政审批局、经济发展局,2016年底前完成。列第一位的为牵头单位,下同)`: a bracket of bare names may close on
    /// its deadline, parted by a comma (two: `2016年底前完成,持续推进`), and on a sentence saying which unit leads
    /// (read by `WorkPlanExtractor.firstListedNotes`). The names before them, and the deadline.
    static func bareNamesBeforeTail(_ bytes: [UInt8], _ inner: Range<Int>) -> (names: Range<Int>, deadline: Range<Int>?) {
        var names = inner
        if let stop = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: inner.lowerBound, to: inner.upperBound),
           PlanWords.shared.firstListed.contains(where: { UTF8Scan.find($0, in: bytes, from: stop, to: inner.upperBound) != nil }) {
            names = inner.lowerBound..<stop
        }
        var deadline: Range<Int>?
        while let comma = UTF8Scan.findLast([0x2C], in: bytes, from: names.lowerBound, to: names.upperBound) {
            let part = UTF8Scan.trim(bytes, (comma + 1)..<names.upperBound)
            guard !part.isEmpty, isDeadline(bytes, part) else { break }
            deadline = part.lowerBound..<(deadline?.upperBound ?? part.upperBound)
            names = names.lowerBound..<comma
        }
        return (names, deadline)
    }

    /// `…等56个民生项目。(市发展改革委、商务局,各县〔市、区〕政府)`: a paragraph with no number whose
    /// sentences end before a bracket of bare unit names. The full stop before the bracket says it is
    /// no note of the word before it (`…的通知(市政府办公室)` is a title's).
    static func bareBracketAfterSentence(in bytes: [UInt8], line: Range<Int>) -> UnitAssignment? {
        let end = endBeforeStop(bytes, line)
        guard end > line.lowerBound, let (open, _) = lastBracket(bytes, line.lowerBound..<end),
              UTF8Scan.hasSuffix(Segmenter.fullStop, in: bytes, line.lowerBound..<open) else { return nil }
        return bareBracket(in: bytes, line: line, contentStart: line.lowerBound)
    }

    /// `1、地区生产总值增长11.5%。` then `(市发改委、财政局,各区政府)` on a line of its own: the
    /// numbered line's units, labelled, with verbs, or bare.
    static func bracketLine(in bytes: [UInt8], _ line: Range<Int>) -> UnitAssignment? {
        let trimmed = UTF8Scan.trim(bytes, line)
        let end = endBeforeStop(bytes, trimmed)
        guard end - trimmed.lowerBound >= 8, bytes[trimmed.lowerBound] == 0x28,
              let (open, inner) = lastBracket(bytes, trimmed.lowerBound..<end), open == trimmed.lowerBound else { return nil }
        var deadline: Range<Int>?
        if let units = parseLabelled(bytes, inner, deadline: &deadline) ?? parseVerbs(bytes, inner, deadline: &deadline) ?? bareUnits(bytes, inner),
           !units.isEmpty {
            return UnitAssignment(units: units, range: open..<end, deadline: deadline)
        }
        return nil
    }

    /// The units of a bracket holding only unit names, no label and no verb: all responsible
    /// (a note may make one the lead), collectives among them kept, towns and streets too (`(区环土局、岚城乡、芦洋乡)`);
    /// nil if any item reads as no unit.
    /// A work report's task may name many units in its bracket (a dozen bureaus and the counties).
    static let maximumBareUnits = 20

    static func bareUnits(_ bytes: [UInt8], _ inner: Range<Int>) -> [Unit]? {
        guard UTF8Scan.find([0x3A], in: bytes, from: inner.lowerBound, to: inner.upperBound) == nil else { return nil }
        var inner = inner
        // (市长助理王五;市住建局): the leader set apart before the units is none of them.
        if let semicolon = UTF8Scan.find([0x3B], in: bytes, from: inner.lowerBound, to: inner.upperBound) {
            let leaders = names(bytes, inner.lowerBound..<semicolon)
            if !leaders.isEmpty, leaders.allSatisfy({ isLeader($0.name) }) { inner = (semicolon + 1)..<inner.upperBound }
        }
        let items = names(bytes, inner)
        guard !items.isEmpty, items.count <= maximumBareUnits, items.allSatisfy({ item in
            // (此项不列责任单位): a note that speaks of units names none.
            item.name.count >= 3 && item.name.count <= 20 && !isLeader(item.name)
                && !leadLabels.contains(where: { item.name.containsText($0) }) && !responsibleLabels.contains(where: { item.name.containsText($0) })
                && (UnitLine.readsAsUnit(item.name) || zoneEndings.contains { item.name.hasUTF8Suffix($0) } || UnitLine.isTownOrStreet(item.name))
        }) else { return nil }
        // A bracket of vague collectives alone ((有关部门)) is a note; beside named units they are units.
        guard items.contains(where: { !isUnnamedCollective($0.name) }) else { return nil }
        return items.map { Unit(name: $0.name, range: $0.range, kind: noteLeads($0.note) ? .lead : .responsible, role: noteLeads($0.note) ? "牵头" : "负责") }
    }

    /// Closing brackets and their openers: `)` `(`, `]` `[` (full-width ones folded to these),
    /// `〕` `〔` (E3 80 95/94), `】` `【` (E3 80 91/90).
    static let bracketPairs: [(close: [UInt8], open: [UInt8])] = [
        ([0x29], [0x28]), ([0x5D], [0x5B]), ([0xE3, 0x80, 0x95], [0xE3, 0x80, 0x94]), ([0xE3, 0x80, 0x91], [0xE3, 0x80, 0x90]),
    ]

    /// The bracket that closes `range` (it ends with `)`, `〕` or `】`) with its
    /// opener, brackets of the same kind nested inside it: where it opens and what
    /// it holds. Some plans close their units with `〔…〕` (a document number's
    /// bracket) or `【…】`.
    static func lastBracket(_ bytes: [UInt8], _ range: Range<Int>) -> (open: Int, inner: Range<Int>)? {
        guard let pair = bracketPairs.first(where: { UTF8Scan.hasSuffix($0.close, in: bytes, range) }) else { return nil }
        var depth = 0
        var at = range.upperBound - pair.close.count
        let innerEnd = at
        while at >= range.lowerBound {
            if UTF8Scan.hasPrefix(pair.close, in: bytes, at: at) { depth += 1 } else if UTF8Scan.hasPrefix(pair.open, in: bytes, at: at) {
                depth -= 1
                if depth == 0 { return (at, (at + pair.open.count)..<innerEnd) }
            }
            at -= 1
        }
        return nil
    }

    /// `…试点。牵头单位:A;责任单位:B、C` — labelled units after the task's
    /// sentences on the same line, with no bracket: the first label that follows
    /// `。`, `;`, `,` or a space opens them, and they run to the end of the line.
    static func inline(in bytes: [UInt8], _ line: Range<Int>) -> UnitAssignment? {
        var at = line.lowerBound
        while let colon = UTF8Scan.find([0x3A], in: bytes, from: at, to: line.upperBound) {
            at = colon + 1
            guard let label = label(endingAt: colon, in: bytes, from: line.lowerBound)
                    ?? divisionLabel(endingAt: colon, in: bytes, from: line.lowerBound).map({ ($0, "", Kind.responsible) }),
                  label.start > line.lowerBound else { continue }
            let before = bytes[label.start - 1]
            // (一)某项目牵头责任部门:A — a qualified label (牵头责任部门, not 责任单位 alone, which may close a unit's
            // name: 市发改委责任单位) may follow a task's text with nothing between.
            let qualified = label.label.count > 4 && leadQualifiers.contains { label.label.utf8.starts(with: $0) }
            guard before == 0x3B || before == 0x2C || before == 0x20 || qualified
                    || UTF8Scan.hasSuffix(Segmenter.fullStop, in: bytes, line.lowerBound..<label.start) else { continue }
            var deadline: Range<Int>?
            guard let units = parseLabelled(bytes, label.start..<line.upperBound, deadline: &deadline), !units.isEmpty else { return nil }
            return UnitAssignment(units: units, range: label.start..<line.upperBound, deadline: deadline)
        }
        return nil
    }

    /// The verbs that end a unit list, longest first (牵头负责 before 负责); a list closed by how its units share the
    /// work (`A牵头,B、C等按职责分工`) is closed as by 负责.
    static let verbs: [(suffix: [UInt8], role: String)] = verbWords + sharingQualifiers.map { (suffix: $0, role: "负责") }
    static let verbWords: [(suffix: [UInt8], role: String)] = [
        (Array("牵头负责".utf8), "牵头"), (Array("牵头落实".utf8), "牵头"), (Array("牵头实施".utf8), "牵头"), (Array("牵头组织".utf8), "牵头"),
        (Array("负责落实".utf8), "负责"), (Array("负责实施".utf8), "负责"), (Array("牵头".utf8), "牵头"), (Array("负责".utf8), "负责"),
        // (A、B配合落实): a helper's verb and 落实 after it are one verb.
        (Array("配合落实".utf8), "配合"), (Array("配合".utf8), "配合"), (Array("参与".utf8), "参与"), (Array("协助".utf8), "协助"),
        // (A牵头,B、C参加): those who take part answer for the task, as with 参与.
        (Array("参加".utf8), "参加"),
        // (A主办,B、C协办): a host and its co-hosts, as 牵头 and 配合.
        (Array("主办".utf8), "牵头"), (Array("协办".utf8), "协办"),
        // (A负责,各区政府落实): those who carry the task out answer for it too; so do those who organise it (组织实施).
        (Array("落实".utf8), "落实"), (Array("组织实施".utf8), "组织实施"),
        // (A、B等部门依职责开展工作): those who work on the task as their duties say answer for it.
        (Array("开展工作".utf8), "开展工作"),
    ]
    /// Verbs that close sentences of any kind (`抓好落实`, `认真组织实施`, `积极开展工作`, `市领导参加`): their lists are units only when
    /// every item reads as one.
    static let weakVerbRoles: Set<String> = ["落实", "组织实施", "开展工作", "参加"]

    /// A leader named by post (`副区长王明`, `区委常委`, `分管副省长`, `协管副秘书长`, `牵头领导`,
    /// `张三同志`: `PlanWords.leaderPosts`) rather than a unit: a post with at most a name after it.
    /// 区人大常委会 is a unit: what follows the post ends as units end.
    static func isLeader(_ name: String) -> Bool {
        // (`春运领导小组`: a group that leads is a body, whatever post its name holds.)
        if groupEndings.contains(where: name.hasUTF8Suffix) { return false }
        for title in PlanWords.shared.leaderPosts {
            // (A byte search: Foundation's backward `range(of:)` was a hundredth of a build on long lines.)
            guard let found = name.lastUTF8Range(of: title) else { continue }
            let rest = name[found.upperBound...]
            if rest.count <= 3, rest.isEmpty || !looksLikeUnit(String(rest)) { return true }
        }
        return false
    }

    static let responsibleVerb = Array("负责".utf8)
    /// Verbs that may close a labelled list of responsible units, longest first (`负责配合` before `配合`).
    static let labelClosingVerbs = ["负责配合", "负责协助", "负责", "配合", "协助"].map { Array($0.utf8) }

    /// What names the lead among units listed before it (`A为牵头单位`).
    static let leadDesignations = ["为牵头单位", "为牵头部门", "为主责单位", "为牵头"].map { Array($0.utf8) }

    /// Words between a unit list and its verb: `按职责分工负责`, `分别负责`, `共同负责`, `分工负责`.
    /// (`依据职责负责`, `依据行业分管负责`, `按照各自职责负责` too, and `按照各自职责抓好落实`; not a bare 抓好, `请各单位抓好落实`.)
    static let verbQualifiers = ["按照各自职责抓好", "根据各自职责抓好", "按职责抓好",
                                 "按照职责分工", "按职责分工", "依据行业分管", "依据职责", "依职责", "按职责",
                                 "按照各自职责", "根据各自职责", "依据各自职责", "按各自职责",
                                 "分工", "分别", "共同", "具体", "结合实际", "积极", "主动", "密切", "全力"].map { Array($0.utf8) }

    /// Where a list ends before the words that qualify its verb (`按职责分工`, `分别`) at the end of `range`.
    static func beforeQualifiers(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        var end = range.upperBound
        while let qualifier = verbQualifiers.first(where: { UTF8Scan.hasSuffix($0, in: bytes, range.lowerBound..<end) }) { end -= qualifier.count }
        // `…综合执法大队按职责协助区级职能部门分工负责`: a qualifier opening words about how the last unit works ends it.
        if let last = dutyQualifiers.compactMap({ UTF8Scan.findLast($0, in: bytes, from: range.lowerBound, to: end) }).max(), last > range.lowerBound,
           UTF8Scan.find(Segmenter.enumerationComma, in: bytes, from: last, to: end) == nil {
            end = last
        }
        return end
    }
    /// How listed units share the work, closing a list with no verb after it.
    static let sharingQualifiers = ["按照职责分工", "按职责分工"].map { Array($0.utf8) }
    /// Qualifiers of how a unit does its part (`按职责`, `依职责`), which no unit's name holds.
    static let dutyQualifiers = ["按照职责", "按职责", "依职责", "根据职责"].map { Array($0.utf8) }

    /// `政府采购评审专家考评机制由区财政金融局`: what comes after 由 in a part that opens with words of the task
    /// (four characters at least; 自由 is no 由), when it reads as a unit.
    static func subTaskUnit(_ bytes: [UInt8], _ part: Range<Int>) -> Range<Int>? {
        guard let at = UTF8Scan.findLast(by, in: bytes, from: part.lowerBound, to: part.upperBound), at - part.lowerBound >= 12,
              !UTF8Scan.hasSuffix(freedom, in: bytes, part.lowerBound..<(at + by.count)) else { return nil }
        let unit = (at + by.count)..<part.upperBound
        return looksLikeUnit(String(decoding: bytes[unit], as: UTF8.self)) ? unit : nil
    }
    static let freedom = Array("自由".utf8)

    /// `(A牵头,B、C配合)`, `(由A牵头,…)`, `(A、B负责)`; a part that is a
    /// deadline (`2023年底前完成`) is the task's, not a unit. A list without a
    /// verb shares the verb of the list after it (`(A牵头,B、C等部门,D配合)`).
    /// A list that only 负责 names responsible units: no lead, unless the plan
    /// says once that the first unit listed leads (`WorkPlanExtractor.firstListedNotes`).
    static func parseVerbs(_ bytes: [UInt8], _ inner: Range<Int>, deadline: inout Range<Int>?) -> [Unit]? {
        // (A、B按职责分工负责。具体任务涉及各市政府,不再做分工): after a full stop the bracket holds a note.
        var inner = inner
        if let stop = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: inner.lowerBound, to: inner.upperBound), stop > inner.lowerBound {
            inner = inner.lowerBound..<stop
        }
        var units: [Unit] = []
        // Lists still waiting for a verb.
        var pending: [(name: String, range: Range<Int>, note: String)] = []
        for var part in Segmenter.listItems(bytes, in: inner, separators: [";", ","]) {
            if !units.isEmpty, isDeadline(bytes, part) { deadline = part; continue }
            if UTF8Scan.hasPrefix(by, in: bytes, at: part.lowerBound) { part = (part.lowerBound + by.count)..<part.upperBound }
            // (由A牵头,会同B、C等单位负责落实): the partners' list opens with the word that joins them to the lead.
            if !units.isEmpty, let joiner = partnerOpeners.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: part.lowerBound) }) {
                part = (part.lowerBound + joiner.count)..<part.upperBound
            }
            // (…负责,排在第一位的为牵头单位,下同): a note of how the list is ordered names no unit.
            if isOrderNote(bytes, part) { continue }
            // (A、B、C按职责分工负责,A为牵头单位): the part names which listed unit leads.
            if let designation = leadDesignations.first(where: { UTF8Scan.hasSuffix($0, in: bytes, part) }), !units.isEmpty {
                for item in names(bytes, part.lowerBound..<(part.upperBound - designation.count)) {
                    if let listed = units.firstIndex(where: { $0.name == item.name }) {
                        units[listed].kind = .lead
                        units[listed].role = "牵头"
                    } else {
                        units.append(Unit(name: item.name, range: item.range, kind: .lead, role: "牵头"))
                    }
                }
                continue
            }
            guard let verb = verbs.first(where: { UTF8Scan.hasSuffix($0.suffix, in: bytes, part) }) else {
                var items = names(bytes, part)
                // `…A牵头,B、C、政务服务数据管`: a list the page's end cut off loses its unfinished last name.
                if items.count > 1, let last = items.last, !looksLikeUnit(last.name), UTF8Scan.trim(bytes, part.upperBound..<bytes.count).isEmpty {
                    items.removeLast()
                }
                // (市长助理王五;市发改委牵头,…): the leader who answers for the task, set apart before the units, is none.
                if units.isEmpty, pending.isEmpty, !items.isEmpty, items.allSatisfy({ isLeader($0.name) }) { continue }
                guard let last = items.last, looksLikeUnit(last.name), pending.count + items.count <= 40 else { return nil }
                pending += items
                continue
            }
            // (A、B等按职责分工负责): how they share the work is not a unit.
            let listEnd = beforeQualifiers(bytes, part.lowerBound..<(part.upperBound - verb.suffix.count))
            // (A、B,政府采购评审专家考评机制由区财政金融局牵头,…): a part of the task given to a unit of its own;
            // the list before it waits on. (Only after units: alone, `所需经费由市财政局负责` is a sentence.)
            if !pending.isEmpty || !units.isEmpty, let sub = subTaskUnit(bytes, part.lowerBound..<listEnd) {
                for item in names(bytes, sub) where !isLeader(item.name) {
                    units.append(Unit(name: item.name, range: item.range, kind: verb.role == "牵头" ? .lead : .responsible, role: verb.role, onlyPart: true))
                }
                continue
            }
            // (副区长王明牵头,区发改局负责): a leader who answers for the task is not a unit.
            let listed = pending + names(bytes, part.lowerBound..<listEnd)
            pending = []
            guard !listed.isEmpty, listed.count <= 40 else { return nil }
            let items = listed.filter { !isLeader($0.name) }
            if weakVerbRoles.contains(verb.role), !items.allSatisfy({ UnitLine.readsAsUnit($0.name) }) { return nil }
            for item in items {
                units.append(Unit(name: item.name, range: item.range, kind: verb.role == "牵头" ? .lead : .responsible, role: verb.role))
            }
        }
        // (市发改委牵头,市财政局,各县市区政府): units listed after the lead with no verb of their own answer
        // for the task with it, a collective among them (市政府相关部门) too.
        if !pending.isEmpty, units.contains(where: { $0.kind == .lead }), pending.allSatisfy({ UnitLine.readsAsUnit($0.name) }) {
            for item in pending {
                units.append(Unit(name: item.name, range: item.range, kind: .responsible, role: "负责"))
            }
            return units
        }
        return pending.isEmpty ? units : nil
    }

    /// 科 and 股 end an office's own sections (综合科, 人事股), which a bureau's plan names as its units;
    /// 联 a federation's short name (县残联, 市侨联), 协 an association's (市科协), 海关 a customs office (某江海关),
    /// 馆 a public institution (文化馆, 图书馆, 博物馆); 工作组, 领导小组 and 专班 the working groups a plan sets up
    /// (驻村工作组, 创城领导小组, 工作专班).
    static let unitNameEndings = unitEndings.map { String(decoding: $0, as: UTF8.self) } + ["心", "所", "站", "行", "室", "社", "队", "科", "股", "联", "协", "海关", "馆", "党校",
                                                                                          "工作组", "领导小组", "工作小组", "专班"]
    /// Bodies formed for a task (`春运工作领导小组`, `办公室工作小组`).
    static let groupEndings = ["领导小组", "工作小组"]
    /// Words ending in 科, 股, 联 or 馆 that name no unit (a discipline, a holding, a link, a venue).
    /// (An office's section that manages, `市场管理科`, ends 理科 and is one.)
    static let notUnitEndings = ["学科", "本科", "专科", "理科", "文科", "控股", "参股", "入股", "持股", "关联", "互联", "串联", "并联", "妥协",
                                 "场馆", "展馆", "宾馆", "旅馆", "饭馆", "茶馆"]

    /// A name ending as units end (局, 委, 公司, 中心 …): a list with no verb of its own is one of units only then.
    static func looksLikeUnit(_ name: String) -> Bool {
        unitNameEndings.contains { name.hasUTF8Suffix($0) }
            && (!notUnitEndings.contains { name.hasUTF8Suffix($0) } || name.hasUTF8Suffix("管理科"))
    }

    /// `label:list;label:list` (`:` and `;` full- or half-width, folded before).
    /// Labelled lists may also be separated by `,`, a space or nothing at all
    /// (`牵头单位:市经信局,责任单位:市科技局`, `牵头单位:市发改委 配合单位:市公安局`):
    /// every `:` ends a label, and a list runs to the next label.
    static func parseLabelled(_ bytes: [UInt8], _ inner: Range<Int>) -> [Unit]? {
        var deadline: Range<Int>?
        return parseLabelled(bytes, inner, deadline: &deadline)
    }

    /// As `parseLabelled(_:_:)`, with a deadline label among the unit labels
    /// (`完成时限:2023年12月底`): its text is the task's deadline.
    static func parseLabelled(_ bytes: [UInt8], _ inner: Range<Int>, deadline: inout Range<Int>?) -> [Unit]? {
        // 部门分工:A牵头,B、C配合。 — one label over a list that names its own verbs.
        if let colon = UTF8Scan.find([0x3A], in: bytes, from: inner.lowerBound, to: min(inner.upperBound, inner.lowerBound + 16)),
           divisionLabel(endingAt: colon, in: bytes, from: inner.lowerBound) == inner.lowerBound {
            var list = UTF8Scan.trim(bytes, (colon + 1)..<inner.upperBound)
            while list.count >= 3, UTF8Scan.hasSuffix(Segmenter.fullStop, in: bytes, list) { list = list.lowerBound..<(list.upperBound - 3) }
            guard !list.isEmpty else { return nil }
            // 责任分工:A负责开展…,B组织实施: sentences that open with their units, no verb closing a list.
            return parseVerbs(bytes, list, deadline: &deadline)
                ?? DivisionClauses.units(bytes, list.lowerBound..<(UTF8Scan.find(Segmenter.fullStop, in: bytes, from: list.lowerBound, to: list.upperBound) ?? list.upperBound))
        }
        var labels: [(start: Int, colon: Int, label: String, kind: Kind?)] = []
        var at = inner.lowerBound
        while let colon = UTF8Scan.find([0x3A], in: bytes, from: at, to: inner.upperBound) {
            if let (start, label, kind) = label(endingAt: colon, in: bytes, from: inner.lowerBound) {
                labels.append((start, colon, label, kind))
            } else if let label = deadlineLabels.first(where: { UTF8Scan.hasSuffix($0, in: bytes, inner.lowerBound..<colon) }), !labels.isEmpty {
                labels.append((colon - label.count, colon, "", nil))
            } else if let label = personLabels.first(where: { UTF8Scan.hasSuffix($0, in: bytes, inner.lowerBound..<colon) }) {
                // 牵头领导:张三;牵头单位:A: a person who answers for the task is not a unit.
                labels.append((hanRunStart(endingAt: colon - label.count, in: bytes, from: inner.lowerBound), colon, personLabel, nil))
            } else if !labels.isEmpty, let start = otherLabel(endingAt: colon, in: bytes, from: inner.lowerBound) {
                // `…配合单位:A、B 实际完成情况:…` (a progress notice's columns on one line): any later label ends the list before it.
                labels.append((start, colon, personLabel, nil))
            } else {
                return nil
            }
            at = colon + 1
        }
        // The first label opens the assignment.
        guard let first = labels.first, UTF8Scan.trim(bytes, inner.lowerBound..<first.start).isEmpty else { return nil }
        var units: [Unit] = []
        for (n, l) in labels.enumerated() {
            var end = n + 1 < labels.count ? labels[n + 1].start : inner.upperBound
            // The separator before the next label (; , or a space) is not part of the list.
            while end > l.colon + 1, bytes[end - 1] == 0x3B || bytes[end - 1] == 0x2C || bytes[end - 1] == 0x20 { end -= 1 }
            guard let kind = l.kind else {
                guard l.label != personLabel else { continue }
                let text = UTF8Scan.trim(bytes, (l.colon + 1)..<end)
                if !text.isEmpty { deadline = text }
                continue
            }
            // (牵头单位:A;配合单位:B;2024年底前完成): a deadline after the last list, with no label of its own.
            if n + 1 == labels.count, let cut = lastSeparator(bytes, (l.colon + 1)..<end),
               case let tail = UTF8Scan.trim(bytes, (cut + 1)..<end), isDeadline(bytes, tail) {
                deadline = tail
                end = cut
            }
            // (责任单位:A,B 某管委会办公室 2016年9月21日印发): the document's signature after the last list, its issuer
            // and its date each after a space, is no unit.
            if n + 1 == labels.count, let date = signatureDate(bytes, (l.colon + 1)..<end) {
                var cut = date
                while cut > l.colon + 1, bytes[cut - 1] == 0x20 { cut -= 1 }
                if let space = ((l.colon + 1)..<cut).last(where: { bytes[$0] == 0x20 }) { cut = space }
                end = cut
            }
            // 〔责任单位:A、B按职责分工负责。具体任务…〕: the list ends at its full stop and before its verb.
            if let stop = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: l.colon + 1, to: end) { end = stop }
            // `责任单位:A牵头,B等参与 三、保障措施 …`: and at a space after a verb that closes a list.
            var space = l.colon + 1
            while let found = UTF8Scan.find([0x20], in: bytes, from: space, to: end) {
                if GluedUnitLabels.closesOnListVerb(bytes, (l.colon + 1)..<found) { end = found; break }
                space = found + 1
            }
            // 责任单位:A牵头,B、C按职责分工负责,D结合实际落实: clauses that each close with their verb.
            if kind != .dataProvider, let clauses = verbClauses(bytes, UTF8Scan.trim(bytes, (l.colon + 1)..<end)) {
                units += clauses.map { $0.kind == .lead ? $0 : Unit(name: $0.name, range: $0.range, kind: kind, role: $0.role) }
                continue
            }
            // 责任单位:A负责开展…工作,B组织实施,C配合: clauses that open with their units and go on with their duties,
            // as a division label's (`DivisionClauses`), where an item reads as no unit's name.
            if kind != .dataProvider, UTF8Scan.find(responsibleVerb, in: bytes, from: l.colon + 1, to: end) != nil,
               names(bytes, (l.colon + 1)..<end).contains(where: { item in
                   !looksLikeUnit(item.name) && item.name.range(of: "负责").map { item.name.distance(from: $0.upperBound, to: item.name.endIndex) >= 4 } == true
               }),
               let clauses = DivisionClauses.units(bytes, UTF8Scan.trim(bytes, (l.colon + 1)..<end)) {
                units += clauses.map { $0.kind == .lead ? $0 : Unit(name: $0.name, range: $0.range, kind: kind, role: $0.role) }
                continue
            }
            // 责任单位:A、B负责配合: the verb closing the list is no part of its last unit.
            if let verb = labelClosingVerbs.first(where: { UTF8Scan.hasSuffix($0, in: bytes, (l.colon + 1)..<end) }) {
                end = beforeQualifiers(bytes, (l.colon + 1)..<(end - verb.count))
            }
            let items = beforeRunOnText(bytes, names(bytes, (l.colon + 1)..<end))
            // 责任单位:A、B分别牵头: 分别 (each) closing the list makes every unit of it a lead.
            let eachLeads = kind != .dataProvider && items.count > 1 && items.last?.name.hasUTF8Suffix(eachLeadVerb) == true
            for (k, item) in items.enumerated() {
                // 责任单位:A和B分别牵头、C: an item closed by 牵头 names units that lead.
                // 责任单位:A、B牵头,C: so do the items joined to it by 、 before it.
                if kind != .dataProvider, let leads = leadingItem(item.name) ?? (eachLeads && looksLikeUnit(item.name) ? [item.name] : nil)
                    ?? (looksLikeUnit(item.name) && leadsWithRun(bytes, items, from: k) ? [item.name] : nil) {
                    units += leads.map { Unit(name: $0, range: item.range, kind: .lead, role: "牵头") }
                    continue
                }
                // 责任单位:市发改委(牵头)、市经信局: a note can make one listed unit the lead.
                let leads = noteLeads(item.note) && kind != .dataProvider
                units.append(Unit(name: item.name, range: item.range, kind: leads ? .lead : kind, role: leads ? "牵头" : l.label))
            }
        }
        return units
    }

    /// Where a date of four digits and 年 opens a part of `range` after a space (`… 2016年9月21日印发`).
    static func signatureDate(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        var from = range.lowerBound
        while let space = UTF8Scan.find([0x20], in: bytes, from: from, to: range.upperBound) {
            var at = space
            while at < range.upperBound, bytes[at] == 0x20 { at += 1 }
            if at + 7 <= range.upperBound, (0..<4).allSatisfy({ bytes[at + $0] >= 0x30 && bytes[at + $0] <= 0x39 }),
               UTF8Scan.hasPrefix(year, in: bytes, at: at + 4) { return at }
            from = at
        }
        return nil
    }

    /// The units of a labelled list written as clauses, each closed by its verb (`A牵头,B按职责分工负责`),
    /// and each item reading as a unit; nil for any other list (`A、B牵头,C(列第一位的为牵头单位)` is the labelled reader's).
    static func verbClauses(_ bytes: [UInt8], _ list: Range<Int>) -> [Unit]? {
        // Cheap test first: the last clause must close with a verb too.
        guard verbs.contains(where: { UTF8Scan.hasSuffix($0.suffix, in: bytes, list) }) else { return nil }
        let commas = UnitClause.commas(bytes, list)
        guard !commas.isEmpty, zip([list.lowerBound] + commas.map { $0 + 1 }, commas + [list.upperBound]).allSatisfy({ start, end in
            verbs.contains { UTF8Scan.hasSuffix($0.suffix, in: bytes, UTF8Scan.trim(bytes, start..<end)) }
        }) else { return nil }
        var deadline: Range<Int>?
        guard let units = parseVerbs(bytes, list, deadline: &deadline), !units.isEmpty,
              units.allSatisfy({ looksLikeUnit($0.name) || isUnnamedCollective($0.name) }) else { return nil }
        return units
    }

    /// Whether the item at `k` is joined by 、 alone to later items up to one closed by 牵头 (`A、B牵头`).
    static func leadsWithRun(_ bytes: [UInt8], _ items: [(name: String, range: Range<Int>, note: String)], from k: Int) -> Bool {
        var n = k
        while n + 1 < items.count {
            let gap = UTF8Scan.trim(bytes, items[n].range.upperBound..<items[n + 1].range.lowerBound)
            guard bytes[gap].elementsEqual(Segmenter.enumerationComma) else { return false }
            n += 1
            if leadingItem(items[n].name) != nil { return true }
        }
        return false
    }

    /// Words joining two units inside one list item (`经济投资局和航空口岸局分别牵头`).
    static let itemJoiners: [String] = ["和", "与", "及"]
    static let leadVerb = "牵头"
    static let eachLeadVerb = "分别牵头"

    /// The units of a labelled list's item that says they lead (`A和B分别牵头`, `A牵头`), each
    /// reading as a unit; nil for any other item.
    static func leadingItem(_ name: String) -> [String]? {
        guard name.hasUTF8Suffix(leadVerb) else { return nil }
        var list = String(name.dropLast(leadVerb.count))
        while let qualifier = verbQualifiers.lazy.map({ String(decoding: $0, as: UTF8.self) }).first(where: { list.hasUTF8Suffix($0) }) {
            list.removeLast(qualifier.count)
        }
        var parts = [list]
        for joiner in itemJoiners { parts = parts.flatMap { $0.components(separatedBy: joiner) } }
        if !parts.isEmpty, parts.allSatisfy({ $0.count >= 3 && looksLikeUnit($0) }) { return parts }
        // 省工业和信息化厅牵头: a joiner inside one unit's name, whose parts are no units.
        return list.count >= 3 && looksLikeUnit(list) ? [list] : nil
    }

    /// Labels over a list that names its own verbs (`部门分工:省发展改革委牵头,各地、各部门配合`).
    static let divisionLabels = ["部门分工", "责任分工", "任务分工", "职责分工", "分工"].map { Array($0.utf8) }

    /// Where a division label ending at `colon` starts, when one does and nothing Han is glued before it.
    static func divisionLabel(endingAt colon: Int, in bytes: [UInt8], from floor: Int) -> Int? {
        let start = hanRunStart(endingAt: colon, in: bytes, from: floor)
        guard let label = divisionLabels.first(where: { UTF8Scan.hasSuffix($0, in: bytes, start..<colon) }),
              colon - label.count == start else { return nil }
        return start
    }

    /// Where a label of any other column ending at `colon` starts (`实际完成情况:`, `进展情况:`,
    /// `项目责任人:`): two to eight Han characters, after a space, `;`, `,` or `。`, or four glued to the text before.
    static func otherLabel(endingAt colon: Int, in bytes: [UInt8], from floor: Int) -> Int? {
        let start = hanRunStart(endingAt: colon, in: bytes, from: floor)
        let count = (colon - start) / 3
        guard count >= 2, count <= 8, start > floor else { return nil }
        let before = bytes[start - 1]
        guard before == 0x20 || before == 0x3B || before == 0x2C || UTF8Scan.hasSuffix(Segmenter.fullStop, in: bytes, floor..<start) else {
            // (`…整改时限:立行立改、长期坚持整改目标:…`: a facet's label of four characters glued to the text before.)
            guard count >= 4, gluedLabelEndings.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, start..<colon) }) else { return nil }
            return colon - 12
        }
        return start
    }
    /// How the label of a task's facet ends (`整改目标`, `整改措施`, `工作要求`, `进展情况`).
    static let gluedLabelEndings = ["目标", "措施", "要求", "情况", "内容"].map { Array($0.utf8) }

    /// Where the last `;` or `,` of `range` stands, outside brackets or not.
    static func lastSeparator(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        var at = range.upperBound - 1
        while at >= range.lowerBound {
            if bytes[at] == 0x3B || bytes[at] == 0x2C { return at }
            at -= 1
        }
        return nil
    }

    /// A part of a bracket that says how its list is ordered (`排在第一位的为牵头单位`, `下同`):
    /// the words of `PlanWords.firstListed`, or one of `PlanWords.sameBelow` alone.
    static func isOrderNote(_ bytes: [UInt8], _ part: Range<Int>) -> Bool {
        let words = PlanWords.shared
        let trimmed = UTF8Scan.trim(bytes, part)
        return words.firstListed.contains { UTF8Scan.find($0, in: bytes, from: trimmed.lowerBound, to: trimmed.upperBound) != nil }
            || words.sameBelow.contains { $0.elementsEqual(bytes[trimmed]) }
            // (…,以下工作均需各片区管理局负责,不再列出): units every task below needs (`WorkPlanExtractor.standingUnits`).
            || WorkPlanExtractor.standingOpenings.contains { UTF8Scan.hasPrefix($0, in: bytes, at: trimmed.lowerBound) }
            || notListedAgain.contains { $0.elementsEqual(bytes[trimmed]) }
    }
    /// The close of a note of units every task below needs.
    static let notListedAgain = ["不再列出", "不再一一列出", "不再重复列出"].map { Array($0.utf8) }

    /// Notes that say how the list is ordered (`列第一位者为牵头单位,下同`), not that this unit leads.
    static let orderNotes = ["第一", "首位", "下同"]

    /// Whether a unit's bracketed note makes it the lead (`市发改委(牵头)`).
    static func noteLeads(_ note: String) -> Bool {
        note.containsText("牵头") && !orderNotes.contains { note.containsText($0) }
    }

    static let by = Array("由".utf8)
    /// Words opening a list of partners after the lead's part (`会同B、C负责落实`, `联合B配合`), longest first.
    static let partnerOpeners = ["并会同", "会同", "联合", "协同"].map { Array($0.utf8) }
    /// Labels of the persons who answer for a task (牵头领导, 责任人), read past.
    static let personLabels = ["领导", "责任人", "联系人", "负责人"].map { Array($0.utf8) }
    static let personLabel = "person"
    /// Labels of a deadline written among the unit labels.
    static let deadlineLabels = ["完成时限", "完成时间", "完成期限", "整改时限", "整改期限", "时间节点", "时限要求", "时间要求", "进度安排", "时限"].map { Array($0.utf8) }
    static let deadlineEndings = ["完成", "前", "底", "年", "月", "推进", "坚持", "实施"].map { Array($0.utf8) }
    static let year = Array("年".utf8)

    /// `2023年底前完成`, `2024年6月`, `持续推进`, `长期坚持`: a part of a bracket that is a deadline; so is
    /// one a time opens, whatever it ends with (`年内持续推进`, `2022年6月底前出台`, `年底前取得阶段性成果`:
    /// the State Council's division of its report's tasks closes every bracket so).
    static func isDeadline(_ bytes: [UInt8], _ part: Range<Int>) -> Bool {
        guard part.count <= 60 else { return false }
        let digit = bytes[part.lowerBound] >= 0x30 && bytes[part.lowerBound] <= 0x39
        if digit || timeOpenings.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: part.lowerBound) }) { return true }
        guard part.count <= 45, deadlineEndings.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, part) }) else { return false }
        let text = String(decoding: bytes[part], as: UTF8.self)
        return ["持续推进", "长期坚持", "长期推进", "持续实施"].contains(text)
    }
    /// Words of time that open a deadline (`年内`, `每年`, `年底前`, `今年`, `上半年`).
    static let timeOpenings = ["年内", "年底", "年中", "每年", "今年", "明年", "上半年", "下半年", "长期", "持续"].map { Array($0.utf8) }

    /// Words that open a duty, not a list of units, after a colon: with them a generic label's word is a body's name.
    static let dutyAfterColon = (PlanWords.shared.dutyOpeners + PlanWords.shared.taskOpeners)
        .filter { $0.count >= 2 && !["全区", "全市", "全县", "全省", "业务", "具体"].contains($0) }.map { Array($0.utf8) }
    /// Whether a duty, not a list of units, follows the colon at `colon` (`教育部门:组织、指导和督促…`).
    static func dutyFollows(colon: Int, in bytes: [UInt8]) -> Bool {
        dutyAfterColon.contains { UTF8Scan.hasPrefix($0, in: bytes, at: colon + 1) }
    }

    /// Where a label's words end before its colon: before a short note in brackets (`责任单位(处室):`, `牵头单位(部门):`),
    /// else at the colon.
    static func wordEnd(beforeColon colon: Int, in bytes: [UInt8], from floor: Int) -> Int {
        guard colon - 2 > floor, bytes[colon - 1] == 0x29,
              let open = UTF8Scan.findLast([0x28], in: bytes, from: max(floor, colon - 1 - 3 * longestLabelNote - 1), to: colon - 1),
              open > floor, colon - 1 - open > 1,
              stride(from: open + 1, to: colon - 1, by: 3).allSatisfy({ UTF8Scan.isHan(bytes, at: $0) }), (colon - 2 - open) % 3 == 0
        else { return colon }
        return open
    }
    /// The longest note in brackets between a label and its colon, in characters.
    static let longestLabelNote = 4

    /// The unit label that ends at `colon` (`牵头单位`, `配合部门`, any `…单位`
    /// of up to six characters), read back over Han characters; a note in brackets before the colon is passed over.
    static func label(endingAt colonMark: Int, in bytes: [UInt8], from floor: Int) -> (start: Int, label: String, kind: Kind)? {
        let colon = wordEnd(beforeColon: colonMark, in: bytes, from: floor)
        let start = hanRunStart(endingAt: colon, in: bytes, from: floor)
        let count = (colon - start) / 3
        guard count > 0 else { return nil }
        // 数据提供单位: the units that supply the figures, checked first (the label ends in 单位 as any other).
        if let data = PlanWords.shared.dataProviderLabels.first(where: { UTF8Scan.hasSuffix($0, in: bytes, start..<colon) }) {
            return (colon - data.count, String(decoding: data, as: UTF8.self), .dataProvider)
        }
        // Compared as bytes: String.hasSuffix compares by Character.
        for (label, bytesOfLabel, kind) in labelsLongestFirst where UTF8Scan.hasSuffix(bytesOfLabel, in: bytes, start..<colon) {
            let labelStart = colon - bytesOfLabel.count
            // 共同责任单位, 牵头责任单位: a qualifier before the label is part of it, unless it is a unit's name
            // (市发改委责任单位:… with no separator is the unit 市发改委, then the label).
            let qualifier = start..<labelStart
            if !qualifier.isEmpty, qualifier.count <= 9, !unitEndings.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, qualifier) }) {
                let leads = leadQualifiers.contains { UTF8Scan.find($0, in: bytes, from: qualifier.lowerBound, to: qualifier.upperBound) != nil }
                return (start, String(decoding: bytes[start..<colon], as: UTF8.self), leads ? .lead : kind)
            }
            // …疫苗接种牵头责任部门: a task's text run on into the label: the lead qualifier just before it is the label's.
            if let lead = leadQualifiers.first(where: { UTF8Scan.hasSuffix($0, in: bytes, qualifier) }), qualifier.count > lead.count {
                let qualified = labelStart - lead.count
                return (qualified, String(decoding: bytes[qualified..<colon], as: UTF8.self), .lead)
            }
            return (labelStart, label, kind)
        }
        if count <= 6 || count <= 9 && isAlternativeLabel(bytes, start..<colon), genericLabelEndings.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, start..<colon) }),
           !notTaskLabels.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: start) }),
           // (`教育部门:组织、指导和督促…`: a body of a field heading its duty, no label.)
           !dutyFollows(colon: colonMark, in: bytes) {
            let leads = leadQualifiers.contains { UTF8Scan.hasPrefix($0, in: bytes, at: start) }
            return (start, String(decoding: bytes[start..<colon], as: UTF8.self), leads ? .lead : .responsible)
        }
        // 牵头界别组:民盟组, 牵头专委会:经济委员会: a consultation plan's lead group of members (a bare `界别:`,
        // a proposal's field, is none).
        if count <= 6, leadQualifiers.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: start) }),
           memberGroupLabelEndings.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, start..<colon) }) {
            return (start, String(decoding: bytes[start..<colon], as: UTF8.self), .lead)
        }
        return nil
    }

    /// Where the run of up to ten Han characters ending at `end` starts.
    static func hanRunStart(endingAt end: Int, in bytes: [UInt8], from floor: Int) -> Int {
        var start = end
        var count = 0
        // Han characters U+4E00…U+9FFF are three bytes, E4…E9 first.
        while start - 3 >= floor, count < 10, (0xE4...0xE9).contains(bytes[start - 3]), bytes[start - 2] & 0xC0 == 0x80 {
            start -= 3
            count += 1
        }
        return start
    }

    static let request = Array("请".utf8)
    /// Endings of names that read as units in a task's list besides `unitEndings`: a village, a township, a team, a
    /// station, a centre, a company (`南盘村`, `北厝镇`, `执法队筹建组`).
    static let runOnUnitEndings = ["村", "乡", "镇", "社区", "街道", "区", "队", "组", "站", "所", "中心", "公司", "集团", "居"].map { Array($0.utf8) }

    /// `责任单位:A,B,各村(居)请各有关部门、各村(居)认真履职,推动…由点及面,从端到链,…`: the plan's closing sentences run on
    /// after the last task's list with no full stop between. A request (请) right after a unit ends the list there; so do
    /// two items in a row that read as no unit, after one that does.
    static func beforeRunOnText(_ bytes: [UInt8], _ items: [(name: String, range: Range<Int>, note: String)]) -> [(name: String, range: Range<Int>, note: String)] {
        guard items.count > 2 else { return items }
        // (A village, a township or a team is a unit here too; so is every one of a kind, `各中小学幼儿园`. The name's
        // ending is asked first: most items end as units do, and `readsAsUnit` costs thousands of instructions.)
        func namesNoUnit(_ k: Int) -> Bool {
            let name = items[k].name
            let tail = Array(name.utf8.suffix(6))
            let whole = 0..<tail.count
            guard !unitEndings.contains(where: { UTF8Scan.hasSuffix($0, in: tail, whole) }),
                  !runOnUnitEndings.contains(where: { UTF8Scan.hasSuffix($0, in: tail, whole) }), !name.hasPrefix("各") else { return false }
            return !UnitLine.readsAsUnit(name)
        }
        for k in 1..<items.count {
            let item = items[k]
            guard item.range.count > 6, let request = UTF8Scan.find(Self.request, in: bytes, from: item.range.lowerBound + 6, to: item.range.upperBound),
                  let unit = names(bytes, item.range.lowerBound..<request).first,
                  unit.name.hasPrefix("各") || UnitLine.readsAsUnit(unit.name) else { continue }
            return Array(items[..<k]) + [unit]
        }
        for k in 1..<(items.count - 1) where namesNoUnit(k) && namesNoUnit(k + 1) && !namesNoUnit(k - 1) {
            return Array(items[..<k])
        }
        return items
    }

    /// `…配合单位:A、B,各区政府 鄞州 海曙、江东 合计 2 5`: a table of figures flattened after the list. Past a
    /// space, a figure, or two items in a row that name no unit, end the list.
    static func beforeFlattenedFigures(_ bytes: [UInt8], _ items: [Range<Int>]) -> [Range<Int>] {
        guard items.count > 1 else { return items }
        func namesNoUnit(_ k: Int) -> Bool {
            let text = String(decoding: bytes[items[k]], as: UTF8.self)
            return !looksLikeUnit(text) && !isUnnamedCollective(text)
        }
        for k in 1..<items.count {
            let gap = items[k - 1].upperBound..<items[k].lowerBound
            guard !gap.isEmpty, bytes[gap].allSatisfy({ $0 == 0x20 }) else { continue }
            let figure = bytes[items[k]].allSatisfy { (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x25 }
            if figure || namesNoUnit(k) && k + 1 < items.count && namesNoUnit(k + 1) { return Array(items[..<k]) }
        }
        return items
    }

    /// Unit names in a list, each without a bracketed note (〈含开发区…〉) or a trailing 等.
    /// Byte-level: brackets are `(` `)` and 〈 〉 【 】 (E3 80 88/89/90/91).
    /// A bracket of administrative levels inside a name (`各区(市)县政府`: `(市)`
    /// followed by more of the name) is part of the name as written.
    static func names(_ bytes: [UInt8], _ range: Range<Int>) -> [(name: String, range: Range<Int>, note: String)] {
        // `牵头责任单位:市发展改革委。` on a line of its own: the stop closes the line, not a name.
        var range = range
        while range.count >= 3, UTF8Scan.hasSuffix(Segmenter.fullStop, in: bytes, range) { range = range.lowerBound..<(range.upperBound - 3) }
        // `…,区旅游文体局、市场监管局等按职责分工` in a table's cell: how they share the work names no unit.
        if let qualifier = sharingQualifiers.first(where: { UTF8Scan.hasSuffix($0, in: bytes, range) }), range.count > qualifier.count {
            range = range.lowerBound..<(range.upperBound - qualifier.count)
        }
        // 、 , and spaces all separate units (`省发展改革委 省财政厅`).
        var items = Segmenter.listItems(bytes, in: range, separators: ["、", ",", " ", ";"])
        // 各区、县(市)政府 is one unit: a leading 各… (or 相关…) with no unit word of its own joins the next
        // item, past bare levels between them (各县、市、区政府, 相关市、县政府).
        var n = 0
        while n + 1 < items.count {
            let item = items[n]
            if UTF8Scan.hasPrefix(each, in: bytes, at: item.lowerBound) || unnamedPrefixes.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: item.lowerBound) }),
               // (各市(县)、区政府: a bracket of levels after the first.)
               item.count <= 9 || item.count <= 14 && bytes[item.upperBound - 1] == 0x29,
               !unitEndings.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, item) }) {
                var last = n + 1
                while last + 1 < items.count, isBareLevel(items[last], bytes) { last += 1 }
                if UTF8Scan.hasSuffix(government, in: bytes, items[last]) {
                    items[n] = item.lowerBound..<items[last].upperBound
                    items.removeSubrange((n + 1)...last)
                }
            }
            n += 1
        }
        // 江岸、江汉、汉阳、武昌区人民政府: places written bare before the last, which carries the level
        // and the body they share, are one unit as written (no unit is named 江岸); so are bare names before one that
        // carries the body they share (`苏澳、平原、大练综合执法大队`).
        // So are towns written with their level (`岚城乡、北厝镇、澳前镇人民政府`: the three towns' governments).
        n = 0
        while n + 1 < items.count {
            let levelled = isLevelledTown(items[n], bytes)
            guard levelled || isBarePlace(items[n], bytes) else { n += 1; continue }
            var last = n + 1
            while last + 1 < items.count, levelled ? isLevelledTown(items[last], bytes) : isBarePlace(items[last], bytes) { last += 1 }
            let gaps = (n..<last).allSatisfy { k in
                bytes[UTF8Scan.trim(bytes, items[k].upperBound..<items[k + 1].lowerBound)].elementsEqual(Segmenter.enumerationComma)
            }
            if gaps, placedGovernment(items[last], bytes, levels: levelled ? townLevels : placeLevels)
                || !levelled && sharesBody(items[last], bytes, placeBytes: items[n].count)
                    && (n..<last).allSatisfy({ isBareName(items[$0], bytes) }) {
                items[n] = items[n].lowerBound..<items[last].upperBound
                items.removeSubrange((n + 1)...last)
            }
            n += 1
        }
        // `…,人民大垸、荒湖管理区,…`: in a list parted by commas, a name that ends as no body or place does, joined by 、
        // to one that does, shares its level; one unit as written (as 各乡、镇人民政府 is).
        let comma = { (gap: Range<Int>) in bytes[UTF8Scan.trim(bytes, gap)].elementsEqual([0x2C]) }
        n = 0
        while n + 1 < items.count {
            let before = n > 0 ? comma(items[n - 1].upperBound..<items[n].lowerBound) : false
            let after = n + 2 < items.count ? comma(items[n + 1].upperBound..<items[n + 2].lowerBound) : false
            if before || after, (6...18).contains(items[n].count), UTF8Scan.isHan(bytes, at: items[n].upperBound - 3),
               !Self.anyUnitEnds.contains(UTF8Scan.scalar(bytes, at: items[n].upperBound - 3)),
               !isBareLevel(items[n], bytes), items[n + 1].count >= 6, UTF8Scan.isHan(bytes, at: items[n + 1].upperBound - 3),
               WorkPlanExtractor.placeOrBodyEnds.contains(UTF8Scan.scalar(bytes, at: items[n + 1].upperBound - 3)),
               bytes[UTF8Scan.trim(bytes, items[n].upperBound..<items[n + 1].lowerBound)].elementsEqual(Segmenter.enumerationComma) {
                items[n] = items[n].lowerBound..<items[n + 1].upperBound
                items.remove(at: n + 1)
            }
            n += 1
        }
        // 13个街道、镇: a level word left alone after 、 is the rest of the collective of places before it.
        items = PlaceCollective.joined(bytes, items)
        items = beforeFlattenedFigures(bytes, items)
        // A name broken across lines (a PDF's line width: `中央宣传部、教育` / `部`) is one unit:
        // a line break after a piece that does not end as a unit ends does not separate.
        n = 0
        while n + 1 < items.count {
            let gap = items[n].upperBound..<items[n + 1].lowerBound
            if bytes[gap].contains(0x0A), bytes[gap].allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }),
               !unitEndings.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, items[n]) }) {
                items[n] = items[n].lowerBound..<items[n + 1].upperBound
                items.remove(at: n + 1)
            } else {
                n += 1
            }
        }
        // 各乡镇党委、政府: an organ's bare name after 、 is the same place's other organ; one unit as written.
        n = 1
        while n < items.count {
            // (Only after a place's organ: `各处室、办事处` are the offices and the subdistricts' offices, two units.)
            // (`区党工委、管委会办公室`, `县委、县政府督查室`: the office the two organs share, one unit too.)
            let sharedOffice = isSharedOffice(bytes, items[n], after: items[n - 1])
            if sharedOffice || BrokenUnitName.isPlaceOrgan(bytes, items[n]) && placeOrganEnds.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, items[n - 1]) }),
               bytes[UTF8Scan.trim(bytes, items[n - 1].upperBound..<items[n].lowerBound)].elementsEqual(Segmenter.enumerationComma) {
                items[n - 1] = items[n - 1].lowerBound..<items[n].upperBound
                items.remove(at: n)
            } else {
                n += 1
            }
        }
        // 各处、单位: a bare 单位 or 部门 after each office is the same collective, one unit as written; so is one after an
        // 等 phrase (`政法综治处等相关处室、单位`), which the 等 then cuts whole.
        n = 1
        while n < items.count {
            if genericWords.contains(where: { bytes[items[n]].elementsEqual($0) }),
               UTF8Scan.hasPrefix(each, in: bytes, at: items[n - 1].lowerBound) || UTF8Scan.find(UnitCell.et, in: bytes, from: items[n - 1].lowerBound + 3, to: items[n - 1].upperBound) != nil,
               bytes[UTF8Scan.trim(bytes, items[n - 1].upperBound..<items[n].lowerBound)].elementsEqual(Segmenter.enumerationComma) {
                items[n - 1] = items[n - 1].lowerBound..<items[n].upperBound
                items.remove(at: n)
            } else {
                n += 1
            }
        }
        // 市委宣传部和市文明办: two units joined by a word; 县发改局县财政局县住建局: a table's unit cell
        // run together is the units it holds.
        items = items.flatMap { JoinedUnits.split(bytes, $0) }.flatMap { GluedUnits.split(bytes, $0) }
        let named: [(name: String, range: Range<Int>, note: String)] = items.compactMap { item in
            var text: [UInt8] = []
            var note: [UInt8] = []
            text.reserveCapacity(item.count)
            var depth = 0
            var i = item.lowerBound
            while i < item.upperBound {
                let b = bytes[i]
                if b == 0x28, depth == 0, let close = UTF8Scan.find([0x29], in: bytes, from: i + 1, to: item.upperBound),
                   close - i - 1 <= 9, close + 1 < item.upperBound,
                   String(decoding: bytes[(i + 1)..<close], as: UTF8.self).allSatisfy({ "市区县乡镇街道旗州、".contains($0) }) {
                    // 各区(市)县政府, 各乡(镇)人民政府: kept as written.
                    text.append(contentsOf: bytes[i...close])
                    i = close + 1
                    continue
                }
                if b == 0x28 { depth += 1; i += 1; continue }
                if b == 0x29 { depth = max(0, depth - 1); i += 1; continue }
                if b == 0xE3, i + 2 < item.upperBound, bytes[i + 1] == 0x80 {
                    let c = bytes[i + 2]
                    if c == 0x88 || c == 0x90 { depth += 1; i += 3; continue }
                    if c == 0x89 || c == 0x91 { depth = max(0, depth - 1); i += 3; continue }
                }
                if b == 0x0A {
                    // A line break inside a name, with the spaces around it, is no part of it.
                    while let last = text.last, last == 0x20 || last == 0x09 { text.removeLast() }
                    i += 1
                    while i < item.upperBound, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A { i += 1 }
                    continue
                }
                if depth == 0 { text.append(b) } else { note.append(b) }
                i += 1
            }
            var name = withoutMarks(trimmedString(text[...]))
            // 市经信局等有关部门: the unit named, not the rest left unnamed.
            for tail in collectiveTails where name.hasUTF8Suffix(tail) && name.count > tail.count {
                name.removeLast(tail.count)
                break
            }
            // 市城管局等有关执法部门, 市科技局等成员单位: any short collective after the last 等;
            // 银保监会等国务院相关部门及各地区: any that leaves its units unnamed (相关, 有关).
            if let et = name.lastIndex(of: "等"), et != name.startIndex {
                let tail = name[name.index(after: et)...]
                if tail.count <= 8 && collectiveEndings.contains(where: { tail.hasUTF8Suffix($0) })
                    || tail.count <= 16 && unnamedWords.contains(where: { tail.containsText($0) }) { name = String(name[..<et]) }
            }
            // (`A、B、等按职责分工负责`: an 等 left alone after the last 、 names no unit.)
            return name.isEmpty || name.utf8.count == 3 && name == "等" ? nil : (name, item, String(decoding: note, as: UTF8.self))
        }
        // 区发改局、区住建局、区级相关部门: a collective listed as a unit of its own is one, after named
        // units as alone (有关成员单位参与); only a trailing 等 phrase (市经信局等有关部门) is cut above.
        return named
    }

    /// `name` without the marks a table sets before or after a unit (`★区工信局`): a mark is no part
    /// of the name; whether it makes the unit the lead is for the plan to say (`WorkPlanExtractor.leadMarks`).
    static func withoutMarks(_ name: String) -> String {
        let marks = PlanWords.shared.leadMarks
        // Cheap test first (this runs on every unit name): a mark at either end, or none.
        guard !marks.isEmpty, marks.contains(where: { name.utf8.starts(with: $0) || name.utf8.reversed().starts(with: $0.reversed()) })
        else { return name }
        var rest = Substring(name)
        while let c = rest.first, c == " " || marks.contains(Array(c.utf8)) { rest.removeFirst() }
        while let c = rest.last, c == " " || marks.contains(Array(c.utf8)) { rest.removeLast() }
        return String(rest)
    }

    /// A list item that is one level character alone (the 市 of 各县、市、区政府).
    /// A place's name of two or three Han characters with no level and no unit's ending (`江岸`, `汉阳`).
    static func isBarePlace(_ item: Range<Int>, _ bytes: [UInt8]) -> Bool {
        guard item.count == 6 || item.count == 9, UTF8Scan.isHanRun(bytes, item)
        else { return false }
        return !unitEndings.contains { UTF8Scan.hasSuffix($0, in: bytes, item) }
            && !PlaceCollective.levelWords.contains { UTF8Scan.hasSuffix(Array($0.utf8), in: bytes, item) }
    }

    /// `苏澳、平原、屿头、大练派出所`, `公安、边防派出所`: the last of bare names that share one body is a name as long as the
    /// first (`placeBytes`), then the body's name, two characters or more, ending as a unit's does.
    static func sharesBody(_ item: Range<Int>, _ bytes: [UInt8], placeBytes: Int) -> Bool {
        item.count >= placeBytes + 6 && UTF8Scan.isHanRun(bytes, item)
            && anyUnitEnds.contains(UTF8Scan.scalar(bytes, at: item.upperBound - 3))
    }

    /// A name that ends as no body or place does and opens with no 各 (`苏澳`, `公安`; not `各科室`, `妇联`, `南盘村`).
    static func isBareName(_ item: Range<Int>, _ bytes: [UInt8]) -> Bool {
        !UTF8Scan.hasPrefix(each, in: bytes, at: item.lowerBound) && !anyUnitEnds.contains(UTF8Scan.scalar(bytes, at: item.upperBound - 3))
    }

    /// A place's government written with its level (`武昌区人民政府`, `某县政府`): a place of two or three
    /// characters, 区, 县 or 市, then a name ending in 政府.
    static func placedGovernment(_ item: Range<Int>, _ bytes: [UInt8], levels: [[UInt8]] = placeLevels) -> Bool {
        guard UTF8Scan.hasSuffix(government, in: bytes, item) else { return false }
        return [6, 9].contains { place in
            item.lowerBound + place + 3 < item.upperBound
                && levels.contains { UTF8Scan.hasPrefix($0, in: bytes, at: item.lowerBound + place) }
        }
    }

    static let placeLevels = ["区", "县", "市"].map { Array($0.utf8) }

    /// Whether `item` is the office a government shares with the party committee named just before it (`管委会办公室`
    /// after `区党工委`, `县政府督查室` after `县委`): the government (a level may open it), then an office.
    static func isSharedOffice(_ bytes: [UInt8], _ item: Range<Int>, after previous: Range<Int>) -> Bool {
        guard partyCommitteeEnds.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, previous) }), previous.count <= 15 else { return false }
        var at = item.lowerBound
        if placeLevels.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }) { at += 3 }
        guard let organ = sharingGovernments.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }) else { return false }
        return sharedOffices.contains { UTF8Scan.hasPrefix($0, in: bytes, at: at + organ.count) }
    }
    static let partyCommitteeEnds = ["党工委", "党委", "县委", "市委", "区委"].map { Array($0.utf8) }
    static let sharingGovernments = ["管委会", "人民政府", "政府"].map { Array($0.utf8) }
    static let sharedOffices = ["办公室", "督查室", "信访局"].map { Array($0.utf8) }
    static let townLevels = ["乡", "镇"].map { Array($0.utf8) }

    /// A town's name with its level and nothing after (`北厝镇`, `岚城乡`): two or three Han characters, then 乡 or 镇.
    static func isLevelledTown(_ item: Range<Int>, _ bytes: [UInt8]) -> Bool {
        guard item.count == 9 || item.count == 12, UTF8Scan.isHanRun(bytes, item)
        else { return false }
        return townLevels.contains { UTF8Scan.hasSuffix($0, in: bytes, item) } && !UTF8Scan.hasPrefix(each, in: bytes, at: item.lowerBound)
    }

    static func isBareLevel(_ item: Range<Int>, _ bytes: [UInt8]) -> Bool {
        item.count == 3 && bareLevels.contains { UTF8Scan.hasPrefix($0, in: bytes, at: item.lowerBound) }
    }

    static let bareLevels = ["市", "区", "县", "乡", "镇", "旗"].map { Array($0.utf8) }

    /// Words that leave the units unnamed (区级相关部门, 各有关单位, 其他有关成员单位).
    static let unnamedWords = ["相关", "有关"]

    static let genericWords = ["单位", "部门"].map { Array($0.utf8) }
    static let unnamedPrefixes = unnamedWords.map { Array($0.utf8) }

    /// A collective that names no unit, short: 相关 or 有关 with a generic ending (区级相关部门), or opening
    /// the name whatever it ends in (相关街道, 相关乡镇办, 相关市、县政府, 各相关乡镇政府: whichever of them the task concerns).
    static func isUnnamedCollective(_ name: String) -> Bool {
        name.count <= 10 && unnamedWords.contains { name.containsText($0) }
            && (collectiveEndings.contains { name.hasUTF8Suffix($0) } || name.hasUTF8Suffix("管委会")
                || unnamedWords.contains { name.hasUTF8Prefix($0) || name.hasUTF8Prefix("各" + $0) })
    }

    /// What ends a list after its last named unit, longest first.
    static let collectiveEndings = ["部门", "单位", "机构", "处室", "科室"]
    /// How a place's organ ends, before the bare name of the same place's other organ (`各乡镇党委、政府`).
    static let placeOrganEnds = ["党委", "政府", "党工委", "管委会", "人大", "政协", "办事处", "街道", "镇", "乡", "区", "县", "市"].map { Array($0.utf8) }
    static let collectiveTails = ["等有关部门和单位", "等有关单位", "等有关部门", "等相关单位", "等相关部门", "等部门", "等单位", "等"]

    /// The text of `slice` without leading and trailing whitespace (as
    /// `trimmingCharacters(in: .whitespaces)`; ASCII spaces and tabs are cut
    /// here, anything rarer goes through Foundation).
    static func trimmedString(_ slice: ArraySlice<UInt8>) -> String {
        var lo = slice.startIndex, hi = slice.endIndex
        while lo < hi, slice[lo] == 0x20 || slice[lo] == 0x09 { lo += 1 }
        while hi > lo, slice[hi - 1] == 0x20 || slice[hi - 1] == 0x09 { hi -= 1 }
        let text = String(decoding: slice[lo..<hi], as: UTF8.self)
        // Other Unicode spaces (U+1680, U+2000…U+205F, U+3000, U+00A0) start with E1, E2, E3 or C2.
        if lo < hi, [0xC2, 0xE1, 0xE2, 0xE3].contains(slice[lo]) || [0xC2, 0xE1, 0xE2, 0xE3].contains(slice[max(lo, hi - 3)]) || (hi - lo >= 2 && slice[hi - 2] == 0xC2) {
            return text.trimmingCharacters(in: .whitespaces)
        }
        return text
    }
}
