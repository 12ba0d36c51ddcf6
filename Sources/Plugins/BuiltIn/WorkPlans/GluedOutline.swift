/// A plan whose paragraphs a page ran together into one line: `…(责任单位:A、B)二、推动…(责任单位:C)三、…`.
/// Its headings still open where a bracket of units or a sentence closes; the line is cut there, so each
/// heading opens a line of its own as the outline reader expects.
enum GluedOutline {
    /// Shorter lines are read as they are (a paragraph that names `二、` inside it is no run of headings).
    static let shortestRun = 600
    /// Headings found inside one line before it is cut: two at least, their numbers rising.
    static let fewestHeadings = 2

    /// `lines`, with each run-together line cut before its glued headings.
    static func split(_ bytes: [UInt8], _ lines: [Range<Int>]) -> [Range<Int>] {
        guard lines.contains(where: { $0.count >= shortestRun }) else { return lines }
        var result: [Range<Int>] = []
        result.reserveCapacity(lines.count)
        for line in lines {
            guard line.count >= shortestRun else { result.append(line); continue }
            // Labels of units glued to the next item (`GluedUnitLabels`) cut the pieces between headings too.
            // (Glued first-level headings, and items each after a closed bracket and a space under them: `…(A负责) 3.…`.)
            let glued = headingStarts(bytes, line)
            let spaced = spacedOutlineStarts(bytes, line)
            let outline = glued.isEmpty ? spaced : spaced.isEmpty ? glued : Array(Set(glued + spaced)).sorted()
            let labeled = GluedUnitLabels.starts(bytes, line)
            var cuts = outline.isEmpty && labeled.isEmpty ? bulletStarts(bytes, line)
                : labeled.isEmpty ? outline : Array(Set(outline + labeled)).sorted()
            if cuts.isEmpty { cuts = paragraphStarts(bytes, line) }
            // Duties by unit run together after a space each (`四、职责分工 A处:联合…。 B处:负责…。 C所:依法…`).
            let duties = unitHeadedStarts(bytes, line)
            if !duties.isEmpty { cuts = Array(Set(cuts + duties)).sorted() }
            // Clauses numbered in words, each with its own label of units (`一是…。责任单位:A。二是…。责任单位:B。`).
            let clauses = labelledClauseStarts(bytes, line)
            if !clauses.isEmpty { cuts = Array(Set(cuts + clauses)).sorted() }
            guard !cuts.isEmpty else { result.append(line); continue }
            // `…各乡镇。上述…。 附件：…任务分解表 … 附件…表序号项目名称…`: an annex is no part of the item before it (its
            // own table may number headings again, `一、城市公共交通(39个)`).
            var from = cuts[0]
            while let annex = annexStart(bytes, after: from, line) {
                if !cuts.contains(annex) { cuts.append(annex) }
                from = annex + Self.annex.count
            }
            cuts.sort()
            var start = line.lowerBound
            for cut in cuts + [line.upperBound] {
                // A first-level heading's piece may run its own second-level headings together (`三、…(一)…。(二)…`).
                let piece = start..<cut
                start = cut
                guard !glued.isEmpty else { result.append(piece); continue }
                var at = piece.lowerBound
                for subheading in subheadingStarts(bytes, piece, level: 2) + [piece.upperBound] {
                    // And a second-level heading's piece its items (`(六)…1.…。2.…`).
                    let part = at..<subheading
                    var from = part.lowerBound
                    for item in subheadingStarts(bytes, part, level: 3) {
                        result.append(from..<item)
                        from = item
                    }
                    result.append(from..<part.upperBound)
                    at = subheading
                }
            }
        }
        return result
    }

