/// A plan whose paragraphs a page ran together into one line, each closed by a label of units that runs straight
/// into the next item's number: `…战略规划。责任单位:各区属国企3.加快产业化项目拓展。…责任单位:A、B(三)资产效益提升5.加快…`.
/// No `)` or `。` stands before the next number (`GluedOutline.headingStarts` looks for one), so the line is cut
/// before each label and before the item each label's units run into; the outline reader then finds a task
/// paragraph and its units on the line after it, as in a plan laid out line by line.
enum GluedUnitLabels {
    /// Labels that close a task's paragraph with its units (a colon after them).
    static let labels = ["责任单位", "牵头单位", "责任部门", "牵头部门", "配合单位", "配合部门", "负责单位", "负责部门",
                         // An office's own sections (`责任处室:政法综治处`).
                         "责任处室", "牵头处室", "配合处室", "协同处室", "责任科室", "牵头科室", "配合科室", "协同单位", "协同部门", "主抓单位"].map { Array($0.utf8) }
    /// The longest heading, in characters, glued before its first item (`(二)产业化水平提升2.聚焦…`).
    static let longestHeading = 16
    /// The longest heading, in characters, that a first item numbered 1 may follow glued (`二、突出压力传导,深入推进
    /// 安全生产责任落实(一)进一步…`: a heading of two clauses).
    static let longestGluedHeading = 32
    /// Labels a line needs before it is cut.
    static let fewestLabels = 2

    /// Where `line` is cut: before each label, and before each item (and the heading glued before it) that a
    /// label's units or the text before the first label run into. Empty when fewer than two labels close sentences.
    static func starts(_ bytes: [UInt8], _ line: Range<Int>) -> [Int] {
        let found = labelStarts(bytes, line)
        guard found.count >= fewestLabels else { return [] }
        var cuts: [Int] = []
        // The last item's number at each level: the next item is numbered on from it, or 1 under a new heading.
        var last: [Int: Int] = [:]
        var from = line.lowerBound
        // The item in `from..<end` (the first numbered on from the last, else the last numbered 1) and the heading glued before it.
        func cutItem(before end: Int) {
            guard let item = itemStart(bytes, from..<end, last: &last) else { return }
            if item.heading > from { cuts.append(item.heading) }
            if item.start > from, item.start != item.heading { cuts.append(item.start) }
            cuts += item.deeper
        }
        for (k, label) in found.enumerated() {
            cutItem(before: label)
            cuts.append(label)
            from = label
            let end = k + 1 < found.count ? found[k + 1] : line.upperBound
            if let task = taskAfterUnits(bytes, label, before: end) { cuts.append(task) }
            if let heading = headingAfterUnits(bytes, label, before: end) { cuts.append(heading) }
            // `一是…。 责任处室:A 二是…。 责任单位:B`: clauses of an item, each closed by labels of its own, are its tasks.
            if let clause = clauseAfterUnits(bytes, label, before: end) {
                cuts.append(clause.at)
                // (The clause before opens before this run of labels: `…。 责任处室:A 配合单位:B 二是…`.)
                var first = k
                while first > 0, UTF8Scan.find(Segmenter.fullStop, in: bytes, from: found[first - 1], to: found[first]) == nil { first -= 1 }
                if let before = clauseBefore(bytes, found[first], floor: first > 0 ? found[first - 1] : line.lowerBound, numbered: clause.number - 1) {
                    cuts.append(before)
                }
            }
        }
        // The units of the last label run into the text after it: its next item, if any.
        cutItem(before: line.upperBound)
        return Array(Set(cuts)).filter { $0 > line.lowerBound && $0 < line.upperBound }.sorted()
    }

    /// Verbs that close a label's list (`A牵头,B等参与`).
    static let listVerbs = ["参与", "负责", "配合", "落实", "牵头"].map { Array($0.utf8) }

    /// Whether the list in `range` closes on one of `listVerbs`.
    static func closesOnListVerb(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        listVerbs.contains { UTF8Scan.hasSuffix($0, in: bytes, range) }
    }

