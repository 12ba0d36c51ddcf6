/// Tasks written as news prose, each sentence opened by its units and a verb:
/// `县水务局牵头,组织开展…专项行动。县环保局牵头,督促…。`, `由区住建局负责,…`,
/// `A牵头,B、C配合,推进…`. The text after the verb's comma, to the sentence's
/// end, is the task.
///
/// A paragraph counts only with two such sentences or more (a plan written as a
/// report lists its tasks one after another); one alone in a news story is as
/// likely a remark. Every item before the verb must read as a unit, so
/// `同时,要求县级部门牵头实施` (no comma after the verb) and `副县长王明牵头,`
/// (a leader) open no task.
enum UnitLedSentences {
    /// One task: its sentence, where its text starts, and its units.
    struct Sentence {
        var range: Range<Int>
        var contentStart: Int
        var units: UnitAssignment
    }

    /// Verbs that close the opening list, with a comma after them.
    static let openers: [(word: [UInt8], kind: UnitAssignment.Kind, role: String)] = [
        (Array("牵头,".utf8), .lead, "牵头"), (Array("负责,".utf8), .responsible, "负责"),
    ]
    /// Verbs of a second list after the first (`B、C配合,`).
    static let helpers = ["配合", "参与", "协助"].map { Array($0.utf8) }
    /// Words a sentence may open with before its units (`即A牵头`, `由A负责`).
    static let connectives = ["其中", "并由", "即", "由", "再由"].map { Array($0.utf8) }
    /// The most units one sentence names.
    static let maximumUnits = 6
    /// A task has five characters at least.
    static let shortestTask = 15

    /// The tasks of the paragraph `line`; nil unless two sentences or more open with units.
    static func split(_ bytes: [UInt8], _ line: Range<Int>) -> [Sentence]? {
        // Cheap test first: this runs on every paragraph with no units of its own.
        let withComma = openers.contains(where: { UTF8Scan.find($0.word, in: bytes, from: line.lowerBound, to: line.upperBound) != nil })
        let charged = line.count >= shortestChargedParagraph && holdsModals(bytes, line)
        guard withComma || charged || UTF8Scan.find(responsibleVerb, in: bytes, from: line.lowerBound, to: line.upperBound) != nil else { return nil }
        var found: [Sentence] = []
        var modal: [Sentence] = []
        var previous: Range<Int>?
        for sentence in sentences(bytes, line) {
            defer { previous = sentence }
            let opened = withComma ? read(bytes, sentence) ?? afterLeadIn(bytes, sentence) : nil
            guard var read = opened ?? gluedDuty(bytes, sentence) else {
                if charged, let led = modalLed(bytes, sentence) { modal.append(led) }
                continue
            }
            // (`(二)压实监管责任。区农业农村局要发挥牵头抓总…。区农业农村局负责…,区农业农村中心负责…`: where a sentence
            // before charges a unit, the clauses share out that item's work and stay with it.)
            if opened == nil, case let clauses = dutyClauses(bytes, read), clauses.count > 1,
               !sentences(bytes, line.lowerBound..<sentence.lowerBound).contains(where: {
                   WorkPlanExtractor.sentenceSubjects(bytes, from: $0.lowerBound, to: $0.upperBound) != nil }) {
                found += clauses
                continue
            }
            // `(一)开展现状调研。由A牵头,B、C等部门配合,对…`: an item's heading just before is the task's title.
            if let previous, let heading = itemHeading(bytes, previous) {
                read.range = heading.lowerBound..<read.range.upperBound
                read.contentStart = heading.upperBound
            }
            found.append(read)
        }
        if modal.count >= fewestChargedSentences { return (found + modal).sorted { $0.range.lowerBound < $1.range.lowerBound } }
        return found.count >= 2 ? found : nil
    }

    /// `区社会事业局要重点部署…。区教育局要重点部署…。区卫计局要…`: a notice's paragraph that charges one named unit after
    /// another, each opening its sentence with 要 (`WorkPlanExtractor.sentenceSubjects`: no closing charge to every body).
    /// Five such sentences at least make each a task; fewer are a remark's or an item's, read with the item.
    static let fewestChargedSentences = 5
    static let shortestChargedParagraph = 3 * 150
    static let modal = UnitHeadedLine.modal

    /// Whether `line` holds 要 `fewestChargedSentences` times at least (a cheap test before its sentences are read).
    static func holdsModals(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        var count = 0
        var from = line.lowerBound
        while let at = UTF8Scan.find(modal, in: bytes, from: from, to: line.upperBound) {
            count += 1
            if count >= fewestChargedSentences { return true }
            from = at + modal.count
        }
        return false
    }

    /// The task of a sentence opened by named units and 要; its text, and so its title, opens with them.
    static func modalLed(_ bytes: [UInt8], _ sentence: Range<Int>) -> Sentence? {
        guard sentence.count >= 3 * shortestTask,
              let units = WorkPlanExtractor.sentenceSubjects(bytes, from: sentence.lowerBound, to: sentence.upperBound),
              units.range.lowerBound == sentence.lowerBound, UTF8Scan.hasSuffix(modal, in: bytes, units.range) else { return nil }
        return Sentence(range: sentence, contentStart: sentence.lowerBound, units: units)
    }