    /// Where the plan's annex opens after `from`: `附件` after a space or a full stop, then a colon, a number or its
    /// title (not `见附件`, `(附件2)` inside an item's text).
    static func annexStart(_ bytes: [UInt8], after from: Int, _ line: Range<Int>) -> Int? {
        var at = from
        while let found = UTF8Scan.find(annex, in: bytes, from: at, to: line.upperBound) {
            at = found + annex.count
            guard found > from, at < line.upperBound else { continue }
            let before = found >= 3 && UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: found - 3)
                || WorkPlanProjectTable.isSpace(bytes, before: found)
            let next = bytes[at]
            if before, next == 0x3A || (next >= 0x30 && next <= 0x39) || UTF8Scan.isHan(bytes, at: at) { return found }
        }
        return nil
    }
    static let annex = Array("附件".utf8)

    /// Where headings of `level` open inside a heading's piece, right after `。` or `)`: second-level ones (`(二)…`) in a
    /// first-level heading's piece, items (`2.…`) in a second-level one's; numbered upward, two at least, each naming its
    /// units under a label. Items may instead each close on a bracket of units (`1.…。(区管委会,2016年4月底前完成)2.…`);
    /// a first-level heading glued between two of them (`…)二、统一制度规则11.…`) is cut out as well, and the items'
    /// numbers may run on under it.
    static func subheadingStarts(_ bytes: [UInt8], _ piece: Range<Int>, level: Int) -> [Int] {
        var starts: [Int] = []
        var headings: [Int] = []
        // The item a glued first-level heading runs into: it may follow the heading's words with nothing between.
        var itemAfterHeading: Int?
        // (A heading above `level`: items numbered on through the plan may open under it, `(三)健全…机制6.进一步…`.)
        let opensWithHeading = OutlineMarker.parse(bytes, at: piece.lowerBound, end: piece.upperBound).map { $0.level < level } ?? false
        var last = 0
        var i = piece.lowerBound + 3
        while i < piece.upperBound {
            // (A space may stand after the stop: `…情况。 2.农业农村组:…`.)
            var stop = i
            while stop - 1 > piece.lowerBound + 3, bytes[stop - 1] == 0x20 { stop -= 1 }
            let previous = bytes[stop - 1]
            let closed = previous == 0x29 || previous == 0x82 && UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: stop - 3)
                || (previous == 0x95 || previous == 0x91) && closesWideBracket(bytes, at: stop)
            // The first may follow its heading's words with nothing between (`三、主要任务及责任分工(一)…`).
            // Or a colon (`工作任务:1.推广…`).
            let glued = (starts.isEmpty || itemAfterHeading == i) && UTF8Scan.isHan(bytes, at: i - 3) || starts.isEmpty && previous == 0x3A
            guard closed || glued, bytes[i] == 0x28 || (0x31...0x39).contains(bytes[i]),
                  let marker = OutlineMarker.parse(bytes, at: i, end: piece.upperBound), marker.level == level else {
                if level == 3, closed, !starts.isEmpty, let item = itemGluedToHeading(bytes, at: i, end: piece.upperBound) {
                    headings.append(i)
                    itemAfterHeading = item
                    i = item
                } else {
                    i += 1
                }
                continue
            }
            // Glued to its heading's words, the first is numbered 1, unless a first-level heading opens the piece or
            // stands just before it: items numbered on from the heading before.
            let numberedOn = itemAfterHeading == i || starts.isEmpty && opensWithHeading
            if glued, !closed, marker.number != 1 && !numberedOn { i += 1; continue }
            // Numbers rise, a few skipped at most (`(三)…。(六)…`); a run that broke (a number out of turn) is no outline.
            // Items may start again under the next second-level heading (`(一)…1.…4.…(二)…1.…2.…`).
            guard marker.number > last && marker.number <= last + 4 || numberedOn && starts.isEmpty
                    || level == 3 && marker.number <= last && starts.last.map({ holdsSecondLevelHeading(bytes, $0..<i) }) == true
            else { return [] }
            starts.append(i)
            last = marker.number
            i = marker.contentStart
        }
        // (One second-level heading alone under a first-level one is cut out too: `一、摸清底数(一)排查…。(A、B)二、…`.)
        guard starts.count >= fewestHeadings || starts.count == 1 && level == 2 && opensWithHeading else { return [] }
        let cuts = (starts + headings).sorted()
        let parts = starts.map { start in start..<(cuts.first { $0 > start } ?? piece.upperBound) }
        // Only where each heading's part names its units under a label (`责任分工:`, `责任单位:`): a part whose units
        // stand in brackets after its sentences is read as a paragraph of clauses (`TaskClauses`), whole.
        // Or where the parts open with their units, a section of duties (`四、职责分工(一)区公安局:负责…`, `(六)区农发局要…`):
        // three in four at least.
        if parts.allSatisfy({ part in unitLabels.contains { UTF8Scan.find($0, in: bytes, from: part.lowerBound, to: part.upperBound) != nil } })
            || parts.filter({ headedByUnits(bytes, $0) }).count * 3 >= parts.count * 2 {
            let found = headings.isEmpty ? starts : cuts
            return found + (parts.last.flatMap { closingTextAfterUnits(bytes, $0) }.map { [$0] } ?? [])
        }
        // Prose sections, each a title and its sentences after a full stop, none naming units in a label or a bracket
        // (`一、…(一)全面落实…。各联合党委要…。(二)全面压实…。各处室应…`): their subjects are read line by line.
        if level == 2, starts.dropFirst().allSatisfy({ UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: $0 - 3) }),
           parts.allSatisfy({ UnitAssignment.find(in: bytes, line: $0) == nil }) {
            return headings.isEmpty ? starts : cuts
        }
        // Items, each closing on a bracket: most of them brackets of units (one may give its units in clauses of
        // their own, `(A负责…的建设,B负责…)`). The last may be followed by the page's foot (`…办公室 2016年4月5日印发`),
        // cut off after its bracket.
        guard var lastPart = parts.last else { return [] }
        // A bare bracket after the item's last sentence (after a name it may be that name's note: `各乡镇人民政府(街道办事处)`).
        func namesUnits(_ part: Range<Int>) -> Bool {
            UnitAssignment.find(in: bytes, line: part) != nil || UnitAssignment.bareBracketAfterSentence(in: bytes, line: part) != nil
        }
        var foot: [Int] = []
        if !closesOnBracket(bytes, lastPart), let close = UTF8Scan.findLast([0x29], in: bytes, from: lastPart.lowerBound, to: lastPart.upperBound) {
            // The foot may hold brackets of its own (annexed forms: `填报单位:(盖章)`): the item ends at the last bracket
            // that itself names units, else at the last bracket.
            var end = close + 1
            var to = close + 1
            while let found = UTF8Scan.findLast([0x29], in: bytes, from: lastPart.lowerBound, to: to) {
                to = found
                let part = lastPart.lowerBound..<(found + 1)
                if UnitAssignment.find(in: bytes, line: part).map({ $0.range.upperBound >= found }) == true
                    || UnitAssignment.bareBracketAfterSentence(in: bytes, line: part) != nil {
                    end = found + 1
                    break
                }
            }
            lastPart = lastPart.lowerBound..<end
            foot = [end]
        }
        let items = parts.dropLast() + [lastPart]
        guard items.allSatisfy({ closesOnBracket(bytes, $0) }) else { return [] }
        let named = items.filter(namesUnits)
        return named.count * 4 >= items.count * 3 ? cuts + foot : []
    }

    /// The shortest closing text, in bytes, cut off after the last item's bracket of units.
    static let shortestClosingText = 30

    /// Where the plan's closing words start in the last item's part, glued after the bracket of units that ends the
    /// item (`(四)增强公众参与。…。(责任单位:A牵头,B参与)开展水污染防治工作,…。 某管委会 2016年2月17日`): right
    /// after the last bracket that itself closes the item's units, when some text follows and names no units.
    static func closingTextAfterUnits(_ bytes: [UInt8], _ part: Range<Int>) -> Int? {
        var to = part.upperBound
        while let close = UTF8Scan.findLast([0x29], in: bytes, from: part.lowerBound, to: to) {
            to = close
            let end = close + 1
            guard part.upperBound - end >= shortestClosingText else { continue }
            guard let units = UnitAssignment.find(in: bytes, line: part.lowerBound..<end), units.range.upperBound == end,
                  UnitAssignment.find(in: bytes, line: end..<part.upperBound) == nil else { return nil }
            return end
        }
        return nil
    }

    /// Whether the item in `part` opens with its units and a colon (`(二)区公安局:负责…`) or with them as its subject
    /// (`(一)区公安局负责…`, `(六)区农发局要…`: `UnitHeadedLine`), or in the sentence after a short title
    /// (`(一)健全…体系。各处室要…`: `WorkPlanExtractor.titledThenUnitLed`).
    static func headedByUnits(_ bytes: [UInt8], _ part: Range<Int>) -> Bool {
        guard let marker = OutlineMarker.parse(bytes, at: part.lowerBound, end: part.upperBound) else { return false }
        return UnitHeadedLine.parse(bytes, from: marker.contentStart, to: part.upperBound) != nil
            || UnitHeadedLine.subjectHeaded(bytes, from: marker.contentStart, to: part.upperBound, duties: true) != nil
            || WorkPlanExtractor.titledThenUnitLed(bytes, marker.contentStart..<part.upperBound) != nil
    }

    /// Whether a second-level heading (`(二)`) opens somewhere in `range`.
    static func holdsSecondLevelHeading(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var from = range.lowerBound
        while let open = UTF8Scan.find([0x28], in: bytes, from: from, to: range.upperBound) {
            if OutlineMarker.parse(bytes, at: open, end: range.upperBound)?.level == 2 { return true }
            from = open + 1
        }
        return false
    }

    /// Whether `part` closes on a bracket (a full stop after it allowed).
    static func closesOnBracket(_ bytes: [UInt8], _ part: Range<Int>) -> Bool {
        let end = UnitAssignment.endBeforeStop(bytes, part)
        return end > part.lowerBound && (bytes[end - 1] == 0x29 || closesWideBracket(bytes, at: end))
    }

    /// Whether `〕` or `】` (E3 80 95, E3 80 91) ends just before `i`: some plans bracket their units so
    /// (`…。〔责任分工:某委员会依据职责负责〕2.…`).
    static func closesWideBracket(_ bytes: [UInt8], at i: Int) -> Bool {
        i >= 3 && (bytes[i - 1] == 0x95 || bytes[i - 1] == 0x91) && bytes[i - 2] == 0x80 && bytes[i - 3] == 0xE3
    }

    /// The item a first-level heading at `at` runs into within `longestBareHeading` characters (`二、统一制度规则11.…`).
    static func itemGluedToHeading(_ bytes: [UInt8], at: Int, end: Int) -> Int? {
        guard (0xE4...0xE9).contains(bytes[at]), let heading = OutlineMarker.parse(bytes, at: at, end: end), heading.level == 1 else { return nil }
        var i = heading.contentStart
        while i < min(end, heading.contentStart + 3 * longestBareHeading), UTF8Scan.isHan(bytes, at: i) { i += 3 }
        guard i > heading.contentStart, i < end, (0x31...0x39).contains(bytes[i]),
              OutlineMarker.parse(bytes, at: i, end: end)?.level == 3 else { return nil }
        return i
    }

    /// Where paragraphs headed by their units and a colon open inside `line`, each after a space (`…。 区公安局:负责…`,
    /// `四、职责分工 经济发展处:联合…`): `UnitHeadedLine` reads the sentence there; three at least.
    static func unitHeadedStarts(_ bytes: [UInt8], _ line: Range<Int>) -> [Int] {
        // Whether a paragraph headed by its units and a colon opens at `at` (`UnitHeadedLine` reads its sentence).
        func headsDuty(_ at: Int) -> Bool {
            guard at < line.upperBound, UTF8Scan.isHan(bytes, at: at),
                  let colon = UTF8Scan.find([0x3A], in: bytes, from: at, to: min(line.upperBound, at + UnitHeadedLine.maximumHead)),
                  !UTF8Scan.containsSentencePunctuation(bytes, at..<colon) else { return false }
            let end = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: colon, to: line.upperBound) ?? line.upperBound
            return UnitHeadedLine.parse(bytes, from: at, to: end) != nil
        }
        var starts: [Int] = []
        var from = line.lowerBound + 3
        while let space = UTF8Scan.find([0x20], in: bytes, from: from, to: line.upperBound) {
            from = space + 1
            let at = space + 1
            guard UTF8Scan.isHan(bytes, at: space - 3) || UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: space - 3),
                  headsDuty(at) else { continue }
            starts.append(at)
        }
        // (Or right after a full stop: `…各相关部门工作职责:A局:负责…。B局:会同…。C局:负责…`; the first after the
        // duties' label and its colon.)
        from = line.lowerBound
        var glued: [Int] = []
        // (Every duties' label ends 职责:, looked for once: most lines hold none, and none before the first.)
        let firstLabel = UTF8Scan.find(dutiesLabelEnding, in: bytes, from: line.lowerBound, to: line.upperBound)
        while let stop = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: from, to: line.upperBound) {
            if glued.isEmpty, let firstLabel, firstLabel < stop, let label = dutiesLabelEnd(bytes, before: stop, line),
               UnitHeadedLine.parse(bytes, from: label, to: stop) != nil { glued.append(label) }
            let at = stop + Segmenter.fullStop.count
            from = at
            if headsDuty(at) { glued.append(at) }
        }
        if glued.count >= fewestDuties { starts = Array(Set(starts + glued)).sorted() }
        // (Or numbered, each item after a full stop, a colon, a space or a heading's words: `…以下工作:(1) 区办:负责…。
        // (2) 区党群工作部:指导…`, `五、职责分工(一)某管理局:负责…`; the cut before the number.)
        var numbered: [Int] = []
        from = line.lowerBound + 1
        while let open = UTF8Scan.find([0x28], in: bytes, from: from, to: line.upperBound) {
            from = open + 1
            guard GluedUnitLabels.closesBefore(bytes, open, floor: line.lowerBound) || GluedUnitLabels.opensAfter(bytes, open, floor: line.lowerBound),
                  let marker = OutlineMarker.parse(bytes, at: open, end: line.upperBound), marker.level >= 2 else { continue }
            var at = marker.contentStart
            while at < line.upperBound, bytes[at] == 0x20 { at += 1 }
            if headsDuty(at) { numbered.append(open) }
        }
        if numbered.count >= fewestDuties {
            // A space after the number is no cut of its own.
            starts = Array(Set(numbered + starts.filter { s in !numbered.contains { $0 < s && s - $0 <= longestMarker } })).sorted()
        }
        return starts.count >= fewestDuties ? starts : []
    }
    /// Where clauses numbered in words open inside `line` (`…专题:一是交通设施巨大变化。宣传要点:…。责任单位:区交建局。时间要求:…。
    /// 二是…`), right after a full stop or a colon: a run numbered upward from 一是, two at least, each clause holding a
    /// label of units before the next (the last within `longestLabelledClause` bytes). Each is then a task's line, as the
    /// outline reader reads a clause so numbered on a line of its own.
    static func labelledClauseStarts(_ bytes: [UInt8], _ line: Range<Int>) -> [Int] {
        var runs: [[Int]] = []
        var from = line.lowerBound
        while let found = UTF8Scan.find(WorkPlanExtractor.clauseWord, in: bytes, from: from, to: line.upperBound) {
            from = found + WorkPlanExtractor.clauseWord.count
            // The numeral before 是, one character (一 … 九), after 。 or :.
            let at = found - 3
            guard at - 1 >= line.lowerBound, bytes[at - 1] == 0x3A || at >= line.lowerBound + 3 && UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: at - 3),
                  let marker = WorkPlanExtractor.ordinalClause(bytes, at..<line.upperBound), marker.contentStart == from else { continue }
            if marker.number == 1 { runs.append([at]) } else if let last = runs.last, last.count == marker.number - 1 { runs[runs.count - 1].append(at) }
        }
        func labelled(_ clause: Range<Int>) -> Bool {
            GluedUnitLabels.labels.contains { label in UTF8Scan.find(label + [0x3A], in: bytes, from: clause.lowerBound, to: clause.upperBound) != nil }
        }
        var starts: [Int] = []
        for run in runs where run.count >= 2 {
            let ends = run.dropFirst() + [min(line.upperBound, run[run.count - 1] + longestLabelledClause)]
            if zip(run, ends).allSatisfy({ labelled($0..<$1) }) { starts += run }
        }
        return starts
    }
    /// How far the last labelled clause of a run may run before its label, in bytes.
    static let longestLabelledClause = 900

    /// The longest item number and its spaces before a unit's name, in bytes (`(12)  `).
    static let longestMarker = 8
    static let fewestDuties = 3
    static let dutiesLabelEnding = Array("职责:".utf8)

    /// `各相关部门工作职责:` closing before the first unit of a run of duties glued after full stops: where the first
    /// unit starts (after the label's colon), when the label lies between the last stop before `stop` and `stop`.
    static func dutiesLabelEnd(_ bytes: [UInt8], before stop: Int, _ line: Range<Int>) -> Int? {
        let floor = UTF8Scan.findLast(Segmenter.fullStop, in: bytes, from: line.lowerBound, to: stop) ?? line.lowerBound
        for word in UnitHeadedLine.dutiesWords {
            let label = word + [0x3A]
            if let found = UTF8Scan.findLast(label, in: bytes, from: floor, to: stop), UTF8Scan.isHan(bytes, at: found + label.count) {
                return found + label.count
            }
        }
        return nil
    }

    /// Where paragraphs a page ran into one line with two spaces or more between them open (`…请遵照执行。  卫生部:负责…
    /// 工作。  国家发展计划委员会:负责…`): after a full stop and the spaces, at Han text; three at least.
    static func paragraphStarts(_ bytes: [UInt8], _ line: Range<Int>) -> [Int] {
        // Cheap test first (this runs on every long line no other cut takes): one search for a stop and two spaces.
        guard let first = UTF8Scan.find(stopAndSpaces, in: bytes, from: line.lowerBound, to: line.upperBound) else { return [] }
        var starts: [Int] = []
        var from = first
        while let stop = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: from, to: line.upperBound) {
            from = stop + Segmenter.fullStop.count
            var at = from
            while at < line.upperBound, bytes[at] == 0x20 { at += 1 }
            if at - from >= 2, UTF8Scan.isHan(bytes, at: at) { starts.append(at) }
        }
        return starts.count >= fewestParagraphs ? starts : []
    }
    static let fewestParagraphs = 3
    static let stopAndSpaces = Segmenter.fullStop + [0x20, 0x20]

    /// How a label over units ends, its colon folded (`责任分工:`, `责任单位:`, `牵头部门:`, `责任主体:`).
    static let unitLabels = ["分工:", "单位:", "部门:", "主体:"].map { Array($0.utf8) }

    /// Where bullet items open inside `line` (`…(科技部牵头,…按职责分工负责,年内持续推进) ? 实施…`, the glyph of
    /// each bullet lost to `?`): a bullet of `BulletItem` after a space, `)` or `。`, then Han text; two at least.
    static func bulletStarts(_ bytes: [UInt8], _ line: Range<Int>) -> [Int] {
        // Two memchr passes, on `?` and on E2, the first byte of every other bullet (the line is walked byte by byte
        // once already, in `headingStarts`).
        var starts: [Int] = []
        for lead in [UInt8(0x3F), 0xE2] {
            var from = line.lowerBound + 1
            while let i = UTF8Scan.find([lead], in: bytes, from: from, to: line.upperBound) {
                from = i + 1
                guard let bullet = BulletItem.bullets.first(where: { $0[0] == lead && UTF8Scan.hasPrefix($0, in: bytes, at: i) }) else { continue }
                from = i + bullet.count
                let previous = bytes[i - 1]
                // A run of the same bullet counts once, from its first (`??? 加大…`).
                guard previous != bullet.last else { continue }
                let closes = previous == 0x20 || previous == 0x29 || i >= line.lowerBound + 3 && UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: i - 3)
                guard closes else { continue }
                // `??? 加大…激励力度`: a heading marked with a run of bullets opens a line too.
                var last = i
                while UTF8Scan.hasPrefix(bullet, in: bytes, at: last + bullet.count) { last += bullet.count }
                if BulletItem.contentStart(bytes, last..<line.upperBound) != nil { starts.append(i) }
                from = last + bullet.count
            }
        }
        return starts.count >= fewestHeadings ? starts.sorted() : []
    }

    /// Where headings open inside `line`, right after `)` or `。` and any spaces: first-level ones (`二、`)
    /// numbered upward, or, in a line that has none, items of one other level numbered one after another
    /// (`…。 1.轨道交通…。 牵头领导:甲 责任单位:A … 2.新增…`).
    static func headingStarts(_ bytes: [UInt8], _ line: Range<Int>) -> [Int] {
        var starts: [Int] = []
        var items: [Int] = []
        var last = 0
        var lastItem: OutlineMarker?
        // Whether a run of items has begun (a space may then stand before the next), and whether it broke.
        var inRun = false
        var brokenRun = false
        var i = line.lowerBound + 1
        while i < line.upperBound {
            // Cheap test first (this runs at every byte of a long line): `)` or the last byte of `。` (E3 80 82) just before;
            // in a run of items, a space (`…合计 24 4.新投放…`).
            let previous = bytes[i - 1]
            // (Or a colon before the first heading: `现就有关事项通知如下:一、…`.)
            // (Or the last byte of 〕 or 】, E3 80 95 and 91: asked in full only then.)
            guard previous == 0x29 || previous == 0x82 || inRun && previous == 0x20 || previous == 0x3A && starts.isEmpty
                    || (previous == 0x95 || previous == 0x91) && closesWideBracket(bytes, at: i) else { i += 1; continue }
            guard previous != 0x82 || i >= line.lowerBound + 3 && UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: i - 3) else { i += 1; continue }
            var at = i
            while at < line.upperBound, bytes[at] == 0x20 { at += 1 }
            guard let marker = OutlineMarker.parse(bytes, at: at, end: line.upperBound),
                  previous != 0x3A || marker.level == 1 && marker.number == 1 else { i += 1; continue }
            if marker.level == 1 {
                // Right after the close: a glued heading. After a space: the line is an outline of several levels, no run of items.
                // (After spaces too, numbered right after a glued one: `…(A) 七、…`, a page that spaced some of its headings.)
                if previous != 0x20, at == i && marker.number > last || at > i && !starts.isEmpty && marker.number == last + 1 {
                    starts.append(at)
                    last = marker.number
                    i = marker.contentStart
                    continue
                }
                brokenRun = true
            } else if !brokenRun {
                // Items of one level numbered one after another; a number of the run's level out of turn (a second 1. under
                // another heading) says the line is an outline of several levels.
                if lastItem.map({ $0.level == marker.level && $0.number + 1 == marker.number }) ?? (marker.number == 1) {
                    items.append(at)
                    lastItem = marker
                    inRun = true
                    i = marker.contentStart
                    continue
                }
                if lastItem?.level == marker.level { brokenRun = true }
            }
            i += 1
        }
        if starts.count >= fewestHeadings { return starts }
        return starts.isEmpty && !brokenRun && items.count >= fewestHeadings ? items : []
    }
}