    /// Whether `clause` closes on a body's name and a verb closing a list (`组织部分别牵头` in `市委组织部分别牵头,`):
    /// the rest of a unit's name, however it opens.
    static func closesOnUnitsVerb(_ bytes: [UInt8], _ clause: Range<Int>) -> Bool {
        guard let verb = listVerbs.first(where: { UTF8Scan.hasSuffix($0, in: bytes, clause) }) else { return false }
        let end = UnitAssignment.beforeQualifiers(bytes, clause.lowerBound..<(clause.upperBound - verb.count))
        return end - 3 >= clause.lowerBound && unitEnds.contains(UTF8Scan.scalar(bytes, at: end - 3))
    }

    /// How many bytes the clause at `from` runs before a comma, `;`, `、` or a full stop.
    static func clauseLength(_ bytes: [UInt8], from: Int, end: Int) -> Int {
        var close = from
        while close < end, bytes[close] != 0x2C, bytes[close] != 0x3B, !UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: close),
              !UTF8Scan.hasPrefix(Segmenter.enumerationComma, in: bytes, at: close) { close += 1 }
        return close - from
    }

    /// Where the units a label lists run into the next task's text, no number between (`配合单位:A,B等加大人才引进力度。`,
    /// `…,区通管办大力发展创投基金。`, `…、通管办“互联网+”医疗卫生:…`): after 等 or a body's last character, a word
    /// that opens a task's text (`task-openers`) and a clause that closes on no body's name, or an opening quote.
    static func taskAfterUnits(_ bytes: [UInt8], _ label: Int, before end: Int) -> Int? {
        guard let colon = UTF8Scan.find([0x3A], in: bytes, from: label, to: end) else { return nil }
        var i = colon + 1
        while i + 3 <= end, bytes[i] != 0x3B, bytes[i] != 0x28, !UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: i) {
            // `责任单位:A牵头,B等参与 实施建设用地总量控制…`: a space after the list's verb, then a paragraph of no number.
            if i >= colon + 8, bytes[i - 1] == 0x20, UTF8Scan.isHan(bytes, at: i),
               closesOnListVerb(bytes, (colon + 1)..<(i - 1)), clauseLength(bytes, from: i, end: end) >= 3 * 8 {
                return i
            }
            guard i >= colon + 7, let before = UTF8Scan.isHan(bytes, at: i - 3) ? UTF8Scan.scalar(bytes, at: i - 3) : nil,
                  before == etc || unitEnds.contains(before) else { i += 1; continue }
            if UTF8Scan.hasPrefix(openingQuote, in: bytes, at: i) { return i }
            // (`责任单位:…,各乡镇人民政府各级各部门要按照要求,…`: the plan's closing charge after the last list.)
            if chargeOpenings.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: i) }) { return i }
            if openers.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: i) }) {
                // The clause the opener starts runs on as a task's text does, closing on no body's name (not `区发改局推进办,`).
                let length = clauseLength(bytes, from: i, end: end)
                if length >= 12, !unitEnds.contains(UTF8Scan.scalar(bytes, at: i + length - 3)), !closesOnUnitsVerb(bytes, i..<(i + length)) { return i }
            }
            i += 1
        }
        return nil
    }
    /// Where the units a label lists run into a heading of the outline, `(四)` or `三、`, glued after a body's
    /// last character or the verb closing the list (`配合单位:平潭海关,区市场监管局(四)出台优惠政策,…`,
    /// `…两岸发展公司三、台湾创业园工作任务`; after the verb, a first-level heading only: `…按职责分别负责七、全面提高…`): the
    /// heading's own paragraph may close on labels of its own, and no item is numbered on from it.
    static func headingAfterUnits(_ bytes: [UInt8], _ label: Int, before end: Int) -> Int? {
        guard let colon = UTF8Scan.find([0x3A], in: bytes, from: label, to: end) else { return nil }
        var i = colon + 4
        while i < end, bytes[i] != 0x3B, !UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: i) {
            if bytes[i] == 0x28 || (bytes[i] >= 0xE4 && bytes[i] <= 0xE9),
               case let afterUnit = endsUnit(bytes, before: i, floor: colon), afterUnit || closesOnListVerb(bytes, (colon + 1)..<i),
               let marker = OutlineMarker.parse(bytes, at: i, end: end), marker.level <= (afterUnit ? 2 : 1),
               UTF8Scan.isHan(bytes, at: marker.contentStart) {
                return i
            }
            i += UTF8Scan.scalarLength(bytes[i])
        }
        return nil
    }
    /// Where a clause numbered in words past the first (`二是…`, `WorkPlanExtractor.ordinalClause`) opens after a
    /// space right past the units a label lists (no full stop between), before `end`.
    static func clauseAfterUnits(_ bytes: [UInt8], _ label: Int, before end: Int) -> (at: Int, number: Int)? {
        let end = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: label, to: end) ?? end
        var from = label
        while let space = UTF8Scan.find([0x20], in: bytes, from: from, to: end) {
            from = space + 1
            if from < end, let clause = WorkPlanExtractor.ordinalClause(bytes, from..<end), clause.number >= 2 { return (from, clause.number) }
        }
        return nil
    }
    /// Where the clause numbered `number` that the label at `label` closes opens: the last one after a space or a full
    /// stop between `floor` and the label.
    static func clauseBefore(_ bytes: [UInt8], _ label: Int, floor: Int, numbered number: Int) -> Int? {
        guard number >= 1 else { return nil }
        var at = label
        while let word = UTF8Scan.findLast(WorkPlanExtractor.clauseWord, in: bytes, from: floor, to: at) {
            at = word
            // (The numeral before 是: one to three characters.)
            for length in 1...3 where word - 3 * length > floor {
                let start = word - 3 * length
                guard bytes[start - 1] == 0x20 || start >= floor + 3 && UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: start - 3),
                      let clause = WorkPlanExtractor.ordinalClause(bytes, start..<label), clause.number == number else { continue }
                return start
            }
        }
        return nil
    }

    /// Whether a unit's name ends right before `i`: its last character, or a short note in brackets after it
    /// (`各村(居)(二)…`).
    static func endsUnit(_ bytes: [UInt8], before i: Int, floor: Int) -> Bool {
        guard i - 3 > floor else { return false }
        if bytes[i - 1] != 0x29 { return unitEnds.contains(UTF8Scan.scalar(bytes, at: i - 3)) }
        guard let open = UTF8Scan.findLast([0x28], in: bytes, from: max(floor, i - 1 - 3 * longestNote), to: i - 1),
              open - 3 > floor, UTF8Scan.find([0x29], in: bytes, from: open, to: i - 1) == nil else { return false }
        return unitEnds.contains(UTF8Scan.scalar(bytes, at: open - 3))
    }
    /// The longest note, in characters, in brackets after a unit's name (`(居)`, `(中心)`).
    static let longestNote = 4
    static let etc: UInt32 = 0x7B49
    /// How a unit's name ends: a place's or a body's (`WorkPlanExtractor.placeOrBodyEnds`), a bank's branch (支行), a company
    /// (公司, 集团), a government (人民政府), villages and communities (各村居), the departments written together (区相关部门).
    static let unitEnds: Set<UInt32> = WorkPlanExtractor.placeOrBodyEnds.union("行司团门府居".unicodeScalars.map(\.value))
    static let openingQuote = Array("“".utf8)
    /// How a closing charge to every body opens (`各级各部门要…`, `各地要…`): never a unit's name glued to the one before.
    static let chargeOpenings = ["各级", "各地"].map { Array($0.utf8) }
    static let openers: [[UInt8]] = PlanWords.shared.taskOpeners.filter { $0.count >= 2 }.map { Array($0.utf8) }

    /// Labels followed by a colon, right after `。`, `)`, `;` or a space.
    static func labelStarts(_ bytes: [UInt8], _ line: Range<Int>) -> [Int] {
        var starts: [Int] = []
        // One pass over the colons every label ends with.
        var from = line.lowerBound + 1
        while let colon = UTF8Scan.find([0x3A], in: bytes, from: from, to: line.upperBound) {
            from = colon + 1
            // `责任单位(处室):`: a note in brackets may stand between the label and its colon.
            let end = UnitAssignment.wordEnd(beforeColon: colon, in: bytes, from: line.lowerBound)
            guard let label = labels.first(where: { end - $0.count > line.lowerBound && UTF8Scan.hasSuffix($0, in: bytes, line.lowerBound..<end) })
            else { continue }
            let at = end - label.count
            // `(牵头单位:A;配合单位:B)`: a later label inside a bracket is the bracket's, read whole with it (a cut there
            // would part the bracket's labels).
            if bytes[at - 1] != 0x28, insideBracket(bytes, at, floor: line.lowerBound) { continue }
            if bytes[at - 1] != 0x3A, closesBefore(bytes, at, floor: line.lowerBound) || closesItemTitle(bytes, at, floor: line.lowerBound)
                || closesBookTitles(bytes, at, floor: line.lowerBound) || followsLabelValue(bytes, at, floor: line.lowerBound) {
                starts.append(at)
            }
        }
        return starts
    }

    /// In `range`, the item (numbered `1.`, `(1)`, `(一)` …) whose number follows the last at its level, or else the
    /// last numbered 1 (the nearest the label: `(一)经营指标提升1.明确…`), right after a Han character, `。`, `)` or a
    /// space; with the start of a heading glued before it (`三、保障措施(一)加强…`).
    /// (`deeper`: the first items of lower levels glued one after another after it, `1.实施…工程(1)全面排查…`.)
    static func itemStart(_ bytes: [UInt8], _ range: Range<Int>, last: inout [Int: Int]) -> (heading: Int, start: Int, deeper: [Int])? {
        var chosen: (marker: OutlineMarker, at: Int)?
        var last1: (marker: OutlineMarker, at: Int)?
        var runOn: (marker: OutlineMarker, at: Int)?
        var skippedOn: (marker: OutlineMarker, at: Int)?
        // `主要考核:1.林长制…(8分)…。 责任处室:A2.…`: a first item after a colon, when no second follows it before the label
        // (`…包括:1.…;2.…` lists a task's own points).
        var afterColon: (marker: OutlineMarker, at: Int)?
        // The number of the last marker seen at each level in `range`.
        var seen: [Int: Int] = [:]
        var i = range.lowerBound + 1
        while i < range.upperBound {
            let b = bytes[i]
            // Only where a marker may open: a digit or `(` after a Han character or a close (the text is walked once
            // per label), or a first-level heading's numeral after a close (`…市场监管局 三、完善…`).
            // (After a Han character such a numeral opens only the heading numbered on: `…厦门证监局七、加大…`.)
            let numeral = b >= 0xE4 && b <= 0xE9
            // A bracketed first one may open after a full stop too (`…攻坚工作。(一)片区…`).
            let afterStop = b == 0x28 && i >= range.lowerBound + 3 && UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: i - 3)
            // An item numbered in figures after a full stop opens only numbered on from the last, with no item of its
            // level in the text before it (`…整改措施:(1)…。(4)…。2.有的地方…`).
            let figureAfterStop = b >= 0x31 && b <= 0x39 && i >= range.lowerBound + 3 && UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: i - 3)
            let opens = (b == 0x28 || (b >= 0x30 && b <= 0x39)) && opensAfter(bytes, i, floor: range.lowerBound) || afterStop || figureAfterStop
                || numeral && (opensAfter(bytes, i, floor: range.lowerBound) || closesBefore(bytes, i, floor: range.lowerBound))
            if !opens, afterColon == nil, b == 0x31 || b == 0x28, bytes[i - 1] == 0x3A, last.isEmpty,
               let marker = OutlineMarker.parse(bytes, at: i, end: range.upperBound), marker.number == 1,
               UTF8Scan.isHan(bytes, at: marker.contentStart), !hasSecondItem(bytes, after: marker, level: marker.level, before: range.upperBound) {
                afterColon = (marker, i)
            }
            let parsed = opens ? OutlineMarker.parse(bytes, at: i, end: range.upperBound) : nil
            guard opens, let marker = parsed ?? figureTitledItem(bytes, at: i, end: range.upperBound, last: last),
                  UTF8Scan.isHan(bytes, at: marker.contentStart) || marker.contentStart < range.upperBound && bytes[marker.contentStart] == 0x20
                    || opensTitle(bytes, marker.contentStart) || parsed == nil
            else { i += 1; continue }
            // (After a full stop, one numbered on only at the first stop after the label: `责任单位:A,B。(二)…`; later
            // in the text a stop may close a sentence of another outline's item.)
            if figureAfterStop, last[marker.level] != marker.number - 1 || seen[marker.level] != nil
                || figureItem(bytes, range.lowerBound..<i, level: marker.level) {
                i = marker.contentStart
                continue
            }
            if afterStop, marker.number != 1,
               UTF8Scan.find(Segmenter.fullStop, in: bytes, from: range.lowerBound, to: i - 3) != nil
                || !labels.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: range.lowerBound) }) {
                i = marker.contentStart
                continue
            }
            if let previous = last[marker.level], marker.number == previous + 1 {
                chosen = (marker, i)
                break
            }
            // `…责任处室:甲3.5G重点…`, a number the text lost: the first numbered on from the last within a few, when no item
            // follows the last at once.
            if skippedOn == nil, let previous = last[marker.level], marker.level >= 3, marker.number > previous + 1,
               marker.number <= previous + Self.mostSkippedNumbers, !numeral {
                skippedOn = (marker, i)
            }
            // (一)…(二)… before the first label: the last of a run numbered on inside the text (the label closes it).
            if marker.number > 1, seen[marker.level] == marker.number - 1, !numeral || closesBefore(bytes, i, floor: range.lowerBound) {
                runOn = (marker, i)
            }
            if marker.number == 1, !numeral || closesBefore(bytes, i, floor: range.lowerBound) { last1 = (marker, i) }
            seen[marker.level] = marker.number
            i = marker.contentStart
        }
        let latest = [runOn, last1].compactMap { $0 }.max { $0.at < $1.at }
        // The item chosen numbers its level on; the levels under it start again.
        func numberOn(_ marker: OutlineMarker) {
            last[marker.level] = marker.number
            for level in last.keys where level > marker.level { last[level] = nil }
        }
        // The first item after a colon, under the heading chosen (`(一)工作考核…主要考核:1.…`): the heading and the item.
        if let (item, itemAt) = afterColon {
            let outer = chosen ?? latest ?? skippedOn
            if let outer, outer.at < itemAt, outer.marker.level < item.level {
                numberOn(outer.marker)
                last[item.level] = 1
                return (outer.at, itemAt, [])
            }
            if outer == nil {
                last[item.level] = 1
                return (itemAt, itemAt, [])
            }
        }
        guard let (marker, at) = chosen ?? latest ?? skippedOn else { return nil }
        // `(三)人员密集场所。包括…场所。1.养老机构…。牵头处室:A`: the heading's paragraph, then its first item after a full
        // stop, which the label closes (no second item before the label).
        if marker.level <= 2, let item = firstItemAfterStop(bytes, from: marker.contentStart, in: range) {
            numberOn(marker)
            last[item.marker.level] = 1
            return (at, item.at, [])
        }
        numberOn(marker)
        // `二、进一步贯彻…工作(一)进一步…`: the first item glued to the heading chosen, numbered 1 a level down, is where
        // that level's numbering starts (the next label's units then run into `(二)`).
        if let first = firstItem(bytes, after: marker, in: range), first.item.level > marker.level {
            last[first.item.level] = 1
            var deeper: [Int] = []
            var item = first
            while let next = firstItem(bytes, after: item.item, in: range), next.item.level > item.item.level {
                last[next.item.level] = 1
                deeper.append(next.at)
                item = next
            }
            let headings = headingsBefore(bytes, at, floor: range.lowerBound, above: marker.level, last: &last)
            return (headings.first ?? at, first.at, headings.dropFirst() + deeper)
        }
        let headings = headingsBefore(bytes, at, floor: range.lowerBound, above: marker.level, last: &last)
        return (headings.first ?? at, at, Array(headings.dropFirst()))
    }

    /// The item numbered `1.` right after a full stop in `from..<range.upperBound`, with Han text after it and no item
    /// numbered 2 after it in the range.
    static func firstItemAfterStop(_ bytes: [UInt8], from: Int, in range: Range<Int>) -> (marker: OutlineMarker, at: Int)? {
        var at = from
        while let stop = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: at, to: range.upperBound) {
            at = stop + Segmenter.fullStop.count
            guard at + 2 < range.upperBound, bytes[at] == 0x31, bytes[at + 1] == 0x2E,
                  let marker = OutlineMarker.parse(bytes, at: at, end: range.upperBound), marker.level == 3, marker.number == 1,
                  UTF8Scan.isHan(bytes, at: marker.contentStart),
                  !hasSecondItem(bytes, after: marker, level: 3, before: range.upperBound) else { continue }
            return (marker, at)
        }
        return nil
    }

    /// Whether an item numbered 2 at `level` opens after `first`'s number, before `end`.
    static func hasSecondItem(_ bytes: [UInt8], after first: OutlineMarker, level: Int, before end: Int) -> Bool {
        // (`2.`, or a bracketed `(2)`, `(二)`.)
        var i = first.contentStart
        while i < end {
            if bytes[i] == 0x32 || bytes[i] == 0x28, let marker = OutlineMarker.parse(bytes, at: i, end: end), marker.level == level,
               marker.number == 2 { return true }
            i += 1
        }
        return false
    }

    /// The starts of the headings glued one after another before the item at `item`, outermost first
    /// (`…区市场监管局(三)优化道路交通组织管理1.实施治堵综合整治工程(1)全面排查…`), the number of each that is an item
    /// kept in `last` (the next label's units then run into `2.`, numbered on from the heading `1.`).
    static func headingsBefore(_ bytes: [UInt8], _ item: Int, floor: Int, above level: Int, last: inout [Int: Int]) -> [Int] {
        var starts: [Int] = []
        var at = item
        var level = level
        while let heading = headingBefore(bytes, at, floor: floor, above: level),
              let marker = OutlineMarker.parse(bytes, at: heading, end: at) {
            starts.insert(heading, at: 0)
            // (An item's number only: a heading's (`(二)`) would have the next heading chosen as an item.)
            if marker.level >= 3 { last[marker.level] = marker.number }
            at = heading
            level = marker.level
        }
        return starts
    }

    /// How far an item's number may run on from the last one's when the numbers between are lost.
    static let mostSkippedNumbers = 3

    /// `3.5G重点区域深覆盖`: an item numbered on from the last whose title opens with a figure and a Latin letter (5G,
    /// 4K), which reads as a decimal number otherwise.
    static func figureTitledItem(_ bytes: [UInt8], at i: Int, end: Int, last: [Int: Int]) -> OutlineMarker? {
        var j = i, number = 0
        while j < end, j - i < 2, (0x30...0x39).contains(bytes[j]) { number = number * 10 + Int(bytes[j] - 0x30); j += 1 }
        guard j > i, j + 2 < end, bytes[j] == 0x2E, let previous = last[3], number == previous + 1 else { return nil }
        var k = j + 1
        while k < end, k - j <= 3, (0x30...0x39).contains(bytes[k]) { k += 1 }
        guard k > j + 1, k < end, (0x41...0x5A).contains(bytes[k]) || (0x61...0x7A).contains(bytes[k]) else { return nil }
        return OutlineMarker(level: 3, number: number, contentStart: j + 1)
    }

    /// Whether a book title's or a quote's mark opens the text at `at` (`2.《宪法》…`, `3.“放心农资下乡”…`).
    static func opensTitle(_ bytes: [UInt8], _ at: Int) -> Bool {
        titleOpenings.contains { UTF8Scan.hasPrefix($0, in: bytes, at: at) }
    }
    static let titleOpenings = ["《", "“"].map { Array($0.utf8) }

    /// Whether `at` closes a short item's title numbered in figures (`…。2.《宪法》《民法典》责任单位:…`): the label may
    /// follow the title's last character with nothing between.
    static func closesItemTitle(_ bytes: [UInt8], _ at: Int, floor: Int) -> Bool {
        var i = at - 1
        let lowest = max(floor, at - 3 * longestGluedHeading)
        while i > lowest {
            if bytes[i] == 0x3A || bytes[i] == 0x3B || UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: i) { return false }
            if bytes[i] == 0x2E || UTF8Scan.hasPrefix(Segmenter.enumerationComma, in: bytes, at: i) {
                return i - 1 >= floor && (0x30...0x39).contains(bytes[i - 1])
            }
            i -= 1
        }
        return false
    }

    /// Whether `at` closes an item's title that is a run of book titles, however long (`4.《种子法》《福建省种子条例》…
    /// 《生猪屠宰管理条例》责任单位:…`): `》` before it, and only `《…》` (and `、`) back to the item's number.
    static func closesBookTitles(_ bytes: [UInt8], _ at: Int, floor: Int) -> Bool {
        var i = at
        guard i - 3 >= floor, UTF8Scan.hasPrefix(bookClose, in: bytes, at: i - 3) else { return false }
        while i - 3 >= floor {
            if UTF8Scan.hasPrefix(bookClose, in: bytes, at: i - 3) {
                guard let open = UTF8Scan.findLast(bookOpen, in: bytes, from: max(floor, i - 3 * longestBookTitle), to: i - 3) else { return false }
                i = open
            } else if UTF8Scan.hasPrefix(Segmenter.enumerationComma, in: bytes, at: i - 3) {
                i -= 3
            } else {
                return i - 2 >= floor && bytes[i - 1] == 0x2E && (0x30...0x39).contains(bytes[i - 2])
            }
        }
        return false
    }
    /// Whether `at` follows a short value of another label with nothing between (`牵头领导:林某某责任部门:…`,
    /// `责任部门:城乡建设服务中心配合部门:…`): a colon within `longestLabelValue` characters, only Han characters after it.
    static func followsLabelValue(_ bytes: [UInt8], _ at: Int, floor: Int) -> Bool {
        // (A padded name's space and the 、 between two names too: `牵头领导:任 贵责任部门:`, `林 武、贾某某责任部门:`.)
        var i = at
        let lowest = max(floor, at - 3 * longestLabelValue)
        while i - 3 >= lowest, UTF8Scan.isHan(bytes, at: i - 3) || UTF8Scan.hasPrefix(Segmenter.enumerationComma, in: bytes, at: i - 3)
                || bytes[i - 1] == 0x20 {
            i -= bytes[i - 1] == 0x20 ? 1 : 3
        }
        return i < at && i - 1 >= floor && bytes[i - 1] == 0x3A
    }
    /// The longest value, in characters, one label may give right before the next (a unit's or a leader's name).
    static let longestLabelValue = 12
    static let bookOpen = Array("《".utf8)
    static let bookClose = Array("》".utf8)
    /// The longest book title, in characters, in such an item.
    static let longestBookTitle = 30

    /// The item numbered 1 glued after `heading`'s words (within `longestGluedHeading` characters, no sentence's end
    /// between), and where it starts.
    static func firstItem(_ bytes: [UInt8], after heading: OutlineMarker, in range: Range<Int>) -> (item: OutlineMarker, at: Int)? {
        var i = heading.contentStart + 3
        let limit = min(range.upperBound, heading.contentStart + 3 * longestGluedHeading)
        while i < limit {
            if UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: i) { return nil }
            // (After a bracket that closes the heading's words too: `(二)责任考核(76分)1.营造林生产…`.)
            if bytes[i] == 0x28 || (bytes[i] >= 0x30 && bytes[i] <= 0x39), bytes[i - 1] == 0x20 || bytes[i - 1] == 0x29 || UTF8Scan.isHan(bytes, at: i - 3),
               let marker = OutlineMarker.parse(bytes, at: i, end: range.upperBound), marker.number == 1, UTF8Scan.isHan(bytes, at: marker.contentStart) {
                return (marker, i)
            }
            i += 1
        }
        return nil
    }

    /// Whether a bracket opened before `i` (within `longestBracketLook` bytes) is still open there.
    static func insideBracket(_ bytes: [UInt8], _ i: Int, floor: Int) -> Bool {
        var j = i - 1
        while j >= max(floor, i - longestBracketLook) {
            if bytes[j] == 0x29 { return false }
            if bytes[j] == 0x28 { return true }
            j -= 1
        }
        return false
    }
    /// How far back a label's bracket is looked for, in bytes (a bracket of units and labels runs some 60 characters).
    static let longestBracketLook = 180

    /// Whether `i` follows a close: `。`, `)`, `:`, `;` or a space (`…分工如下:一、支持…`).
    static func closesBefore(_ bytes: [UInt8], _ i: Int, floor: Int) -> Bool {
        let previous = bytes[i - 1]
        return previous == 0x20 || previous == 0x29 || previous == 0x3A || previous == 0x3B
            || i >= floor + 3 && UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: i - 3)
    }

    /// Whether `range` holds an item of `level` numbered in figures, after a colon, a full stop or a Han character
    /// (`…包括:1.…`): its own points, which a later figure after a full stop numbers on.
    static func figureItem(_ bytes: [UInt8], _ range: Range<Int>, level: Int) -> Bool {
        var i = range.lowerBound + 1
        while i < range.upperBound {
            if bytes[i] >= 0x31, bytes[i] <= 0x39, !(0x30...0x39).contains(bytes[i - 1]), bytes[i - 1] != 0x2E,
               let marker = OutlineMarker.parse(bytes, at: i, end: range.upperBound), marker.level == level,
               UTF8Scan.isHan(bytes, at: marker.contentStart) { return true }
            i += 1
        }
        return false
    }

    /// Whether a marker may open at `i`: after a Han character, `。`, `)` or a space (not after `:` or `;`, where a
    /// task's own points are listed: `…包括:1.…`).
    static func opensAfter(_ bytes: [UInt8], _ i: Int, floor: Int) -> Bool {
        let previous = bytes[i - 1]
        // (Or a closing quote or book-title mark ending a heading's words: `(一)持续推进农村“厕所革命”1.扎实…`.)
        return previous == 0x20 || previous == 0x29 || i >= floor + 3 && (UTF8Scan.isHan(bytes, at: i - 3)
            || UTF8Scan.hasPrefix(closingQuote, in: bytes, at: i - 3) || UTF8Scan.hasPrefix(bookClose, in: bytes, at: i - 3))
    }
    static let closingQuote = Array("”".utf8)

    /// `(二)产业化水平提升`, `二、某某牵头重点工作 ` glued before the item at `item`: the heading's start, within
    /// `longestHeading` characters and with no sentence's end between (the nearest such heading).
    static func headingBefore(_ bytes: [UInt8], _ item: Int, floor: Int, above level: Int = 3) -> Int? {
        var i = item - 1
        let lowest = max(floor, item - 3 * (longestHeading + 4))
        while i > lowest {
            // (At a character's first byte: `(` or a Han numeral's.)
            if bytes[i] & 0xC0 != 0x80, let marker = OutlineMarker.parse(bytes, at: i, end: item), marker.level < level,
               !UTF8Scan.containsSentencePunctuation(bytes, marker.contentStart..<item) { return i }
            i -= 1
        }
        return nil
    }
}