    /// The longest item heading read before a sentence of units, in characters.
    static let longestItemHeading = 40

    /// The item heading that closes `piece` (`…二、主要任务和分工(一)开展不动产登记现状调研`): where its marker starts and
    /// where its text does, when a second-level heading or a numbered item (`(一)`, `1.`) opens a short text running
    /// to the piece's end that names no unit's verb.
    static func itemHeading(_ bytes: [UInt8], _ piece: Range<Int>) -> Range<Int>? {
        var at = max(piece.lowerBound, piece.upperBound - 3 * longestItemHeading - 12)
        while at < piece.upperBound {
            if bytes[at] == 0x28 || (0x31...0x39).contains(bytes[at]) && (at == piece.lowerBound || !(0x30...0x39).contains(bytes[at - 1])),
               let marker = OutlineMarker.parse(bytes, at: at, end: piece.upperBound), marker.level >= 2,
               piece.upperBound - marker.contentStart >= 6, piece.upperBound - marker.contentStart <= 3 * longestItemHeading,
               UTF8Scan.isHan(bytes, at: marker.contentStart),
               !headingVerbs.contains(where: { UTF8Scan.find($0, in: bytes, from: marker.contentStart, to: piece.upperBound) != nil }),
               UTF8Scan.find([0x29], in: bytes, from: marker.contentStart, to: piece.upperBound) == nil {
                return at..<marker.contentStart
            }
            at += 1
        }
        return nil
    }

    static let responsibleVerb = Array("负责".utf8)
    static let leadVerb = Array("牵头".utf8)
    /// The verbs of `openers`, which no item heading over a unit-led sentence holds.
    static let headingVerbs = [leadVerb, responsibleVerb]
    /// Words after 负责 that make it a noun (`县政府负责同志`, `负责人`): no duty follows.
    static let dutyNouns = ["同志", "人"].map { Array($0.utf8) }