extension GluedOutline {
    /// Markers an outline of several levels needs inside one line before it is cut.
    static let fewestOutlineMarkers = 4
    /// The longest heading, in characters, that may close with no mark before the next marker.
    static let longestBareHeading = 16

    /// Where the headings and items of an outline of several levels open inside `line`, each after a closing `。`,
    /// `)`, `:` or `;` and a space (`…通知。 一、主要工作目标 1、地区生产总值增长11%(A,B)。 2、… 二、主要工作任务 (一)扎实… 11、…`):
    /// each level numbered upward (an item's numbers may go on under the next heading), a heading clearing the
    /// levels below it. Four markers at least, else none.
    static func spacedOutlineStarts(_ bytes: [UInt8], _ line: Range<Int>) -> [Int] {
        var starts: [Int] = []
        var last: [Int: Int] = [:]
        // The last heading's marker: a short heading with no closing mark (`一、主要工作目标 1、…`) ends at a space too.
        var heading: OutlineMarker?
        var from = line.lowerBound + 1
        // One memchr pass on the space; only a space after a closing mark, or after a short heading, is looked at.
        while let space = UTF8Scan.find([0x20], in: bytes, from: from, to: line.upperBound) {
            from = space + 1
            // (`]` too: `…[责任单位:A、B] 六、工作要求`.)
            let closed = [0x29, 0x3A, 0x3B, 0x5D].contains(bytes[space - 1])
                || space >= line.lowerBound + 3 && UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: space - 3)
            let afterHeading = heading.map { space - $0.contentStart <= 3 * longestBareHeading && !UTF8Scan.containsSentencePunctuation(bytes, $0.contentStart..<space) } ?? false
            guard closed || afterHeading else { continue }
            var at = space
            while at < line.upperBound, bytes[at] == 0x20 { at += 1 }
            guard let marker = OutlineMarker.parse(bytes, at: at, end: line.upperBound),
                  last[marker.level].map({ marker.number == $0 + 1 || marker.number == $0 + 2 }) ?? true,
                  closed || heading.map({ marker.level > $0.level }) == true else { continue }
            starts.append(at)
            last[marker.level] = marker.number
            for level in last.keys where level > marker.level { last[level] = nil }
            heading = marker
            from = marker.contentStart
        }
        return starts.count >= fewestOutlineMarkers ? starts : []
    }
}

private extension Array {
    /// The array, or nil when it is empty.
    var nonEmpty: Self? { isEmpty ? nil : self }
}
