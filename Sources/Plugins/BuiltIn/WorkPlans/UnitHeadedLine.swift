/// A task line headed by its units and a colon: `3.区发改局:推进重大项目前期工作…`,
/// `区教育局、区财政局:新建幼儿园2所`. The units answer for the task; a task
/// that starts with 牵头 (`区发改局:牵头推进…`) is led by them.
///
/// The head must read as units (`UnitLine.readsAsUnit`) and not be a label
/// (`牵头单位:`, `联系单位:`, `责任领导:` are read elsewhere or not at all);
/// `主要目标:`, `工作要求:` end as no unit ends.
enum UnitHeadedLine {
    /// The longest head read, in bytes (a few unit names).
    static let maximumHead = 90
    static let leadWord = Array("牵头".utf8)

    /// The units heading the text at `start` and where the task's own text starts.
    static func parse(_ bytes: [UInt8], from start: Int, to end: Int) -> (units: UnitAssignment, text: Int)? {
        guard let colon = UTF8Scan.find([0x3A], in: bytes, from: start, to: min(end, start + maximumHead)), colon > start else { return nil }
        let text = UTF8Scan.trim(bytes, (colon + 1)..<end)
        // The task needs words of its own (five characters at least).
        guard text.count >= 15, UnitAssignment.label(endingAt: colon, in: bytes, from: start) == nil,
              !UnitAssignment.genericLabelEndings.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, start..<colon) })
                || UnitAssignment.dutyFollows(colon: colon, in: bytes),
              !UnitAssignment.personLabels.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, start..<colon) }) else { return nil }
        // `(三)片区办公室工作小组职责:负责…`, `(一)某领导小组工作职责:…`: the unit before the word for its duties.
        let dutiesWord = dutiesWords.first { UTF8Scan.hasSuffix($0, in: bytes, start..<colon) && colon - $0.count - start >= 9 }
        var head = dutiesWord.map { start..<(colon - $0.count) } ?? start..<colon
        // (`三、部门职责教育部门:组织…`: the heading of the duties glued to the first unit, a word of `TaskFacets`.)
        if let facet = TaskFacets.words.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: head.lowerBound) }), head.count - facet.count >= 9 {
            head = (head.lowerBound + facet.count)..<head.upperBound
        }
        let items = UnitAssignment.names(bytes, head)
        // (`各部门工作职责:A局:负责…`: every body's duties head the list of them, no task.)
        if dutiesWord != nil, items.allSatisfy({ UnitAssignment.isUnnamedCollective($0.name) || WorkPlanExtractor.closingChargeBodies.contains($0.name) }) {
            return nil
        }
        // A unit's name has three characters at least (团区委); 主办:, 会办: are a form's labels.
        guard !items.isEmpty, items.allSatisfy({ isHeadName($0.name) }) else { return nil }
        // What follows is a task, not more units (主办单位:A  会办:B, C).
        guard !UnitAssignment.names(bytes, text).allSatisfy({ UnitLine.readsAsUnit($0.name) }) else { return nil }
        let leads = UTF8Scan.hasPrefix(leadWord, in: bytes, at: text.lowerBound)
        let units = heads(items, leading: leads)
        return (UnitAssignment(units: units, range: start..<(colon + 1)), text.lowerBound)
    }

    /// What a unit's duties are called after its name, before the colon (longest first).
    static let dutiesWords = ["工作职责", "主要职责", "职责"].map { Array($0.utf8) }

    /// A unit's name heading a task: three characters at least (团区委), read as a unit's, no leader's.
    static func isHeadName(_ name: String) -> Bool {
        name.count >= 3 && UnitLine.readsAsUnit(name) && !UnitAssignment.isLeader(name)
    }

    /// A unit that opens a sentence as its subject: a heading unit as prose writes one, or every village or town
    /// named in two characters (`各处室、各村要…`).
    static func isSubjectName(_ name: String) -> Bool {
        villagesAndTowns.contains(name) || isHeadName(name) && UnitClause.isName(name)
    }
    static let villagesAndTowns: Set<String> = ["各村", "各镇", "各乡"]

    /// The heading units, leading the task or answering for it.
    static func heads(_ items: [(name: String, range: Range<Int>, note: String)], leading: Bool) -> [UnitAssignment.Unit] {
        items.map { UnitAssignment.Unit(name: $0.name, range: $0.range, kind: leading ? .lead : .responsible, role: leading ? "牵头" : "负责") }
    }

    static let dutyVerbs = ["负责", "牵头"].map { Array($0.utf8) }
    /// 要 after the units, in a section of duties only (`六、责任分工…(六)区农村发展局要做好耕地保护工作…`; elsewhere
    /// `(三)各地各部门要…` is a plan's closing charge, no task).
    static let modal = Array("要".utf8)
    /// Verbs a section of duties gives its units besides 要 (`(三)资源生态处围绕如何做好退耕还林…做好业务指导`,
    /// `(五)某处配合…`, `12区财政金融局会同相关部门…`).
    static let dutySectionVerbs = ["围绕", "配合", "做好", "承担", "抓好", "会同"].map { Array($0.utf8) }
    static let agent = Array("由".utf8)
    static let firstCharge = Array("一".utf8)

    /// `(四)市环保局、某公安分局、市工商局负责对…进行查处。`: a numbered item whose sentence opens with its units as
    /// the subject, 负责 or 牵头 (in a section of duties, `duties`, also 要, 围绕, 配合, 做好…) right after them with no comma. The units are part of the task's sentence (its text
    /// starts with them). Every item must be a unit's name as prose writes one (`UnitClause.isName`).
    static func subjectHeaded(_ bytes: [UInt8], from start: Int, to end: Int, duties: Bool = false) -> (units: UnitAssignment, text: Int)? {
        let verbs = duties ? dutyVerbs + [modal] + dutySectionVerbs : dutyVerbs
        var head = start
        if UTF8Scan.hasPrefix(agent, in: bytes, at: head) { head += agent.count }
        var at = head
        var found: (verb: [UInt8], at: Int)?
        // `(四)区执法应急局,负责调查…`: a comma may stand between the units and 负责; the list ends before it.
        var comma: Int?
        while at < min(end, head + maximumHead), found == nil {
            if bytes[at] == 0x2C, at > head, UTF8Scan.hasPrefix(UnitAssignment.responsibleVerb, in: bytes, at: at + 1) {
                comma = at
                found = (UnitAssignment.responsibleVerb, at + 1)
                break
            }
            guard UTF8Scan.isHan(bytes, at: at) || UTF8Scan.hasPrefix(Segmenter.enumerationComma, in: bytes, at: at) else { return nil }
            if let verb = verbs.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }) { found = (verb, at) } else { at += 3 }
        }
        guard let found, found.at > head else { return nil }
        let after = found.at + found.verb.count
        // A comma after the verb is `UnitClause.leading`'s (由A负责,…); the task needs words of its own.
        guard after < end, bytes[after] != 0x2C, end - after >= 15 else { return nil }
        // `交通与建设处一要做好…二要…`: the first of the unit's charges, counted, is no part of its name.
        var listEnd = comma ?? found.at
        if found.verb == modal, listEnd - 3 > head, UTF8Scan.hasPrefix(firstCharge, in: bytes, at: listEnd - 3) { listEnd -= 3 }
        var items = UnitAssignment.names(bytes, head..<listEnd)
        if let first = items.first, let unit = unitAfterGluedTitle(bytes, first.range) {
            items[0] = (String(decoding: bytes[unit], as: UTF8.self), unit, first.note)
        }
        guard !items.isEmpty, items.count <= 8,
              items.allSatisfy({ isSubjectName($0.name) })
        else { return nil }
        // (`社会事业处要牵头做好…`: 要 before 牵头 leads too.)
        let leads = found.verb == leadWord || found.verb == modal && UTF8Scan.hasPrefix(leadWord, in: bytes, at: after)
        var units = heads(items, leading: leads)
        // `(一)区市场监管局牵头涉嫌垄断调查整治工作。区市场监管局负责…。区土开集团、城投集团,负责统计…`: a heading that
        // names its lead shares the work out in the sentences after it; the units opening them with 负责 answer for it.
        if leads, let stop = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: after, to: end) {
            UnitAssignment.appendNew(sharedDuties(bytes, from: stop + Segmenter.fullStop.count, to: end), to: &units)
        }
        UnitAssignment.appendNew(partners(bytes, from: after, to: end), to: &units)
        return (UnitAssignment(units: units, range: start..<after), start)
    }

    /// `(二)强化隐患路段排查区交通与建设局要组织…`: an item's title run straight into its first unit. A unit's name
    /// never opens with a task's words (`task-openers`: 强化, 开展 …), so the unit starts at the first level word
    /// (区, 市, 县, 省) after a title's few characters, where the rest reads as a unit's name.
    static func unitAfterGluedTitle(_ bytes: [UInt8], _ name: Range<Int>) -> Range<Int>? {
        guard gluedTitleOpeners.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: name.lowerBound) }) else { return nil }
        var at = name.lowerBound + 3 * shortestGluedTitle
        while at + 6 < name.upperBound {
            if levelOpeners.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }),
               isSubjectName(String(decoding: bytes[at..<name.upperBound], as: UTF8.self)) { return at..<name.upperBound }
            at += 3
        }
        return nil
    }
    static let gluedTitleOpeners = PlanWords.shared.taskOpeners.filter { $0.count >= 2 && !$0.hasPrefix("全") }.map { Array($0.utf8) }
    static let levelOpeners = ["区", "市", "县", "省"].map { Array($0.utf8) }
    /// The fewest characters of a title glued before its unit.
    static let shortestGluedTitle = 4

    /// `…要配合区农业农村部门加强…`, `四要联合派出所与执法大队,配合区公安部门…`: the units a subject unit works with,
    /// named after 配合, 联合, 会同 or 协助, answer for its task too, as readers key them. Each is the shortest run after
    /// the word that ends as a unit's name ends (`交通与建设部门` whole), and the list goes on after 、, 与 or 和.
    static func partners(_ bytes: [UInt8], from start: Int, to end: Int) -> [UnitAssignment.Unit] {
        var units: [UnitAssignment.Unit] = []
        var at = start
        var words = WordBoundaries(bytes)
        while let word = nextPartnerWord(bytes, from: at, to: end) {
            at = word
            while let name = shortestUnit(bytes, from: at, to: end) {
                let text = String(decoding: bytes[name], as: UTF8.self)
                // (`协助事故处理`, `联合检查行动`: a name's last character that begins the next word ends no name.)
                guard isSubjectName(text), !UnitAssignment.isUnnamedCollective(text), !isLevelCollective(text),
                      !WorkPlanExtractor.closingChargeOpenings.contains(where: text.hasUTF8Prefix), words.isBoundary(name.upperBound) else { break }
                UnitAssignment.appendNew([UnitAssignment.Unit(name: text, range: name, kind: .responsible, role: "配合")], to: &units)
                guard let joiner = partnerJoiners.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: name.upperBound) }) else { break }
                at = name.upperBound + joiner.count
            }
        }
        return units
    }

    /// `上级部门`, `区级有关部门`: the bodies of a level, named by no name.
    static func isLevelCollective(_ name: String) -> Bool {
        guard let level = levelWords.first(where: name.hasUTF8Prefix) else { return false }
        var rest = name.dropFirst(level.count)
        if let word = UnitAssignment.unnamedWords.first(where: { rest.hasPrefix($0) }) { rest = rest.dropFirst(word.count) }
        return ["部门", "单位", "机关"].contains(String(rest))
    }
    static let levelWords = ["上级", "下级", "同级", "本级", "各级", "省级", "市级", "区级", "县级", "镇级", "乡级", "村级"]

    static let partnerWords = ["配合", "联合", "会同", "协助"].map { Array($0.utf8) }
    static let partnerJoiners = ["、", "与", "和"].map { Array($0.utf8) }
    /// The longest partner unit's name, in characters.
    static let longestPartner = 16

    /// Where the units after the next partner word from `from` start.
    static func nextPartnerWord(_ bytes: [UInt8], from: Int, to end: Int) -> Int? {
        var best: Int?
        for word in partnerWords {
            if let found = UTF8Scan.find(word, in: bytes, from: from, to: best ?? end) { best = found + word.count }
        }
        return best
    }

    /// The shortest run of Han characters from `at` that ends as a unit's name ends, within `longestPartner`, grown
    /// to a later such end within `partnerGrowth` characters (`区公安部` to `区公安部门`, `区社会` to `区社会事业部门`).
    static func shortestUnit(_ bytes: [UInt8], from at: Int, to end: Int) -> Range<Int>? {
        func endsUnit(_ i: Int) -> Bool { UnitAssignment.looksLikeUnit(String(decoding: bytes[at..<i], as: UTF8.self)) }
        let limit = min(end, at + 3 * longestPartner)
        var i = at
        while i + 3 <= limit, UTF8Scan.isHan(bytes, at: i) {
            i += 3
            guard i - at >= 6, endsUnit(i) else { continue }
            var j = i
            while j + 3 <= limit, j < i + 3 * partnerGrowth, UTF8Scan.isHan(bytes, at: j) {
                j += 3
                if endsUnit(j) { i = j }
            }
            return at..<i
        }
        return nil
    }
    static let partnerGrowth = 4

    /// The units that open sentences of `start..<end` with 负责 (a comma may stand before it), responsible.
    static func sharedDuties(_ bytes: [UInt8], from start: Int, to end: Int) -> [UnitAssignment.Unit] {
        var units: [UnitAssignment.Unit] = []
        var sentence = start
        while sentence < end {
            let stop = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: sentence, to: end) ?? end
            var at = sentence
            while at < min(stop, sentence + maximumHead), UTF8Scan.isHan(bytes, at: at) || UTF8Scan.hasPrefix(Segmenter.enumerationComma, in: bytes, at: at) {
                if UTF8Scan.hasPrefix(UnitAssignment.responsibleVerb, in: bytes, at: at) { break }
                at += 3
            }
            var verb = at
            if verb < stop, bytes[verb] == 0x2C { verb += 1 }
            if at > sentence, UTF8Scan.hasPrefix(UnitAssignment.responsibleVerb, in: bytes, at: verb),
               !UnitLedSentences.dutyNouns.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: verb + UnitAssignment.responsibleVerb.count) }) {
                let items = UnitAssignment.names(bytes, sentence..<at)
                if !items.isEmpty, items.count <= 8, items.allSatisfy({ isHeadName($0.name) && UnitClause.isName($0.name) }) {
                    units += heads(items, leading: false)
                }
            }
            sentence = stop + Segmenter.fullStop.count
        }
        return units
    }

    /// `(二十一)市公安局。负责对…的调研`: a numbered item that is a unit's name closed by a full stop, then its
    /// duty opening with 负责 or 牵头: the units, and the duty, which is the task's title (its text is the whole item).
    static func stopHeaded(_ bytes: [UInt8], from start: Int, to end: Int) -> (units: UnitAssignment, title: Range<Int>)? {
        guard let stop = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: start, to: min(end, start + maximumHead)), stop > start,
              let verb = dutyVerbs.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: stop + Segmenter.fullStop.count) }),
              end - (stop + Segmenter.fullStop.count) >= 15 else { return nil }
        // `4.宗教活动场所。牵头领导:甲`: a label after the stop (牵头领导:, 负责人:) opens no duty.
        let verbEnd = stop + Segmenter.fullStop.count + verb.count
        if UTF8Scan.find([0x3A], in: bytes, from: verbEnd, to: min(end, verbEnd + 3 * 3 + 1)) != nil { return nil }
        let items = UnitAssignment.names(bytes, start..<stop)
        guard !items.isEmpty, items.count <= 4,
              items.allSatisfy({ isHeadName($0.name) }) else { return nil }
        let leads = verb == leadWord
        let units = heads(items, leading: leads)
        return (UnitAssignment(units: units, range: start..<(stop + Segmenter.fullStop.count)), (stop + Segmenter.fullStop.count)..<end)
    }
}