    /// `县财政局负责项目资金筹措、调度…;县农牧局分工负责方案审查…;乡镇、村负责项目公示…`: a paragraph that shares out
    /// duties, each clause opened by its units and 负责 with the duty right after it (no comma between).
    static func gluedDuty(_ bytes: [UInt8], _ sentence: Range<Int>) -> Sentence? {
        let comma = UTF8Scan.find([0x2C], in: bytes, from: sentence.lowerBound, to: sentence.upperBound) ?? sentence.upperBound
        guard let verb = UTF8Scan.find(responsibleVerb, in: bytes, from: sentence.lowerBound, to: comma),
              !dutyNouns.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: verb + responsibleVerb.count) }) else { return nil }
        var listEnd = verb
        // (县农牧局分工负责, 按职责负责: a qualifier before the verb is no part of the last unit.)
        if let qualifier = UnitAssignment.verbQualifiers.first(where: { UTF8Scan.hasSuffix($0, in: bytes, sentence.lowerBound..<verb) }) { listEnd -= qualifier.count }
        let listStart = itemStart(bytes, sentence.lowerBound, before: listEnd)
        // (`职责分工负责…`: a heading's word that reaches past the list leaves no units before the verb.)
        guard listStart < listEnd else { return nil }
        // `区交建局负责牵头协调推进…`: the unit leads the duty.
        let leads = UTF8Scan.hasPrefix(leadVerb, in: bytes, at: verb + responsibleVerb.count)
        guard let found = units(bytes, listStart..<listEnd, kind: leads ? .lead : .responsible, role: leads ? "牵头" : "负责") else { return nil }
        let content = UTF8Scan.trim(bytes, (verb + responsibleVerb.count + (leads ? leadVerb.count : 0))..<sentence.upperBound)
        guard content.count >= shortestTask else { return nil }
        // The units are the sentence's subject: its text, and so its title, opens with them (`区公安局负责…`).
        return Sentence(range: sentence, contentStart: listStart, units: UnitAssignment(units: found, range: listStart..<content.lowerBound))
    }

    /// `局药械处负责组织协调…,各分局派人员配合…,稽查支队负责对…查处,办公室负责新闻宣传工作`: one sentence sharing out
    /// duties clause by clause, parted by commas; each clause opened by units and 负责 is a task, and a clause opening
    /// with none stays with the one before it.
    static func dutyClauses(_ bytes: [UInt8], _ first: Sentence) -> [Sentence] {
        var clauses = [first]
        var at = first.units.range.upperBound
        while let comma = UTF8Scan.find([0x2C], in: bytes, from: at, to: first.range.upperBound) {
            at = comma + 1
            guard comma - clauses[clauses.count - 1].units.range.upperBound >= shortestTask else { continue }
            guard let next = gluedDuty(bytes, at..<first.range.upperBound) else {
                if let helping = helpingClause(bytes, at..<(UTF8Scan.find([0x2C], in: bytes, from: at, to: first.range.upperBound) ?? first.range.upperBound)) {
                    clauses[clauses.count - 1].units.units += helping
                }
                continue
            }
            clauses[clauses.count - 1].range = clauses[clauses.count - 1].range.lowerBound..<comma
            clauses.append(next)
            at = next.units.range.upperBound
        }
        return clauses
    }

    /// `各分局派人员配合做好…`: a clause between duties whose units help the one before, the longest run of units
    /// opening it before 配合, 参与 or 协助.
    static func helpingClause(_ bytes: [UInt8], _ clause: Range<Int>) -> [UnitAssignment.Unit]? {
        for helper in helpers {
            guard let verb = UTF8Scan.find(helper, in: bytes, from: clause.lowerBound, to: clause.upperBound) else { continue }
            var end = verb
            while end > clause.lowerBound {
                if let found = units(bytes, clause.lowerBound..<end, kind: .responsible, role: String(decoding: helper, as: UTF8.self)) { return found }
                end -= 1
                while end > clause.lowerBound, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            }
        }
        return nil
    }

    /// Where a sentence's units start: after the heading its page glued to the first of them (`职责分工各片区管理局负责…`,
    /// a word of `TaskFacets`) and after the item's number (`工作内容1.区交通与建设局负责…;2.区社会事业局负责…`).
    static func itemStart(_ bytes: [UInt8], _ start: Int, before end: Int) -> Int {
        var at = start
        if let facet = TaskFacets.words.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }) { at += facet.count }
        if let marker = OutlineMarker.parse(bytes, at: at, end: end), marker.contentStart < end { at = marker.contentStart }
        return at
    }

    /// The pieces of `line` between `。`, `;` and `:`, each without its closing mark.
    static func sentences(_ bytes: [UInt8], _ line: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = line.lowerBound
        var at = line.lowerBound
        while at < line.upperBound {
            let stop = UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: at) ? Segmenter.fullStop.count
                : (bytes[at] == 0x3B || bytes[at] == 0x3A) ? 1 : 0
            if stop > 0 {
                if at > start { result.append(start..<at) }
                at += stop
                start = at
                continue
            }
            at += 1
        }
        if line.upperBound > start { result.append(start..<line.upperBound) }
        return result
    }

    /// The task of one sentence when its units open it.
    static func read(_ bytes: [UInt8], _ sentence: Range<Int>) -> Sentence? {
        var listStart = sentence.lowerBound
        if let word = connectives.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: listStart) }) { listStart += word.count }
        // The first comma of the sentence closes the verb: the units come before any clause of their own.
        guard let comma = UTF8Scan.find([0x2C], in: bytes, from: listStart, to: sentence.upperBound),
              let opener = openers.first(where: { UTF8Scan.hasSuffix($0.word, in: bytes, listStart..<(comma + 1)) }),
              let leads = units(bytes, listStart..<(comma + 1 - opener.word.count), kind: opener.kind, role: opener.role) else { return nil }
        var all = leads
        var contentStart = comma + 1
        // A second list with its own verb: `B、C配合,`.
        if let next = UTF8Scan.find([0x2C], in: bytes, from: contentStart, to: sentence.upperBound),
           let helper = helpers.first(where: { UTF8Scan.hasSuffix($0, in: bytes, contentStart..<next) }),
           let more = units(bytes, contentStart..<(next - helper.count), kind: .responsible, role: String(decoding: helper, as: UTF8.self)) {
            all += more
            contentStart = next + 1
        }
        let content = UTF8Scan.trim(bytes, contentStart..<sentence.upperBound)
        guard content.count >= shortestTask else { return nil }
        return Sentence(range: sentence, contentStart: content.lowerBound, units: UnitAssignment(units: all, range: listStart..<contentStart))
    }

    /// `…,县长某要求,由县发展和改革局牵头,…`: a sentence whose units come after a lead-in, opened by 由 after a comma.
    static func afterLeadIn(_ bytes: [UInt8], _ sentence: Range<Int>) -> Sentence? {
        guard let at = UTF8Scan.find(leadInAgent, in: bytes, from: sentence.lowerBound, to: sentence.upperBound) else { return nil }
        guard var read = read(bytes, (at + 1)..<sentence.upperBound) else { return nil }
        read.range = sentence
        return read
    }
    static let leadInAgent = Array(",由".utf8)

    /// The places a plan gives work to by their kind (`乡镇、村负责项目公示`).
    static let bareLocalUnits: Set<String> = ["乡镇", "村", "村组", "社区", "街道", "各村", "各社区", "村委会", "居委会"]

    /// The units of a list when every item reads as a unit (a town or a street too: `丹凤街道牵头`).
    static func units(_ bytes: [UInt8], _ list: Range<Int>, kind: UnitAssignment.Kind, role: String) -> [UnitAssignment.Unit]? {
        guard !list.isEmpty else { return nil }
        let items = UnitAssignment.names(bytes, list)
        guard !items.isEmpty, items.count <= maximumUnits,
              items.allSatisfy({ UnitHeadedLine.isHeadName($0.name) || UnitLine.isTownOrStreet($0.name) || bareLocalUnits.contains($0.name) })
        else { return nil }
        return items.map { UnitAssignment.Unit(name: $0.name, range: $0.range, kind: kind, role: role) }
    }
}
