import Graph

/// Extracts the tasks of an implementation plan.
///
/// A task is a numbered paragraph (`1.`, `(1)`, `(一)` …) whose last bracket
/// assigns units (see `UnitAssignment`), or whose next line does
/// (`牵头单位:…` on a line of its own), or a line of units alone does (`UnitLine`).
/// A paragraph may hold several tasks (`TaskClauses`), a task may be headed by its
/// units (`UnitHeadedLine`), a heading's units go to its items when they name none,
/// and tables flattened to text give a task a row (`WorkPlanTable`, `WorkPlanCellTable`).
/// Its code joins the nearest Chinese-numeral
/// heading above it and its own number: `(一)1`. The proposal the plan
/// implements is read from `N号建议案` and the `《…》` title that follows it.
/// Runs on every document; a document without such paragraphs yields nothing.
struct WorkPlanExtractor: Extractor {
    var id: String { "work-plan-tasks" }

    func extract(from document: SourceDocument, context: ExtractionContext, into graph: inout PropertyGraph) throws {
        let index = LexiconIndex.shared(for: context)
        let prepared = PreparedDocument.shared(for: document, index: index)
        let text = prepared.text
        let bytes = text.bytes
        // Cheap exit for documents that assign no units. A table's `负责部门` header may be the plan's only unit word.
        guard Self.assignmentWords.contains(where: { UTF8Scan.find($0, in: bytes, from: 0) != nil })
                || Self.hasDepartmentColumnHeader(bytes) else { return }
        let lines = GluedOutline.split(bytes, prepared.lines)
        var tasks: [(line: Range<Int>, marker: OutlineMarker, code: String, group: String?, units: UnitAssignment, deadline: Range<Int>?, title: Range<Int>?)] = []
        /// `code`, primed (`(一)1'`) until no task has it yet.
        func uniqueCode(_ code: String) -> String {
            var code = code
            while tasks.contains(where: { $0.code == code }) { code += "'" }
            return code
        }
        var path: [Int: (marker: OutlineMarker, line: Range<Int>)] = [:]
        // Tasks on lines with no number of their own, numbered in their group.
        var unnumbered = 0
        // Every numbered line with its code and group, and the task it became: a heading's units go to its items.
        var outlineLines: [(marker: OutlineMarker, line: Range<Int>, code: String, group: String?, task: Int?)] = []
        // A table one cell to a line is read row by row, after the loop; its lines are no tasks of their own.
        let cellRows = WorkPlanCellTable.rows(bytes, lines: lines)
        // So is a table run together with no separator between its cells (`序号项目名称…牵头单位配合单位1…`).
        // (Both open at `序号`, looked for once: most plans write none.)
        let numberHeader = UTF8Scan.find(WorkPlanGluedTable.numberHeader, in: bytes, from: 0)
        let gluedRows = numberHeader.map { first in
            WorkPlanGluedTable.rows(bytes, lines: lines, from: first)
                // So is one whose rows are items numbered through it, each with its deadline before its units (`1、…3月区某局`).
                + WorkPlanGluedItemTable.rows(bytes, lines: lines, from: first)
                // So is one whose rows are an outline's items, each measure closed by its unit cell (`…(一)编制方案…。各片区管理局(二)…`).
                + WorkPlanGluedOutlineTable.rows(bytes, from: first)
                // So is a table of duties by unit, each row's number glued to the unit heading its duties (`序号部门主要职责1区某局牵头…`).
                + WorkPlanGluedDutyTable.rows(bytes, from: first)
        } ?? []
        // So is a project schedule flattened with spaces, its unit cells between persons' (`序号 项目名称 … 牵头领导 责任单位 责任单位负责人 …`).
        // So is one run together with no spaces, its cells told by the chain of persons and units (`…补助谢秀桐澳前片区开发管理局郑 宇区交投集团陈江滔…`).
        let projectRows = numberHeader.map { WorkPlanProjectTable.rows(bytes, from: $0) + WorkPlanGluedProjectTable.rows(bytes, from: $0) } ?? []
        // So is a table a page flattened into one paragraph, its header with no number column (`重点任务 工作措施 牵头单位 参与单位 1.…`).
        let flatRows = WorkPlanFlatTable.rows(bytes, lines: prepared.lines)
        // So is a table with a bar opening each cell and a lone bar closing each row (`| 责任单位` / `|`).
        let barLed = WorkPlanBarLedTable.rows(bytes, lines: lines)
        // So is a table of targets (`——降低…`) whose unit cells, a unit to a line, are merged over the targets above them.
        let targets = WorkPlanTargetTable.rows(bytes, lines: lines)
        // So is a table of assessed targets (`项目` / `分值` / `目标任务` / `监考单位`), read by what its lines hold.
        let scored = WorkPlanScoredTable.rows(bytes, lines: lines)
        // So is a table of targets whose unit cells hold a unit to a line (`主要目标` / `主要责任单位` / `责任单位`).
        let unitLines = WorkPlanUnitLinesTable.rows(bytes, lines: lines)
        // Under a header whose unit column stands alone (`预期目标` / `责任单位`), a bare unit name under a task line is its unit.
        var bareUnits: UnitAssignment.Kind?
        // A second unit column right after it in the header (`牵头单位` / `责任单位`): its cells are the lines under the first's.
        var nextColumn: UnitAssignment.Kind?
        // Bullet items since the last numbered line.
        var bullets = 0
        // Lines a heading took as its task's paragraph.
        var claimed: Set<Int> = []
        // A plan whose items open with their named units as the subject, three at least (`1.区环境与国土资源局要…2.区综合执法局
        // 要…`), shares out its duties item by item, as a section of duties does.
        let itemsHeadedByUnits = Self.itemsHeadedByUnits(bytes, lines) >= Self.fewestItemsHeadedByUnits
        for (n, line) in lines.enumerated() {
            if claimed.contains(line.lowerBound) { continue }
            let outline = OutlineMarker.parse(bytes, at: line.lowerBound, end: line.upperBound)
            // `●推进…(A、B)`, or `?推进…` with the glyph lost: an item counted under its heading.
            let bullet = outline == nil ? BulletItem.contentStart(bytes, line) : nil
            if outline != nil { bullets = 0 } else if bullet != nil { bullets += 1 }
            let numbered = outline ?? Self.ordinalClause(bytes, line) ?? bullet.map { OutlineMarker(level: 6, number: bullets, contentStart: $0) }
            if let marker = numbered {
                for level in path.keys where level >= marker.level { path[level] = nil }
                path[marker.level] = (marker, line)
                unnumbered = 0
            }
            if cellRows.contains(where: { $0.line.contains(line.lowerBound) }) || gluedRows.contains(where: { $0.line.overlaps(line) })
                || flatRows.contains(where: { $0.line.overlaps(line) }) || projectRows.contains(where: { $0.line.overlaps(line) })
                || barLed.spans.contains(where: { $0.contains(line.lowerBound) }) || targets.spans.contains(where: { $0.contains(line.lowerBound) })
                || scored.spans.contains(where: { $0.contains(line.lowerBound) })
                || unitLines.spans.contains(where: { $0.contains(line.lowerBound) }) { continue }
            if let kind = WorkPlanCellTable.unitColumnHeader(bytes, lines, at: n) {
                bareUnits = kind
                nextColumn = WorkPlanCellTable.secondUnitColumn(bytes, lines, after: n, first: kind)
                continue
            }
            // Several tasks in one paragraph, each closed by its own bracket of units.
            if let (heading, clauses) = TaskClauses.split(bytes, line, contentStart: numbered?.contentStart ?? line.lowerBound,
                                                          headingLine: (numbered?.level ?? 3) <= 2) {
                for clause in clauses {
                    let marker = OutlineMarker(level: 6, number: clause.number, contentStart: clause.contentStart)
                    var (code, group) = Self.code(for: marker, path: path, bytes: bytes)
                    code = uniqueCode(code)
                    if let heading = clause.group ?? heading { group = String(decoding: bytes[UTF8Scan.trim(bytes, heading)], as: UTF8.self) }
                    tasks.append((clause.range, marker, code, group, clause.units, clause.units.deadline, nil))
                }
                // Its clauses name their own units: no heading's units to hand down (-1).
                if let numbered, outline != nil { outlineLines.append((numbered, line, "", nil, -1)) }
                continue
            }
            if numbered == nil {
                // `市住建局牵头(4项)`: a heading with no number naming its tasks' lead, read with the outline after the loop.
                if let heading = LeadHeading.parse(bytes, line), heading.count != nil {
                    outlineLines.append((OutlineMarker(level: 0, number: 0, contentStart: line.lowerBound), line, "", nil, nil))
                    continue
                }
                // `粮食稳产 工作措施:… 部门分工:A牵头,B配合。 推进X 部门分工:…`: a breakdown flattened to one line.
                if let run = DivisionRun.split(bytes, line) {
                    for task in run {
                        unnumbered += 1
                        let marker = OutlineMarker(level: 6, number: unnumbered, contentStart: task.range.lowerBound)
                        var (code, group) = Self.code(for: marker, path: path, bytes: bytes)
                        code = uniqueCode(code)
                        tasks.append((task.range, marker, code, group, task.units, nil, task.title))
                    }
                    continue
                }
                // A plan written as prose: `A牵头,…。B牵头,…。`, a task to a sentence.
                if let sentences = UnitLedSentences.split(bytes, line) {
                    for sentence in sentences {
                        unnumbered += 1
                        let marker = OutlineMarker(level: 6, number: unnumbered, contentStart: sentence.contentStart)
                        var (code, group) = Self.code(for: marker, path: path, bytes: bytes)
                        code = uniqueCode(code)
                        tasks.append((sentence.range, marker, code, group, sentence.units, nil, nil))
                    }
                    continue
                }
                guard var units = Self.unnumberedUnits(bytes, lines, n, bare: bareUnits, then: nextColumn) ?? Self.unitHeadedInRun(bytes, lines, n)
                        ?? EventListing.units(bytes, lines, n)
                        ?? Self.labelsUnderParagraph(bytes, lines, n, taken: { range in tasks.contains { $0.units.range.overlaps(range) } }) else { continue }
                unnumbered += 1
                var contentStart = line.lowerBound
                if units.range.upperBound <= line.upperBound, let headed = UnitHeadedLine.parse(bytes, from: line.lowerBound, to: line.upperBound),
                   headed.units.range == units.range {
                    contentStart = headed.text
                    units = headed.units
                }
                let marker = OutlineMarker(level: 6, number: unnumbered, contentStart: contentStart)
                var (code, group) = Self.code(for: marker, path: path, bytes: bytes)
                code = uniqueCode(code)
                let heading = Self.sectionTitle(bytes, lines, n, units: units, path: path, lastTask: tasks.last?.line)
                tasks.append((line, marker, code, group, units, units.deadline, heading))
                continue
            }
            guard var marker = numbered else { continue }
            var units = UnitAssignment.find(in: bytes, line: line)
                // `…(A、B按职责分工负责) 以上实施方案由各处室具体制定…`: a note on all the tasks above glued after the last one's units.
                ?? Self.beforeNoteOnAbove(bytes, line).flatMap { UnitAssignment.find(in: bytes, line: line.lowerBound..<$0) }
            // (一)省编办牵头的工作: a heading naming the lead of the tasks under it is no task itself
            // (its items take the lead after the loop); with no numbered items, the paragraph under it is its task.
            if units == nil, outline != nil, let heading = LeadHeading.parse(bytes, marker.contentStart..<line.upperBound)
                ?? (Self.inDutiesSection(bytes, path: path, level: marker.level)
                    ? LeadHeading.dutiesUnits(bytes, marker.contentStart..<line.upperBound).map { (units: $0, count: nil) } : nil) {
                let (code, group) = Self.code(for: marker, path: path, bytes: bytes)
                outlineLines.append((marker, line, code, group, nil))
                if heading.count == nil, let paragraph = Self.paragraphUnderHeading(bytes, lines, n, level: marker.level) {
                    var found = Self.unitsOnOwnLines(bytes, lines[(paragraph + 1)...])
                        ?? UnitAssignment(units: [], range: lines[paragraph].upperBound..<lines[paragraph].upperBound)
                    found.units.insert(contentsOf: LeadHeading.units(heading.units, forTextAt: lines[paragraph].lowerBound, in: bytes), at: 0)
                    let item = OutlineMarker(level: marker.level + 1, number: 1, contentStart: lines[paragraph].lowerBound)
                    var (itemCode, _) = Self.code(for: item, path: path, bytes: bytes)
                    itemCode = uniqueCode(itemCode)
                    claimed.insert(lines[paragraph].lowerBound)
                    tasks.append((lines[paragraph], item, itemCode, group, found, found.deadline, nil))
                }
                continue
            }
            // `…。 牵头领导:X 责任单位:A` then `项目责任人:Y 配合单位:B` on the next line: labels run on over the paragraph.
            if var inline = units, inline.range.upperBound == line.upperBound, bytes[inline.range.lowerBound] != 0x28 {
                var m = n + 1
                while m < lines.count, m - n <= 3, OutlineMarker.parse(bytes, at: lines[m].lowerBound, end: lines[m].upperBound) == nil {
                    var deadline: Range<Int>?
                    guard let more = UnitAssignment.parseLabelled(bytes, lines[m], deadline: &deadline) else { break }
                    inline.units += more
                    if inline.deadline == nil { inline.deadline = deadline }
                    inline.range = inline.range.lowerBound..<lines[m].upperBound
                    m += 1
                }
                units = inline
            }
            // A paragraph broken into lines of a page's width: its units close its last line.
            if units == nil, let paragraph = Self.brokenParagraph(bytes, lines, from: n) {
                units = UnitAssignment.find(in: bytes, line: paragraph)
            }
            // 1、地区生产总值增长7%(市发改委,各县市区政府): a target's bracket of bare unit names.
            if units == nil, outline != nil || bullet != nil {
                units = UnitAssignment.bareBracket(in: bytes, line: line, contentStart: marker.contentStart)
            }
            // …专项整治。市市场监管局牵头,市公安局按职责分工负责。 — units in words after the text.
            if units == nil {
                units = UnitClause.trailing(bytes, Self.brokenParagraph(bytes, lines, from: n) ?? line, contentStart: marker.contentStart)
            }
            // 1.加强X。 then 市发改委牵头落实 on the next line; a heading, then a paragraph opening with its
            // units (`1、某某项目` / `由副市长甲负责,市建委牵头,相关部门配合,…`).
            if units == nil, n + 1 < lines.count {
                units = UnitLine.parse(bytes, lines[n + 1]) ?? Self.bareUnitCells(bytes, lines, n, kind: bareUnits, then: nextColumn) ?? Self.unitBetweenItems(bytes, lines, n)
                    ?? (outline != nil ? UnitAssignment.bracketLine(in: bytes, lines[n + 1]) : nil)
                    ?? (outline != nil && OutlineMarker.parse(bytes, at: lines[n + 1].lowerBound, end: lines[n + 1].upperBound) == nil
                        ? UnitClause.leading(bytes, lines[n + 1]) : nil)
            }
            // 3.区发改局:推进… — the units head the task's text; (四)市环保局、市工商局负责对…: they open its sentence.
            // (`三、职责分工各片区管理局负责…。区经发局负责…`: a duties heading glued to the first of its sentences is read with them below.)
            // (`三、部门职责教育部门:组织…`: one headed by a unit and a colon is read past the heading.)
            let colonHeaded = units == nil ? UnitHeadedLine.parse(bytes, from: marker.contentStart, to: line.upperBound) : nil
            if units == nil, let headed = colonHeaded
                ?? (outline != nil ? UnitHeadedLine.subjectHeaded(bytes, from: marker.contentStart, to: line.upperBound,
                                                                  duties: itemsHeadedByUnits || Self.inDutiesSection(bytes, path: path, level: marker.level)) : nil),
               colonHeaded != nil || !TaskFacets.opens(bytes, at: marker.contentStart) {
                units = headed.units
                marker.contentStart = headed.text
            }
            // (三)由某交警中队牵头,联合市交通局,加强…: the item's own sentence opens with its units' clauses.
            if units == nil, outline != nil {
                units = UnitClause.leading(bytes, marker.contentStart..<line.upperBound)
            }
            // (二十一)市公安局。负责对…: the unit's name, then its duty, which titles the task.
            var dutyTitle: Range<Int>?
            if units == nil, outline != nil, let duty = UnitHeadedLine.stopHeaded(bytes, from: marker.contentStart, to: line.upperBound) {
                units = duty.units
                dutyTitle = duty.title
            }
            // 一是…: a clause of a paragraph is a task only with units of its own; so is a bullet's item with its labels below.
            if units == nil, outline != nil || bullet != nil || Self.labelledClause(bytes, lines[...], at: n) {
                units = Self.unitsOnOwnLines(bytes, lines[(n + 1)...])
            }
            // 一是明确责任分工。…县财政局负责…;县农牧局负责…: a numbered paragraph that shares out its duties sentence by sentence.
            if units == nil, let sentences = UnitLedSentences.split(bytes, marker.contentStart..<line.upperBound) {
                for (k, sentence) in sentences.enumerated() {
                    let item = OutlineMarker(level: 6, number: k + 1, contentStart: sentence.contentStart)
                    var (code, group) = Self.code(for: item, path: path, bytes: bytes)
                    code = uniqueCode(code)
                    if group == nil { group = String(decoding: bytes[UTF8Scan.trim(bytes, marker.contentStart..<sentences[0].range.lowerBound)], as: UTF8.self) }
                    tasks.append((sentence.range, item, code, group, sentence.units, nil, nil))
                }
                if outline != nil { outlineLines.append((marker, line, "", nil, -1)) }
                continue
            }
            // (一)组织领导班子集中学习。局办公室要把…: a short sentence titles the item, and the next opens with its units as
            // the subject (`质监处牵头,办公室配合,充分利用…` too); only where nothing else gave the item units.
            if units == nil, outline != nil, let titled = Self.titledThenUnitLed(bytes, marker.contentStart..<line.upperBound) {
                units = Self.withLaterSubjects(bytes, titled.units, after: titled.units.range.upperBound, end: line.upperBound)
                dutyTitle = titled.title
            }
            var (code, group) = Self.code(for: marker, path: path, bytes: bytes)
            guard let units else {
                if outline != nil { outlineLines.append((marker, line, code, group, nil)) }
                continue
            }
            code = uniqueCode(code)
            if outline != nil { outlineLines.append((marker, line, code, group, tasks.count)) }
            tasks.append((line, marker, code, group, units, units.deadline, dutyTitle))
        }
        // A heading whose units are given once for the items under it, none of which names its own: every item takes them.
        for (n, heading) in outlineLines.enumerated() {
            guard let task = heading.task, task >= 0 else { continue }
            let items = outlineLines[(n + 1)...].prefix { $0.marker.level > heading.marker.level }
            guard let level = items.map(\.marker.level).min(), items.allSatisfy({ $0.task == nil }) else { continue }
            for item in items where item.marker.level == level {
                var code = item.code
                code = uniqueCode(code)
                tasks.append((item.line, item.marker, code, item.group, tasks[task].units, tasks[task].deadline, nil))
            }
        }
        // Items none of which names units, then units on lines of their own after the last of them
        // (`1.…` `2.…` `责任单位:A、B`): the units are given once for the run, and every item takes them.
        for (n, item) in outlineLines.enumerated() {
            guard let task = item.task, task >= 0, tasks[task].units.range.lowerBound >= item.line.upperBound,
                  Self.opensLine(bytes, tasks[task].units.range.lowerBound) else { continue }
            var m = n - 1
            while m >= 0, outlineLines[m].marker.level == item.marker.level, outlineLines[m].task == nil {
                let sibling = outlineLines[m]
                var code = sibling.code
                code = uniqueCode(code)
                outlineLines[m].task = tasks.count
                tasks.append((sibling.line, sibling.marker, code, sibling.group, tasks[task].units, tasks[task].deadline, nil))
                m -= 1
            }
        }
        // `一、县发改局牵头工作(12项)`: a heading naming the lead of the items under it: an item that names no unit takes it.
        for (item, units) in Self.itemsUnderLeadHeadings(bytes, outlineLines) {
            let entry = outlineLines[item]
            // An item naming units of its own but no lead (`协同单位:…` under it) takes the heading's lead (a heading of
            // duties' units gives none to an item with units of its own).
            if let task = entry.task {
                if task >= 0, units.contains(where: { $0.kind == .lead }), !tasks[task].units.units.contains(where: { $0.kind == .lead }) {
                    tasks[task].units.units.insert(contentsOf: units, at: 0)
                }
                continue
            }
            var code = entry.code
            code = uniqueCode(code)
            outlineLines[item].task = tasks.count
            let taken = LeadHeading.units(units, forTextAt: entry.marker.contentStart, in: bytes)
            tasks.append((entry.line, entry.marker, code, entry.group, UnitAssignment(units: taken, range: entry.line.upperBound..<entry.line.upperBound), nil, nil))
        }
        // `(二)认真做好…。区资源生态局要主动对接…`: an item given units by nothing above, whose later sentence opens with them.
        // (The item that says how the plan's lists read, `列第一位的为牵头单位`, is about the plan, no task.)
        for (n, entry) in outlineLines.enumerated() where entry.task == nil && entry.marker.level > 0 {
            guard !tasks.contains(where: { $0.line.overlaps(entry.line) }),
                  let units = Self.laterSentenceSubjects(bytes, entry.marker.contentStart..<entry.line.upperBound),
                  Self.firstListedNotes(bytes, lines: [entry.line]).isEmpty else { continue }
            let code = uniqueCode(entry.code)
            outlineLines[n].task = tasks.count
            tasks.append((entry.line, entry.marker, code, entry.group, units, units.deadline, nil))
        }
        // A task table flattened to text (序号 任务 牵头单位 责任单位 完成时限), a row to a line or a cell to a line: one task per row.
        // The table whose unit cells hold a unit to a line first: a cell-table reader may read its later rows alone.
        let rows = projectRows + unitLines.rows + WorkPlanTable.rows(bytes, lines: lines) + cellRows + WorkPlanSpacedTable.rows(bytes, lines: lines)
            + gluedRows + flatRows + barLed.rows + targets.rows + scored.rows
        for row in rows where !tasks.contains(where: { $0.line.overlaps(row.line) }) {
            let marker = OutlineMarker(level: 3, number: row.number, contentStart: row.task.lowerBound)
            var code = "\(row.number)"
            code = uniqueCode(code)
            let group = row.group.map { String(decoding: bytes[UTF8Scan.trim(bytes, $0)], as: UTF8.self) }
            tasks.append((row.line, marker, code, group, row.units, row.deadline, row.title))
        }
        // `(一)某某行动` / `1.行动目标。…` / `2.主要任务…` / `牵头单位:…`: items that are facets of their heading's one task
        // make no tasks of their own; the heading is the task, with every unit they were given.
        var facetTasks: Set<Int> = []
        for facet in TaskFacets.headings(bytes, outlineLines.map { ($0.marker, $0.line) }) {
            let owned = facet.items.compactMap { outlineLines[$0].task }.filter { $0 >= 0 }
            guard let first = owned.first else { continue }
            let heading = outlineLines[facet.heading]
            var units = tasks[first].units
            for other in owned.dropFirst() {
                for unit in tasks[other].units.units where !units.units.contains(where: { $0.name == unit.name && $0.kind == unit.kind }) {
                    units.units.append(unit)
                }
                facetTasks.insert(other)
            }
            tasks[first] = (heading.line, heading.marker, uniqueCode(heading.code), heading.group, units, units.deadline, nil)
        }
        for n in facetTasks.sorted(by: >) { tasks.remove(at: n) }
        guard !tasks.isEmpty else { return }
        // 列第一位的为牵头单位: said outside every task (a preamble), it makes the first unit of every list
        // without a lead the lead; said in a task's own bracket (`…负责。列第一者为牵头单位`), it holds for
        // that task, and with 下同 for the tasks after it too.
        for note in Self.firstListedNotes(bytes, lines: lines) {
            let from = tasks.first { $0.line.contains(note.at) || $0.units.range.contains(note.at) }?.line.lowerBound
            // With 下同 at the plan's first list of several units, the lists above it, one unit each and none
            // naming a lead in other words, were ordered by it too.
            let coversAbove = note.below && from.map { from in
                tasks.allSatisfy { $0.line.lowerBound >= from || $0.units.units.count <= 1 && !$0.units.units.contains { $0.kind == .lead } }
            } == true
            for n in tasks.indices where !tasks[n].units.units.contains(where: { $0.kind == .lead && !$0.onlyPart }) {
                // The first unit that does the work: a data provider listed first leads nothing.
                guard let first = tasks[n].units.units.firstIndex(where: { $0.kind == .responsible }) else { continue }
                if let from, tasks[n].line.lowerBound < from && !coversAbove || !note.below && tasks[n].line.lowerBound != from { continue }
                tasks[n].units.units[first].kind = .lead
                tasks[n].units.units[first].role = "牵头"
            }
        }
        // `(…各涉河办事处落实。以下均需各涉河办事处落实,不再列出)`: units the plan says every task below needs, written once
        // (the task whose units the note closes among them).
        for note in Self.standingUnits(bytes) {
            for n in tasks.indices where tasks[n].line.upperBound > note.at {
                for unit in note.units where !tasks[n].units.units.contains(where: { $0.name == unit.name }) {
                    tasks[n].units.units.append(unit)
                }
            }
        }
        // `★为牵头单位`: a unit written with a mark the plan says leads, leads. A plan that notes no mark
        // leads with ★ by custom, where the mark singles out one unit of a task.
        let noted = Self.leadMarks(bytes)
        let marks = noted.isEmpty ? Self.unstatedLeadMarks(bytes, units: tasks.map(\.units)) : noted
        if !marks.isEmpty {
            for n in tasks.indices {
                for k in tasks[n].units.units.indices where tasks[n].units.units[k].kind == .responsible
                    && marks.contains(where: { Self.isMarked(bytes, tasks[n].units.units[k].range, with: $0) }) {
                    tasks[n].units.units[k].kind = .lead
                    tasks[n].units.units[k].role = "牵头"
                }
            }
        }
        // `…由A和B牵头制定…。责任部门:A、B`: a task whose list names no lead, where its own text says which of its units leads.
        for n in tasks.indices where !tasks[n].units.units.contains(where: { $0.kind == .lead }) {
            let text = tasks[n].line.lowerBound..<min(tasks[n].line.upperBound, max(tasks[n].units.range.lowerBound, tasks[n].line.lowerBound))
            let named = Self.leadsInText(bytes, text, units: tasks[n].units.units.filter { $0.kind == .responsible }.map(\.name))
            for k in tasks[n].units.units.indices where tasks[n].units.units[k].kind == .responsible && named.contains(tasks[n].units.units[k].name) {
                tasks[n].units.units[k].kind = .lead
                tasks[n].units.units[k].role = "牵头"
            }
        }

        // A leader's or an officer's name read from a unit column (a header cell wrapped over two lines shifts
        // the columns: `协管责任人` then `牵头单位`) is no unit: a name spelled as a person's that reads as no unit.
        // A task left with no unit by that is no task; one that had none before keeps its place.
        let personWords = try? PersonWords.builtIn()
        tasks.removeAll { task in
            !task.units.units.isEmpty && task.units.units.allSatisfy { Self.isPersonsName($0.name, words: personWords) }
        }
        for n in tasks.indices {
            tasks[n].units.units.removeAll { Self.isPersonsName($0.name, words: personWords) }
        }
        // A table whose 责任单位 column repeats the lead (`牵头单位: 区发改局`, `责任单位: 区发改局、区财政局`):
        // the lead leads; it is not also one of the others.
        for n in tasks.indices where tasks[n].units.units.contains(where: { $0.kind == .lead }) {
            let leads = Set(tasks[n].units.units.filter { $0.kind == .lead }.map(\.name))
            tasks[n].units.units.removeAll { $0.kind == .responsible && leads.contains($0.name) }
        }
        // A unit that carries the task out and also supplies its figures answers for it once, as the one who carries it out.
        for n in tasks.indices where tasks[n].units.units.contains(where: { $0.kind == .dataProvider }) {
            let doers = Set(tasks[n].units.units.filter { $0.kind != .dataProvider }.map(\.name))
            tasks[n].units.units.removeAll { $0.kind == .dataProvider && doers.contains($0.name) }
        }
        try FactWriter.write(document, text, city: prepared.city, into: &graph) { writer in
            let documentNode = try writer.documentNode()
            let proposals = try ProposalMentions.record(in: &writer, document: documentNode)
            let proposal = proposals.first
            for (ordinal, task) in tasks.enumerated() {
                // Units on lines of their own may have the task's text between them and its heading.
                let contentEnd = task.units.range.lowerBound > task.line.upperBound ? task.units.range.lowerBound : task.line.upperBound
                var content = UTF8Scan.trim(bytes, task.marker.contentStart..<contentEnd)
                // `(三)建设公平诚信的市场环境 1.社会诚信。…`: a heading run into the task's line before the task's own number
                // is no part of it.
                if let stop = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: content.lowerBound, to: content.upperBound),
                   let item = TaskClauses.itemAfterSpace(bytes, content.lowerBound..<stop),
                   let marker = OutlineMarker.parse(bytes, at: item, end: stop), marker.contentStart <= task.line.upperBound {
                    content = marker.contentStart..<content.upperBound
                }
                // Units opening the task's sentence as its subject (`市环保局负责对…`) stay in it.
                let body = task.units.range.lowerBound > content.lowerBound && task.units.range.upperBound <= content.upperBound
                    ? content.lowerBound..<task.units.range.lowerBound : content
                // A table names its task in a column of its own; else the title is the first sentence of the task's line.
                // (A task line with no text of its own (`1.`) has its body start past its line.)
                var named = task.title ?? body.lowerBound..<max(body.lowerBound, min(body.upperBound, task.line.upperBound))
                var titleEnd = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: named.lowerBound, to: named.upperBound) ?? named.upperBound
                // `?。ǘ┩七M東部…`: a marker a wrong decoding mangled reads as a first sentence with no Han character; the title follows it.
                if titleEnd < named.upperBound, !(named.lowerBound..<titleEnd).contains(where: { UTF8Scan.isHan(bytes, at: $0) }) {
                    named = (titleEnd + Segmenter.fullStop.count)..<named.upperBound
                    titleEnd = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: named.lowerBound, to: named.upperBound) ?? named.upperBound
                }
                // As written: a plan in traditional script keeps its titles so (the text is folded for matching only).
                var title = text.written(UTF8Scan.trim(bytes, named.lowerBound..<titleEnd))
                // A task cell a page broke off empty (`|` alone on its line): the task's text names it; with no text at
                // all (`1.` over its labels), its number as written, else its code.
                if title.allSatisfy(\.isWhitespace) {
                    let whole = text.written(content)
                    let marker = text.written(UTF8Scan.trim(bytes, task.line.lowerBound..<min(task.line.upperBound, max(task.line.lowerBound, task.marker.contentStart))))
                    title = !whole.allSatisfy(\.isWhitespace) ? String(whole.prefix(Self.longestFallbackTitle))
                        : !marker.allSatisfy(\.isWhitespace) ? marker : task.code
                }
                var properties: [String: Value] = [
                    "code": .string(task.code), "title": .string(title), "text": .string(text.written(content)),
                    "number": .int(task.marker.number), "ordinal": .int(ordinal + 1), "document": .string(document.id),
                ]
                if let group = task.group { properties["group"] = .string(group) }
                if let deadline = task.deadline { properties["deadline"] = .string(writer.string(deadline)) }
                // Codes sort as text ((一), (三), (二)); this sorts in the plan's order, document by document.
                properties["sortKey"] = .string(document.id + "#" + String(repeating: "0", count: max(0, 5 - String(ordinal + 1).count)) + String(ordinal + 1))
                let taskNode = try writer.entity(
                    "Task", title, properties: properties, key: "Task:\(document.id):\(task.code)", at: task.line)
                if let proposal {
                    try writer.relate("PART_OF", taskNode, proposal.node, at: task.line)
                }
                for unit in task.units.units {
                    let agency = try Self.agency(named: unit.name, at: unit.range, index: index, writer: &writer)
                    var props: [String: Value] = [:]
                    if !["牵头单位", "责任单位", "牵头", "负责"].contains(unit.role) { props["role"] = .string(unit.role) }
                    try writer.relate(Self.relationship[unit.kind]!, agency, taskNode, properties: props, at: unit.range)
                }
                for hit in prepared.hits(in: body) where index.entries[hit.entry].label == "Industry" {
                    let industry = try writer.entity(index, hit.entry, at: hit.range)
                    try writer.relate("ABOUT", taskNode, industry, at: hit.range)
                }
            }
        }
    }

    /// The relationship each kind of unit has with its task. A data provider answers for the task's figures: readers
    /// count it among the units responsible, and its label (`数据提供单位`) stays on the relationship as `role`.
    static let relationship: [UnitAssignment.Kind: String] = [.lead: "LEADS", .responsible: "RESPONSIBLE_FOR", .dataProvider: "RESPONSIBLE_FOR"]

    /// Words one of which every document that assigns units holds: labels (单位, 部门, or set out
    /// with spaces in a table's header), verbs closing a list, the headers of an office's own sections
    /// (责任科室, 承办处室, 责任股室), a bracket closing on a unit's name (`(市财政局,各区政府)`), a
    /// heading naming its tasks' lead (`县发改局牵头工作`, `由市商务局牵头的任务`, `市住建局牵头(4项)`), and an
    /// event's short labels (`主办:`, `承办:`), a consultation plan's (`协商部门:`, `牵头界别组:`). A table's header ending in 部门 alone (`负责部门`) is
    /// `hasDepartmentColumnHeader`'s to find.
    static let assignmentWords = ["单位", "负责)", "牵头)", "牵头,", "落实", "负责,", "牵头部门", "责任部门", "科室", "处室", "股室",
                                  "单 位", "部 门", "局)", "委)", "府)", "牵头工作", "牵头的", "牵头(", "主办:", "承办:", "协办:",
                                  // A consultation plan's labels (`牵头界别组:A 协商部门:B`).
                                  "部门:", "牵头界别",
                                  // Duties shared out in prose (`县财政局负责…;县农牧局分工负责…`).
                                  "局负责", "委负责", "办负责", "府负责", "分工负责",
                                  // Units as a task sentence's subject (`(四)市环保局、市工商局负责对…进行查处`).
                                  "负责对", "负责按照", "负责做好", "负责抓好", "负责组织", "负责协调", "负责督促", "负责制定", "负责推进",
                                  "负责开展", "负责指导", "负责统筹", "牵头做好", "牵头抓好", "牵头组织", "牵头制定", "牵头推进", "牵头开展"].map { Array($0.utf8) }

    static let departmentWord = Array("部门".utf8)
    /// The most bytes before 部门 in a header cell: 10 Han characters (`WorkPlanTable.column` reads 12 at most).
    static let departmentHeaderPrefixBytes = 30

    /// How much of a task's text names it where its title cell is empty, in characters.
    static let longestFallbackTitle = 40

    /// Whether the text holds a header cell of a unit column ending in 部门 (`负责部门`, `配合部门`),
    /// as `WorkPlanTable.column` reads any short header so ending: a plan whose only unit word is its
    /// table's header (`序号` / `工作任务` / `负责部门`, no 单位 anywhere) assigns units too. The word
    /// alone tells nothing (prose says `有关部门` everywhere): the cell must stand alone, a line's or
    /// parted by tabs, bars or runs of spaces, and be a few Han characters. O(n).
    static func hasDepartmentColumnHeader(_ bytes: [UInt8]) -> Bool {
        var from = 0
        while let at = UTF8Scan.find(departmentWord, in: bytes, from: from) {
            from = at + departmentWord.count
            if endsCell(bytes, at: from), startsHeaderCell(bytes, before: at, within: departmentHeaderPrefixBytes) { return true }
        }
        return false
    }

    /// A line's end, a tab or a bar: what parts a flattened table's cells.
    static func isCellSeparator(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x7C }

    /// Whether a cell ends at `at`: the text's end, a separator, or spaces (two or more, or before a separator).
    static func endsCell(_ bytes: [UInt8], at: Int) -> Bool {
        var end = at
        while end < bytes.count, bytes[end] == 0x20 { end += 1 }
        return end == bytes.count || isCellSeparator(bytes[end]) || end - at >= 2
    }

    /// Whether a header cell starts at most `within` bytes before `at`, Han characters all the way: after
    /// the text's start, a separator or a run of two spaces (a single space stays inside the cell:
    /// `| 负责部门`). A comma, a stop or a digit on the way back is prose's (`会议要求,市直各部门`).
    static func startsHeaderCell(_ bytes: [UInt8], before at: Int, within: Int) -> Bool {
        var start = at
        while start > 0, at - start <= within {
            let byte = bytes[start - 1]
            if isCellSeparator(byte) || byte == 0x20 && start >= 2 && bytes[start - 2] == 0x20 { return true }
            // An ASCII byte or a character's first byte: only a Han character (or a single space) goes on.
            if byte != 0x20, byte < 0x80 || byte >= 0xC0 && !UTF8Scan.isHan(bytes, at: start - 1) { return false }
            start -= 1
        }
        return start == 0
    }

    /// The Agency node for a unit name, merged with its lexicon entry when the
    /// name or an alias is known (市发改委 → 市发展和改革委员会).
    /// A unit written in traditional script (市發展改革委, 綜合科) is named as written, with the
    /// simplified form as an alias and as its key, as persons are (`FactWriter.person`): both
    /// spellings find it, and one node serves documents in either script.
    static func agency(named name: String, at range: Range<Int>, index: LexiconIndex, writer: inout FactWriter) throws -> NodeID {
        let written = writer.writtenName(name, at: range)
        if let entry = index.entry(label: "Agency", named: name, city: writer.city) {
            return try writer.entity(index.entries[entry], surface: written, at: range)
        }
        guard written != name else { return try writer.entity("Agency", name, at: range) }
        return try writer.entity("Agency", written, aliases: [name, written], key: "Agency:" + name, at: range)
    }

    /// The line of the paragraph right under the heading on line `n` (at outline `level`) when the heading
    /// has no numbered item: a line of text that no label opens and no marker numbers, before the next numbered line.
    static func paragraphUnderHeading(_ bytes: [UInt8], _ lines: [Range<Int>], _ n: Int, level: Int) -> Int? {
        let next = n + 1
        guard next < lines.count, OutlineMarker.parse(bytes, at: lines[next].lowerBound, end: lines[next].upperBound) == nil,
              UnitAssignment.parseLabelled(bytes, lines[next]) == nil, UnitLine.parse(bytes, lines[next]) == nil,
              lines[next].count >= 12 else { return nil }
        // A numbered item below before the next heading: the heading's tasks are its items.
        var m = next + 1
        while m < lines.count, m - next <= 6 {
            if let item = OutlineMarker.parse(bytes, at: lines[m].lowerBound, end: lines[m].upperBound) {
                return item.level > level ? nil : next
            }
            m += 1
        }
        return next
    }

    /// The items under each heading that names their lead (`LeadHeading`), with that lead: every item
    /// up to the next heading of the heading's level or above, at the level of the first item (the caller
    /// gives the lead to those that name no lead of their own); an item with items under it is a sub-heading, whose items are taken
    /// in its place. A heading under it that names a lead of its own leads its items instead. A heading
    /// with no number (level 0) takes at most the count it gives, and stops at a level above its items'.
    /// O(n) in the outline's lines for each such heading.
    static func itemsUnderLeadHeadings(_ bytes: [UInt8], _ outline: [(marker: OutlineMarker, line: Range<Int>, code: String, group: String?, task: Int?)])
        -> [(item: Int, units: [UnitAssignment.Unit])] {
        var result: [(item: Int, units: [UnitAssignment.Unit])] = []
        var leads: [Int: (units: [UnitAssignment.Unit], count: Int?)] = [:]
        for (n, entry) in outline.enumerated() where entry.task == nil {
            if let heading = LeadHeading.parse(bytes, entry.marker.contentStart..<entry.line.upperBound) { leads[n] = heading }
            else if entry.marker.level > 0, underDutiesHeading(bytes, outline, n),
                    let units = LeadHeading.dutiesUnits(bytes, entry.marker.contentStart..<entry.line.upperBound) { leads[n] = (units, nil) }
        }
        for (n, heading) in leads.sorted(by: { $0.key < $1.key }) {
            let level = outline[n].marker.level
            guard n + 1 < outline.count, outline[n + 1].marker.level > level else { continue }
            let itemLevel = outline[n + 1].marker.level
            var end = n + 1
            var items = 0
            while end < outline.count, outline[end].marker.level > level, level > 0 || outline[end].marker.level >= itemLevel {
                if outline[end].marker.level == itemLevel {
                    if let count = heading.count, level == 0, items == count { break }
                    items += 1
                }
                end += 1
            }
            var k = n + 1
            while k < end {
                // A heading of its own lead inside the span leads its items: skip them.
                if leads[k] != nil {
                    var after = k + 1
                    while after < end, outline[after].marker.level > outline[k].marker.level { after += 1 }
                    k = after
                    continue
                }
                // The items each take the lead: leaves only (an item with items under it is a sub-heading).
                let leaf = k + 1 >= end || outline[k + 1].marker.level <= outline[k].marker.level
                if leaf, outline[k].marker.contentStart < outline[k].line.upperBound {
                    result.append((k, heading.units))
                }
                k += 1
            }
        }
        return result
    }

    /// Whether an outline entry above `n`, of a level above it, is a heading of duties (`三、各单位职责`: `dutiesHeadings`).
    static func underDutiesHeading(_ bytes: [UInt8], _ outline: [(marker: OutlineMarker, line: Range<Int>, code: String, group: String?, task: Int?)],
                                   _ n: Int) -> Bool {
        var level = outline[n].marker.level
        var m = n - 1
        while m >= 0, level > 1 {
            let entry = outline[m]
            if entry.marker.level < level {
                level = entry.marker.level
                if isDutiesHeading(bytes, entry.marker, entry.line) { return true }
            }
            m -= 1
        }
        return false
    }

    /// Whether `at` is where a line's text starts (only spaces between it and the line break before it).
    static func opensLine(_ bytes: [UInt8], _ at: Int) -> Bool {
        var before = at
        while before > 0, bytes[before - 1] == 0x20 || bytes[before - 1] == 0x09 { before -= 1 }
        return before == 0 || bytes[before - 1] == 0x0A
    }

    static let bodyLines = 2
    /// A paragraph shorter than this is no task of its own.
    static let shortestTask = 15

    /// Whether a unit's `name` is a person's: spelled as one (`PersonWords.spells`), reading as no unit and
    /// ending as no place or body ends (`徐某喜`, not `高新园`, `财务科`).
    static func isPersonsName(_ name: String, words: PersonWords?) -> Bool {
        guard let words, words.spells(name), let last = name.unicodeScalars.last, !placeOrBodyEnds.contains(last.value) else { return false }
        return !UnitLine.readsAsUnit(name) && !UnitAssignment.looksLikeUnit(name)
    }

    /// Last characters of a place's or a body's name, which no person's name among units ends with (高新园, 某镇).
    static let placeOrBodyEnds: Set<UInt32> = Set("园区局委办室科股站所院校馆心队部处厅会社镇乡街村县市省港城".unicodeScalars.map(\.value))

    /// The units of a paragraph with no number that is still a task: a bracket of
    /// units closes it (`…同步起草(市政府办公室负责)。`), or its units come alone on
    /// the next line (`市发改委牵头落实`, a table's unit column flattened to text; a
    /// bare `区发展改革委` only under a header naming that column, `bare`).
    /// A line that continues a paragraph broken at a page's width belongs to that
    /// paragraph (`brokenParagraph`), and a bracket alone on its line to the task
    /// above it (`unitsOnOwnLines`).
    /// `区发改局:推进…` on a line with no number: a task only in a run of such lines
    /// (one alone is as likely a department's answer quoted in a report).
    static func unitHeadedInRun(_ bytes: [UInt8], _ lines: [Range<Int>], _ n: Int) -> UnitAssignment? {
        func headed(_ m: Int) -> UnitAssignment? {
            guard m >= 0, m < lines.count, OutlineMarker.parse(bytes, at: lines[m].lowerBound, end: lines[m].upperBound) == nil else { return nil }
            return UnitHeadedLine.parse(bytes, from: lines[m].lowerBound, to: lines[m].upperBound)?.units
        }
        guard let units = headed(n), headed(n - 1) != nil || headed(n + 1) != nil else { return nil }
        return units
    }

    /// The bare unit names under line `n` (`bareUnitLine`) and the bare unit lines after them: the cell's units one to a
    /// line; where the header names a second unit column (`next`), those after the first are its cell (`区发改局` /
    /// `区工信局` / `各街道办事处`: the lead, then the others).
    static func bareUnitCells(_ bytes: [UInt8], _ lines: [Range<Int>], _ n: Int, kind: UnitAssignment.Kind?,
                              then next: UnitAssignment.Kind?) -> UnitAssignment? {
        guard let kind, var first = bareUnitLine(bytes, lines, n, kind: kind) else { return nil }
        // (With one unit column, the cell's units may stand one to a line: `公卫家庭处` / `医政医管处` / `医保处`.)
        let laterKind = next ?? kind
        var m = n + 2
        while m < lines.count, m - n <= secondCellLines, !(m + 1 < lines.count && isDateLine(bytes, lines[m + 1])),
              let more = UnitLine.parseBare(bytes, lines[m], kind: laterKind) {
            first.units += more.units
            first.range = first.range.lowerBound..<more.range.upperBound
            m += 1
        }
        return first
    }

    /// The most lines a second unit column's cell takes under the first's.
    static let secondCellLines = 4

    /// The bare unit names on the line after line `n`, under a header naming their
    /// column (`kind`). A target may close with `。` (`固定资产投资增长7%。`), but a
    /// sentence with an office under it and a date under that is the document's
    /// end, signed: that office is no unit.
    static func bareUnitLine(_ bytes: [UInt8], _ lines: [Range<Int>], _ n: Int, kind: UnitAssignment.Kind?) -> UnitAssignment? {
        guard let kind, n + 1 < lines.count else { return nil }
        if UTF8Scan.hasSuffix(Segmenter.fullStop, in: bytes, lines[n]) {
            // An office over a date is a signature; a list of units closing the text is the last row's cell.
            guard n + 2 < lines.count else {
                return UnitLine.parseBare(bytes, lines[n + 1], kind: kind).flatMap { $0.units.count >= 2 ? $0 : nil }
            }
            guard !isDateLine(bytes, lines[n + 2]) else { return nil }
        }
        return UnitLine.parseBare(bytes, lines[n + 1], kind: kind)
    }

    /// The bare unit names on the line after the numbered line `n` when the next
    /// item's number follows them (`1.地区生产总值增长5.5%左右` / `县发改局` / `2.…`),
    /// a target list with no header naming its unit column: responsible units, since
    /// nothing says they lead. A unit line followed by anything else (a date, a
    /// paragraph) is no item's, but the last item's, closing the text after a run of such items, is.
    static func unitBetweenItems(_ bytes: [UInt8], _ lines: [Range<Int>], _ n: Int) -> UnitAssignment? {
        // The last item of such a run ends the text: its unit line is the last line, the item above it closed by one too.
        let lastOfRun = n + 2 == lines.count && n >= 1 && UnitLine.parseBare(bytes, lines[n - 1], kind: .responsible) != nil
        guard lastOfRun || n + 2 < lines.count && OutlineMarker.parse(bytes, at: lines[n + 2].lowerBound, end: lines[n + 2].upperBound) != nil,
              let units = UnitLine.parseBare(bytes, lines[n + 1], kind: .responsible), units.units.count <= 4 else { return nil }
        return units
    }

    static let dateEndings = ["日", "月"].map { Array($0.utf8) }

    /// A line that is only a date (`2023年2月10日`, `二〇二三年二月`): a signature's.
    static func isDateLine(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        line.count <= 36 && UTF8Scan.find(year, in: bytes, from: line.lowerBound, to: line.upperBound) != nil
            && dateEndings.contains { UTF8Scan.hasSuffix($0, in: bytes, line) }
    }

    static let year = Array("年".utf8)

    static func unnumberedUnits(_ bytes: [UInt8], _ lines: [Range<Int>], _ n: Int, bare: UnitAssignment.Kind? = nil,
                                then next: UnitAssignment.Kind? = nil) -> UnitAssignment? {
        let line = lines[n]
        guard line.count >= shortestTask, !UTF8Scan.hasSuffix([0x3A], in: bytes, line), UnitLine.parse(bytes, line) == nil else { return nil }
        if let bare, UnitLine.parseBare(bytes, line, kind: bare) != nil { return nil }
        if n + 1 < lines.count, let units = UnitLine.parse(bytes, lines[n + 1]) ?? bareUnitCells(bytes, lines, n, kind: bare, then: next) { return units }
        if n > 0, lines[n - 1].count >= brokenLineBytes, !paragraphEnds.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, lines[n - 1]) }) { return nil }
        // Labels after the text (`…建议  主办单位:A  协办单位:B`) are a list's columns, not a task's bracket.
        guard let units = UnitAssignment.find(in: bytes, line: line) ?? UnitAssignment.bareBracketAfterSentence(in: bytes, line: line),
              units.range.lowerBound - line.lowerBound >= shortestTask,
              UnitAssignment.bracketPairs.contains(where: { UTF8Scan.hasPrefix($0.open, in: bytes, at: units.range.lowerBound) }) else { return nil }
        return units
    }

    static let leadWord = Array("牵头".utf8)

    /// Whether a heading above the item at `level` names a section of duties (`六、责任分工`, `四、职责分工`, `部门职责`).
    static func inDutiesSection(_ bytes: [UInt8], path: [Int: (marker: OutlineMarker, line: Range<Int>)], level: Int) -> Bool {
        path.contains { entry in entry.key < level && isDutiesHeading(bytes, entry.value.marker, entry.value.line) }
    }
    static let dutiesHeadings = ["职责", "责任分工"].map { Array($0.utf8) }
    /// Whether the heading `marker` opens on `line` is one of duties: `dutiesHeadings` in its first eight characters.
    static func isDutiesHeading(_ bytes: [UInt8], _ marker: OutlineMarker, _ line: Range<Int>) -> Bool {
        let heading = marker.contentStart..<min(line.upperBound, marker.contentStart + 3 * 8)
        return dutiesHeadings.contains { UTF8Scan.find($0, in: bytes, from: heading.lowerBound, to: heading.upperBound) != nil }
    }

    /// How many numbered items of `lines` open with named units as their subject (`sentenceSubjects`: no closing charge).
    static func itemsHeadedByUnits(_ bytes: [UInt8], _ lines: [Range<Int>]) -> Int {
        lines.reduce(0) { count, line in
            guard let marker = OutlineMarker.parse(bytes, at: line.lowerBound, end: line.upperBound),
                  sentenceSubjects(bytes, from: marker.contentStart, to: line.upperBound) != nil else { return count }
            return count + 1
        }
    }
    static let fewestItemsHeadedByUnits = 3

    /// The longest heading, in characters, that titles the paragraphs under it.
    static let longestSectionTitle = 25
    /// How the bodies a closing charge addresses open (`各地区`, `各地各部门`, `各级`).
    static let closingChargeOpenings = ["各地", "各级", "各有关", "各相关", "有关", "相关"]
    /// Every body of a kind, as a closing charge addresses them (`各乡镇、各部门要…`).
    static let closingChargeBodies: Set<String> = ["各部门", "各单位", "各乡镇", "各街道", "各县区", "各区县", "各镇", "各乡", "各村", "各社区"]

    /// `组织领导班子集中学习。局办公室要把…`: the item's first sentence, short and with no pause, is its title; the units
    /// open the next one as its subject (`UnitHeadedLine.subjectHeaded`, with a section of duties' verbs: 要, 配合 …) or
    /// with their clauses (`质监处牵头,办公室配合,…`: `UnitClause.leading`).
    static func titledThenUnitLed(_ bytes: [UInt8], _ content: Range<Int>) -> (title: Range<Int>, units: UnitAssignment)? {
        guard let stop = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: content.lowerBound,
                                       to: min(content.upperBound, content.lowerBound + 3 * longestSectionTitle)),
              stop - content.lowerBound >= 3 * 4, !UTF8Scan.containsSentencePunctuation(bytes, content.lowerBound..<stop) else { return nil }
        guard let units = sentenceSubjects(bytes, from: stop + Segmenter.fullStop.count, to: content.upperBound) else { return nil }
        return (content.lowerBound..<stop, units)
    }

    /// The units that open the sentence at `start` as its subject, or with their clauses; nil when it opens with none, or
    /// only with a plan's closing charge to every body (`各地区、各有关部门要…`), which names no unit.
    static func sentenceSubjects(_ bytes: [UInt8], from start: Int, to end: Int) -> UnitAssignment? {
        // (`一是派出所要…`: the clause's number is no part of the unit's name.)
        let start = ordinalClause(bytes, start..<end)?.contentStart ?? start
        guard start < end, UTF8Scan.isHan(bytes, at: start),
              let units = UnitHeadedLine.subjectHeaded(bytes, from: start, to: end, duties: true)?.units
                ?? UnitClause.leading(bytes, start..<end),
              // (`会上市商务局负责人表示…`: 负责人 is a person, no verb.)
              !UnitLedSentences.dutyNouns.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: units.range.upperBound) }),
              !units.units.contains(where: { UnitAssignment.isUnnamedCollective($0.name) || closingChargeOpenings.contains(where: $0.name.hasUTF8Prefix) }),
              !units.units.allSatisfy({ closingChargeBodies.contains($0.name) })
        else { return nil }
        return units
    }

    /// `(二)认真做好…工作认真按照…要求,加快推进…。区资源生态局要主动对接…`: an item whose text, past its first sentence,
    /// has a sentence opened by units as its subject (`sentenceSubjects`); those units and the subjects of the sentences
    /// after them answer for it. Only where nothing else gave the item units.
    static func laterSentenceSubjects(_ bytes: [UInt8], _ content: Range<Int>) -> UnitAssignment? {
        var at = content.lowerBound
        while let stop = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: at, to: content.upperBound) {
            at = stop + Segmenter.fullStop.count
            // Only a charge (要, 负责, 牵头): `由市政协经济委员会会同…修改完善后,报送…` in a meeting's minutes is a step, no duty.
            guard let units = sentenceSubjects(bytes, from: at, to: content.upperBound) else { continue }
            let leads = units.units.contains { $0.kind == .lead }
            let charged = laterSubjectVerbs.contains { UTF8Scan.hasSuffix($0, in: bytes, at..<units.range.upperBound) }
                && !UTF8Scan.hasPrefix(UnitHeadedLine.agent, in: bytes, at: at)
            if leads || charged { return withLaterSubjects(bytes, units, after: units.range.upperBound, end: content.upperBound) }
        }
        return nil
    }

    /// Where a note on every task above (`以上…`, after a space or none) follows the bracket that closes `line`'s task.
    static func beforeNoteOnAbove(_ bytes: [UInt8], _ line: Range<Int>) -> Int? {
        guard let at = UTF8Scan.findLast(noteOnAbove, in: bytes, from: line.lowerBound, to: line.upperBound) else { return nil }
        var close = at
        while close > line.lowerBound, bytes[close - 1] == 0x20 { close -= 1 }
        guard close > line.lowerBound, bytes[close - 1] == 0x29, UTF8Scan.find([0x28], in: bytes, from: at, to: line.upperBound) == nil else { return nil }
        return close
    }
    static let noteOnAbove = Array("以上".utf8)

    /// Those of `units` that `text` says lead: each written right before 牵头 (`负责牵头`, `要牵头`), or in a run of them
    /// joined by 和, 、, 与 or 及 that is (`由旅游市场整治专班和海上船舶整治专班牵头制定…`).
    static func leadsInText(_ bytes: [UInt8], _ text: Range<Int>, units: [String]) -> Set<String> {
        guard !units.isEmpty, UTF8Scan.find(leadWord, in: bytes, from: text.lowerBound, to: text.upperBound) != nil else { return [] }
        let names = units.map { ($0, Array($0.utf8)) }
        var leads: Set<String> = []
        for (name, written) in names {
            var from = text.lowerBound
            while let at = UTF8Scan.find(written, in: bytes, from: from, to: text.upperBound) {
                from = at + written.count
                var run = [name]
                var end = at + written.count
                while let joiner = textLeadJoiners.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: end) }),
                      let next = names.first(where: { UTF8Scan.hasPrefix($0.1, in: bytes, at: end + joiner.count) }) {
                    run.append(next.0)
                    end += joiner.count + next.1.count
                }
                if textLeadVerbs.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: end) }) { leads.formUnion(run) }
            }
        }
        return leads
    }
    static let textLeadJoiners = ["和", "、", "与", "及"].map { Array($0.utf8) }
    static let textLeadVerbs = ["牵头", "负责牵头", "要牵头"].map { Array($0.utf8) }

    static let laterSubjectVerbs = [UnitHeadedLine.modal] + UnitHeadedLine.dutyVerbs

    /// `…。各处室要…。交通与建设处要…,农业农村处要…`: after the units that answer for a titled item, the units that open its
    /// later sentences or clauses as their subject (`UnitHeadedLine.subjectHeaded`) answer for it too.
    static func withLaterSubjects(_ bytes: [UInt8], _ units: UnitAssignment, after start: Int, end: Int) -> UnitAssignment {
        var all = units
        var at = start
        while at < end {
            // The next clause opens after a full stop or a comma.
            if UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: at) || bytes[at] == 0x2C {
                at += bytes[at] == 0x2C ? 1 : Segmenter.fullStop.count
                let clause = ordinalClause(bytes, at..<end)?.contentStart ?? at
                if let later = UnitHeadedLine.subjectHeaded(bytes, from: clause, to: end, duties: true)?.units {
                    UnitAssignment.appendNew(later.units, to: &all.units)
                }
            } else {
                at += 1
            }
        }
        return all
    }

    /// `四、实施医疗救助制度` over paragraphs with no number, the last closing on the units of the whole section
    /// (`…。(责任单位:A、B)`): the heading is the task's title. Only where no task came between the heading and the
    /// paragraph at `n`, and none follows before the next numbered line (else each paragraph is a task of its own), and the
    /// heading reads as a title: short, no sentence in it.
    static func sectionTitle(_ bytes: [UInt8], _ lines: [Range<Int>], _ n: Int, units: UnitAssignment,
                             path: [Int: (marker: OutlineMarker, line: Range<Int>)], lastTask: Range<Int>?) -> Range<Int>? {
        // (The units close the paragraph's own line: units on the line under it make a task of each paragraph.)
        guard lines[n].contains(units.range.lowerBound), units.range.upperBound <= lines[n].upperBound,
              let heading = path.max(by: { $0.key < $1.key })?.value, heading.line.upperBound <= lines[n].lowerBound,
              lastTask.map({ $0.upperBound <= heading.line.lowerBound }) ?? true else { return nil }
        var title = UTF8Scan.trim(bytes, heading.marker.contentStart..<heading.line.upperBound)
        if UTF8Scan.hasSuffix(Segmenter.fullStop, in: bytes, title) { title = title.lowerBound..<(title.upperBound - Segmenter.fullStop.count) }
        guard !title.isEmpty, title.count <= 3 * longestSectionTitle, !UTF8Scan.containsSentencePunctuation(bytes, title),
              UnitAssignment.find(in: bytes, line: heading.line) == nil else { return nil }
        var m = n + 1
        while m < lines.count, m <= n + 20, OutlineMarker.parse(bytes, at: lines[m].lowerBound, end: lines[m].upperBound) == nil {
            // (Or one headed by its units, `政法综治处:联合…`: a section of duties by unit.)
            if UnitAssignment.find(in: bytes, line: lines[m]) != nil || UnitLine.parse(bytes, lines[m]) != nil
                || UnitHeadedLine.parse(bytes, from: lines[m].lowerBound, to: lines[m].upperBound) != nil { return nil }
            m += 1
        }
        return title
    }

    /// The longest field label opening a line, in characters (`联系单位`, `提案人`, `完成时限`).
    static let fieldLabelLength = 6

    /// `加大人才引进力度。推动…。` then `牵头单位:A,配合单位:B` on the next line: a paragraph with no number whose units
    /// are labelled on the line under it (`taken`: whether a task above already holds the units on a line, which a
    /// numbered item's paragraph between them and their item is not to take again).
    static func labelsUnderParagraph(_ bytes: [UInt8], _ lines: [Range<Int>], _ n: Int, taken: (Range<Int>) -> Bool) -> UnitAssignment? {
        guard n + 1 < lines.count, lines[n].count >= shortestTask, !UTF8Scan.hasSuffix([0x3A], in: bytes, lines[n]) else { return nil }
        // (The next line's label first: most lines have none under them.)
        let next = lines[n + 1]
        // (`部门分工:A牵头,B配合。`: a label over a list that names its verbs opens such a line too.)
        guard let colon = UTF8Scan.find([0x3A], in: bytes, from: next.lowerBound, to: min(next.upperBound, next.lowerBound + 16)),
              UnitAssignment.label(endingAt: colon, in: bytes, from: next.lowerBound)?.start == next.lowerBound
                || UnitAssignment.divisionLabel(endingAt: colon, in: bytes, from: next.lowerBound) == next.lowerBound else { return nil }
        // `提案人:某某 附议人:…` over `承办单位:…`: a field's line (a short label and a colon opening it) is no task's text.
        if let field = UTF8Scan.find([0x3A], in: bytes, from: lines[n].lowerBound, to: min(lines[n].upperBound, lines[n].lowerBound + 3 * fieldLabelLength + 1)),
           stride(from: lines[n].lowerBound, to: field, by: 3).allSatisfy({ UTF8Scan.isHan(bytes, at: $0) }) { return nil }
        guard !taken(next), UnitAssignment.parseLabelled(bytes, lines[n]) == nil,
              let units = unitsOnOwnLines(bytes, lines[(n + 1)...]), units.range.lowerBound == next.lowerBound else { return nil }
        return units
    }

    /// Where each line that says the first unit listed leads says so (`列第一位者为牵头单位`, the words
    /// of `PlanWords.firstListed`), and whether it says the rule holds below (`下同`).
    static func firstListedNotes(_ bytes: [UInt8], lines: [Range<Int>]) -> [(at: Int, below: Bool)] {
        let words = PlanWords.shared
        return lines.compactMap { line in
            guard let at = words.firstListed.lazy.compactMap({ UTF8Scan.find($0, in: bytes, from: line.lowerBound, to: line.upperBound) }).first,
                  UTF8Scan.find(leadWord, in: bytes, from: line.lowerBound, to: line.upperBound) != nil else { return nil }
            return (at, words.sameBelow.contains { UTF8Scan.find($0, in: bytes, from: at, to: line.upperBound) != nil })
        }
    }

    static let clauseWord = Array("是".utf8)

    /// Where a plan says the tasks below all need units it will not list again (`以下均需A落实,不再列出`,
    /// `以下各项均由A、B配合`), and those units (responsible). One search for 以下.
    static func standingUnits(_ bytes: [UInt8]) -> [(at: Int, units: [UnitAssignment.Unit])] {
        var notes: [(at: Int, units: [UnitAssignment.Unit])] = []
        var next = 0
        while let at = UTF8Scan.find(standingStart, in: bytes, from: next) {
            next = at + standingStart.count
            guard let opening = standingOpenings.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }) else { continue }
            let from = at + opening.count
            var end = from
            while end < min(bytes.count, from + 3 * 30), UTF8Scan.isHan(bytes, at: end) || UTF8Scan.hasPrefix(enumerationComma, in: bytes, at: end) {
                if let verb = standingVerbs.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: end) }), end > from,
                   let units = UnitLine.parseBare(bytes, from..<end, kind: .responsible) {
                    notes.append((at, units.units.map { UnitAssignment.Unit(name: $0.name, range: $0.range, kind: .responsible, role: String(decoding: verb, as: UTF8.self)) }))
                    break
                }
                end += 3
            }
        }
        return notes
    }
    static let standingStart = Array("以下".utf8)
    static let standingOpenings = ["以下均需", "以下均由", "以下各项均需", "以下各项均由", "以下任务均需", "以下任务均由", "以下工作均需", "以下工作均由"]
        .map { Array($0.utf8) }
    static let standingVerbs = ["落实", "参与", "配合", "负责", "承担", "协助"].map { Array($0.utf8) }
    static let enumerationComma = Array("、".utf8)

    /// The marks the plan says make a unit the lead (`★为牵头单位`, `标★的为牵头单位`, `带▲的单位为牵头单位`):
    /// a mark of `PlanWords.leadMarks` followed on its line, within `markNoteBytes`, by a note of `PlanWords.leadMarkNotes`.
    /// O(n) in the document's bytes for each mark.
    static func leadMarks(_ bytes: [UInt8]) -> [[UInt8]] {
        let words = PlanWords.shared
        return words.leadMarks.filter { mark in
            var from = 0
            while let at = UTF8Scan.find(mark, in: bytes, from: from, to: bytes.count) {
                from = at + mark.count
                var end = from
                while end < min(bytes.count, from + markNoteBytes), bytes[end] != 0x0A { end += 1 }
                if words.leadMarkNotes.contains(where: { UTF8Scan.find($0, in: bytes, from: from, to: end) != nil }) { return true }
            }
            return false
        }
    }

    /// The marks of `PlanWords.unstatedLeadMarks` a plan with no note on its marks sets before units, when
    /// no task marks more than one of its units with it (a mark on every unit singles none out).
    static func unstatedLeadMarks(_ bytes: [UInt8], units: [UnitAssignment]) -> [[UInt8]] {
        PlanWords.shared.unstatedLeadMarks.filter { mark in
            let marked = units.map { assignment in assignment.units.filter { Self.isMarked(bytes, $0.range, with: mark) }.count }
            return marked.contains { $0 > 0 } && marked.allSatisfy { $0 <= 1 }
        }
    }

    /// How far after a mark its note may say what it means (`★的单位为牵头单位`: nine characters).
    static let markNoteBytes = 30

    /// Whether the unit written at `range` carries `mark` before or after its name.
    static func isMarked(_ bytes: [UInt8], _ range: Range<Int>, with mark: [UInt8]) -> Bool {
        let written = UTF8Scan.trim(bytes, range)
        return UTF8Scan.hasPrefix(mark, in: bytes, at: written.lowerBound) || UTF8Scan.hasSuffix(mark, in: bytes, written)
    }

    /// Whether line `m` is a clause numbered in words (`ordinalClause`) with labelled units on the lines right under
    /// it, beside another such clause just after those lines or just before it (`一是规范…。` / `责任处室:A` / `配合单位:B` /
    /// `二是落实…。` / `责任单位:C`): each such clause is a task of its own, and the item above them holds none of their units.
    static func labelledClause(_ bytes: [UInt8], _ lines: ArraySlice<Range<Int>>, at m: Int) -> Bool {
        // The line after the labels under the clause at `k`, or nil when no label stands right under it.
        func afterLabels(_ k: Int) -> Int? {
            var next = k + 1
            while next < lines.endIndex, UnitAssignment.parseLabelled(bytes, lines[next]) != nil { next += 1 }
            return next > k + 1 ? next : nil
        }
        guard m < lines.endIndex, ordinalClause(bytes, lines[m]) != nil, let next = afterLabels(m) else { return false }
        if next < lines.endIndex, ordinalClause(bytes, lines[next]) != nil, afterLabels(next) != nil { return true }
        var before = m - 1
        while before >= lines.startIndex, UnitAssignment.parseLabelled(bytes, lines[before]) != nil { before -= 1 }
        return before >= lines.startIndex && before < m - 1 && ordinalClause(bytes, lines[before]) != nil
    }

    /// `一是…`, `二是…`: a task numbered as a clause of a paragraph, below every outline level.
    static func ordinalClause(_ bytes: [UInt8], _ line: Range<Int>) -> OutlineMarker? {
        let (numeral, after) = OutlineMarker.chineseNumeral(bytes, from: line.lowerBound, end: line.upperBound)
        guard let numeral, numeral > 0, after - line.lowerBound <= 9, UTF8Scan.hasPrefix(clauseWord, in: bytes, at: after),
              after + clauseWord.count < line.upperBound else { return nil }
        return OutlineMarker(level: 6, number: numeral, contentStart: after + clauseWord.count)
    }

    /// Lines shorter than this are headings or the last line of a paragraph, not a line a page's width broke.
    static let brokenLineBytes = 45
    static let paragraphEnds = [Segmenter.fullStop, Array(")".utf8), Array(";".utf8), Array(":".utf8), Array("!".utf8), Array("?".utf8)]

    /// The task paragraph that starts at line `n` and runs on over lines broken
    /// mid-sentence (a PDF's line width: `…组织开` / `展…`), up to the line that
    /// ends it; nil when line `n` ends a paragraph itself. A numbered line or a
    /// unit label ends the paragraph before it.
    static func brokenParagraph(_ bytes: [UInt8], _ lines: [Range<Int>], from n: Int) -> Range<Int>? {
        var last = n
        while last + 1 < lines.count, last - n < 8 {
            let line = lines[last], next = lines[last + 1]
            guard line.count >= brokenLineBytes, !paragraphEnds.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, line) }),
                  OutlineMarker.parse(bytes, at: next.lowerBound, end: next.upperBound) == nil,
                  UnitAssignment.parseLabelled(bytes, next) == nil, UnitLine.parse(bytes, next) == nil,
                  !endsWithLabelledUnits(bytes, line) else { break }
            last += 1
        }
        return last > n ? lines[n].lowerBound..<lines[last].upperBound : nil
    }

    /// `时间安排:11月 牵头界别组:A 协商部门:B、C办` then prose: a line whose labelled units run to its end and
    /// whose last unit ends as a unit's name closes its paragraph (a name cut by the page's width, `市财`, does not).
    static func endsWithLabelledUnits(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        guard let units = UnitAssignment.inline(in: bytes, line), units.range.upperBound == line.upperBound,
              let last = units.units.last else { return false }
        return UnitAssignment.looksLikeUnit(last.name)
    }

    /// `牵头单位:…;责任单位:…` written as a line of its own under the task, or
    /// one line per label (`牵头单位:X`, then `责任单位:Y`, then `配合单位:Z`).
    /// A heading may have its text on the lines between it and its labels
    /// (`一、深化…改革`, a paragraph, then `牵头单位:…`): up to `bodyLines` of them.
    static func unitsOnOwnLines(_ bytes: [UInt8], _ following: ArraySlice<Range<Int>>) -> UnitAssignment? {
        var units: [UnitAssignment.Unit] = []
        var range: Range<Int>?
        var body = 0
        var joined: Range<Int>?
        let window = Array(following.prefix(8 + bodyLines))
        for (n, line) in window.enumerated() {
            // The line a label ending in a colon took as its list.
            if let taken = joined, taken.upperBound == line.upperBound { continue }
            // A clause with labels of its own (`一是…` over `责任处室:A`, then `二是…`) holds the units under it.
            if labelledClause(bytes, following, at: following.startIndex + n) { break }
            // Another item (numbered, or opened by a bullet: `--做好…` / `责任单位:A`) holds the units after it.
            guard OutlineMarker.parse(bytes, at: line.lowerBound, end: line.upperBound) == nil, BulletItem.contentStart(bytes, line) == nil else { break }
            var inner = line
            // 牵头单位: alone on its line, the units on the next.
            if bytes[line.upperBound - 1] == 0x3A, n + 1 < window.count,
               OutlineMarker.parse(bytes, at: window[n + 1].lowerBound, end: window[n + 1].upperBound) == nil {
                inner = line.lowerBound..<window[n + 1].upperBound
                joined = inner
            }
            var bracketed = false
            if bytes[inner.lowerBound] == 0x28, bytes[inner.upperBound - 1] == 0x29 {
                inner = (inner.lowerBound + 1)..<(inner.upperBound - 1)
                bracketed = true
            }
            var found = UnitAssignment.parseLabelled(bytes, inner)
            var start = line.lowerBound
            // (A牵头,B、C配合) on a line of its own.
            if found == nil, bracketed {
                var deadline: Range<Int>?
                found = UnitAssignment.parseVerbs(bytes, inner, deadline: &deadline)
            }
            // The heading's text, then its labels on the same line (`…提质。牵头单位:A;配合单位:B`), after a leader's line.
            // Not labels inside a bracket (`…;责任单位:A)`), nor a clause's of its own (`二是…`).
            if found == nil, !bracketed, range == nil, ordinalClause(bytes, line) == nil, let inline = UnitAssignment.inline(in: bytes, inner),
               bytes[line.lowerBound..<inline.range.lowerBound].reduce(0, { $0 + ($1 == 0x28 ? 1 : $1 == 0x29 ? -1 : 0) }) == 0 {
                found = inline.units
                start = inline.range.lowerBound
            }
            guard let found, !found.isEmpty else {
                // Text before the labels is the task's; text after them is not.
                guard range == nil, body < bodyLines else { break }
                body += 1
                continue
            }
            units += found
            range = (range?.lowerBound ?? start)..<inner.upperBound
        }
        guard let range, !units.isEmpty else { return nil }
        // `主办:A` then `会办:B` (a document's routing form) names no event's host: `主办:` leads only beside
        // who stages or assists the event (`承办:`, `协办:`).
        if units.contains(where: { $0.role == "主办" }), !units.contains(where: { UnitAssignment.eventPartnerLabels.contains($0.role) }) { return nil }
        return UnitAssignment(units: units, range: range)
    }

    /// A heading's text as a group's name, without the full stop that may close it (`(一)稳订单拓市场。`).
    static func headingText(_ heading: (marker: OutlineMarker, line: Range<Int>), bytes: [UInt8]) -> String {
        var text = UTF8Scan.trim(bytes, heading.marker.contentStart..<heading.line.upperBound)
        if text.count > 3, UTF8Scan.hasSuffix(Segmenter.fullStop, in: bytes, text) { text = text.lowerBound..<(text.upperBound - 3) }
        return String(decoding: bytes[text], as: UTF8.self)
    }

    /// `(一)1` for task 1 under heading (一); `(一)` for a task that is itself a
    /// Chinese-numeral heading; `(二)3(1)` for a sub-item.
    static func code(for marker: OutlineMarker, path: [Int: (marker: OutlineMarker, line: Range<Int>)], bytes: [UInt8]) -> (String, String?) {
        var groupLevel: Int?
        if marker.level >= 3 {
            groupLevel = path[2] != nil ? 2 : (path[1] != nil ? 1 : nil)
        } else if marker.level == 2 {
            groupLevel = nil
        }
        var code = ""
        var group: String?
        if let level = groupLevel, let heading = path[level] {
            code += "(\(ChineseNumeral.chinese(heading.marker.number)))"
            group = headingText(heading, bytes: bytes)
        } else if marker.level == 2, let heading = path[1] {
            // `二、全面促进消费 (二)加快建设…(A、B负责)`: an item of the second level that is a task is of the heading above it.
            group = headingText(heading, bytes: bytes)
        }
        switch marker.level {
        case 1, 2: code += "(\(ChineseNumeral.chinese(marker.number)))"
        case 3: code += "\(marker.number)"
        case 4:
            if let parent = path[3] { code += "\(parent.marker.number)" }
            code += "(\(marker.number))"
        default:
            if let parent = path[3] { code += "\(parent.marker.number)" }
            if let parent = path[4] { code += "(\(parent.marker.number))" }
            code += "-\(marker.number)"
        }
        return (code, group)
    }
}
