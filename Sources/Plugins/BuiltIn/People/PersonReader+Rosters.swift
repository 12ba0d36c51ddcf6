/// Names in rosters, as minutes, election results and member lists give them:
/// - after a label and a colon: `出席会议的有:…`, `副主席:A、B、C`, `列席:…`,
///   `常务委员(按姓氏笔画为序):…`, `第一提案人:…`, the list running on over
///   the lines after it while they hold names only;
/// - under a heading that is a party or sector (`中国民主同盟(5人)`);
/// - in a table with a `姓名` column (`姓名 性别 民族 党派 界别 工作单位及职务`),
///   one person a row, the party, sector and post cells being the person's roles.
/// Two-character names padded to the width of three (`王 强`, from `王　强`)
/// are one name. Items are separated by 、 , ; or spaces; a bracket after a name
/// holds notes (`(女,回族)`) or roles (`(民革)`).
extension PersonReader {
    /// Every name in the document's rosters, in text order.
    func readRosters() -> [PersonMention] {
        var found: [PersonMention] = []
        var table: MemberTable?
        // The roster whose list may run on over the next line, whether its label is a role, and
        // whether the label stood alone (常务委员:, 任命:), announcing the list below it.
        var open: (label: Range<Int>, isRole: Bool, announced: Bool)?
        for line in lines {
            let line = UTF8Scan.trim(bytes, line)
            guard !line.isEmpty else { open = nil; table = nil; continue }
            if let header = memberTableHeader(line) { table = header; open = nil; continue }
            if let columns = table {
                if let row = tableRow(line, columns) { found.append(row); continue }
                // A row of the table's shape whose name cell is no name (empty, a note) does not end it.
                if WorkPlanTable.split(bytes, line, separator: columns.separator).count == columns.count { continue }
                table = nil
            }
            // 医疗卫生界 | 甲、乙: a sector's row of a table whose cells are parted by bars.
            if let (heading, body) = sectorRow(line), let names = rosterNames(body, label: heading, isRole: true, line: line, strict: true) {
                found += names
                open = nil
                continue
            }
            var read = false
            for (whole, body) in labelledSegments(line) {
                let role = labelRole(whole)
                let label = role ?? whole
                let isRole = role != nil
                // 常务委员(按姓氏笔画为序): with the names on the lines below.
                if body.isEmpty {
                    open = (label, isRole, true)
                    read = true
                    continue
                }
                guard let names = groupLead(body, line: line) ?? rosterNames(body, label: label, isRole: isRole, line: line, strict: false)
                else { continue }
                // 审核:张三, 签发:李四: a page's credits, whose names wrote or checked it.
                found += isBylineLabel(whole) ? names.map { PersonMention(name: $0.name, nameRange: $0.nameRange, roles: [whole], sentence: $0.sentence, evidence: .byline) } : names
                read = true
                open = (label, isRole, false)
            }
            if read { continue }
            // 澳门委员名单 / (按姓氏笔画为序) / names: a note of the list's order between the label and its names.
            if let announced = open?.announced, announced, isBracketedNote(line) { continue }
            // The first line under a label that stood alone, or a line that reads as a list, needs half
            // its items to be names; a line that reads as prose (。 , : outside brackets), all of them.
            if let (label, isRole, announced) = open,
               let names = rosterNames(line, label: label, isRole: isRole, line: line, strict: !announced && readsAsProse(line)) {
                found += names
                open = (label, isRole, false)
                continue
            }
            if let heading = groupHeading(line) {
                open = (heading, isRole(heading) || Self.overlaps(parties, heading), true)
            } else if let label = standaloneLabel(line) {
                // 副主席(按姓氏笔画为序) on a line of its own, the names below.
                let role = labelRole(label)
                open = (role ?? label, role != nil, true)
            } else {
                open = nil
            }
        }
        return found
    }

    // MARK: Labels

    /// The labels of a group's lead in a bracket after the group (`领衔`, `召集人`).
    static let leadLabels = ["领衔人", "领衔", "召集人", "牵头人"].map { Array($0.utf8) }

    /// `提案人:妇联界别(领衔:甲)`, `经济界别(召集人:乙)`: a sector's or party's item whose
    /// names follow a lead's label in a bracket; the group is each name's role.
    func groupLead(_ body: Range<Int>, line: Range<Int>) -> [PersonMention]? {
        guard body.count > 2, bytes[body.upperBound - 1] == 0x29,
              let open = UTF8Scan.find([0x28], in: bytes, from: body.lowerBound, to: body.upperBound),
              let group = parties.first(where: { $0.lowerBound == body.lowerBound }), group.upperBound <= open,
              let colon = UTF8Scan.find([0x3A], in: bytes, from: open, to: body.upperBound),
              Self.leadLabels.contains(where: { $0.count == colon - open - 1 && UTF8Scan.hasPrefix($0, in: bytes, at: open + 1) })
        else { return nil }
        return rosterNames(UTF8Scan.trim(bytes, (colon + 1)..<(body.upperBound - 1)), label: body.lowerBound..<open, isRole: true, line: line, strict: false)
    }

    /// Whether a roster label is all a byline label (审核, 签发, 责任编辑).
    func isBylineLabel(_ label: Range<Int>) -> Bool {
        let label = UTF8Scan.trim(bytes, label)
        guard let match = words.anchors.longestMatch(in: bytes, at: label.lowerBound, end: label.upperBound) else { return false }
        return match.payload == PersonWords.bylineAnchor && match.range.upperBound == label.upperBound
    }

    /// Words of a roster label (出席会议的有, 副主席, 列席人员, 第一提案人 …).
    static let rosterWords: [[UInt8]] = [
        "出席", "列席", "请假", "缺席", "参加", "到会", "记录", "主席", "秘书长", "常务委员", "常委", "委员", "成员",
        "组长", "名单", "当选", "提案人", "附议", "联名", "执笔", "签发", "联系人", "审核", "主任", "人员", "嘉宾",
        "召集人", "发言人", "参会", "与会", "主持", "代表", "任命", "免去", "聘任", "聘请", "提名", "推荐",
    ].map { Array($0.utf8) }

    /// The lists in `segment` each labelled at a bracket's opening (`(执笔人:甲、乙)`), up to the bracket's close.
    func bracketLabels(_ segment: Range<Int>) -> [(label: Range<Int>, body: Range<Int>)] {
        var found: [(Range<Int>, Range<Int>)] = []
        var at = segment.lowerBound
        while let colon = UTF8Scan.find([0x3A], in: bytes, from: at, to: segment.upperBound) {
            at = colon + 1
            guard let open = UTF8Scan.findLast([0x28], in: bytes, from: max(segment.lowerBound, colon - Self.longestBracketLabel), to: colon),
                  let close = UTF8Scan.find([0x29], in: bytes, from: colon, to: segment.upperBound) else { continue }
            let label = UTF8Scan.trim(bytes, (open + 1)..<colon)
            let compact = bytes[label].filter { $0 != 0x20 }
            guard !label.isEmpty, Self.rosterWords.contains(where: { UTF8Scan.find($0, in: compact, from: 0) != nil }) else { continue }
            found.append((label, UTF8Scan.trim(bytes, (colon + 1)..<close)))
            at = close + 1
        }
        return found
    }

    /// The longest label opening a bracket (`(执笔人:`, `(领衔提案人:`), in bytes.
    static let longestBracketLabel = 19

    /// Bars that part a page's credits on one line (丨, a Han stroke, drawn for one).
    static let creditBars = ["丨", "|"].map { Array($0.utf8) }

    /// The labelled lists of a line: each segment (split at 。 and ;) whose text
    /// before its first colon is a short label holding a roster word.
    func labelledSegments(_ line: Range<Int>) -> [(label: Range<Int>, body: Range<Int>)] {
        // Most lines have no colon: one scan, then nothing more (this runs on every line).
        guard UTF8Scan.find([0x3A], in: bytes, from: line.lowerBound, to: line.upperBound) != nil else { return [] }
        var result: [(Range<Int>, Range<Int>)] = []
        var start = line.lowerBound
        var i = line.lowerBound
        func close(_ end: Int) {
            defer { start = end }
            // 成立…领导小组,具体如下:组 长:甲 … 副组长:乙 …: a group's labels, each its own list, whatever stands before the first.
            if let (group, colon) = firstGroupLabel(start..<end) {
                if UTF8Scan.find([0x3A], in: bytes, from: start, to: group.lowerBound) != nil { labelled(start, group.lowerBound) }
                result += groupSegments(group, UTF8Scan.trim(bytes, (colon + 1)..<end))
                return
            }
            labelled(start, end)
        }
        func labelled(_ start: Int, _ end: Int) {
            guard let colon = UTF8Scan.find([0x3A], in: bytes, from: start, to: end) else { return }
            var label = UTF8Scan.trim(bytes, start..<colon)
            // 丨责编:甲丨审核:乙 丙: a bar drawn as 丨 or | parts a page's credits; it is no part of the label.
            while let bar = Self.creditBars.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: label.lowerBound) && $0.count < label.count }) {
                label = UTF8Scan.trim(bytes, (label.lowerBound + bar.count)..<label.upperBound)
            }
            // 《…的建议》(执笔人:甲、乙)和《…》(执笔人:丙): where the first colon stands inside a bracket just opened, a
            // label opening a bracket labels the names up to the bracket's close (提案人:某界别(召集人:甲) keeps its own label).
            if let open = UTF8Scan.findLast([0x28], in: bytes, from: start, to: colon), colon - open <= Self.longestBracketLabel,
               UTF8Scan.find([0x29], in: bytes, from: open, to: colon) == nil,
               let close = UTF8Scan.find([0x29], in: bytes, from: colon, to: end),
               UTF8Scan.find([0x3A], in: bytes, from: colon + 1, to: close) == nil {
                result += bracketLabels(start..<end)
                return
            }
            // 主 席: a label may be padded too; 当选为常务委员的有(按姓氏笔画为序) is long.
            let compact = bytes[label].filter { $0 != 0x20 }
            guard !label.isEmpty, label.count <= 90, Self.rosterWords.contains(where: { UTF8Scan.find($0, in: compact, from: 0) != nil })
            else { return }
            result.append((label, UTF8Scan.trim(bytes, (colon + 1)..<end)))
        }
        // The byte tests before the calls: this loop visits every byte of a line with a colon.
        let fullStop = Segmenter.fullStop
        while i < line.upperBound {
            let b = bytes[i]
            if b == 0x3B {
                close(i)
                start = i + 1
            } else if i > start, b == 0x09 || b == 0x20, isFieldGap(at: i, line) {
                // 签发人:郑建华  联系人:吴晓琳: fields of a form, each its own label.
                close(i)
                start = i
            } else if b == fullStop[0], UTF8Scan.hasPrefix(fullStop, in: bytes, at: i) {
                close(i)
                start = i + fullStop.count
                i += fullStop.count
                continue
            }
            i += 1
        }
        close(line.upperBound)
        return result
    }

    /// A run of two spaces or a tab followed by a short label and a colon (the next field of a form).
    func isFieldGap(at i: Int, _ line: Range<Int>) -> Bool {
        guard bytes[i] == 0x09 || (bytes[i] == 0x20 && i + 1 < line.upperBound && bytes[i + 1] == 0x20),
              i == line.lowerBound || (bytes[i - 1] != 0x20 && bytes[i - 1] != 0x09) else { return false }
        var j = i
        while j < line.upperBound, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
        let end = min(line.upperBound, j + 30)
        while j < end, han(j, end) != nil { j += 3 }
        return j < line.upperBound && bytes[j] == 0x3A
    }

    /// What a meeting's roster says of each person rather than of the list:
    /// 副主席:, 常务委员(按姓氏笔画为序): are posts; 主持人:, 记录:, 出席会议的有:
    /// are parts in the meeting, no post. 当选为副主席的有: the post elected.
    func labelRole(_ label: Range<Int>) -> Range<Int>? {
        // 组 长, 常务副组长, 成员: a place in a working group, padded or not.
        if isGroupLabel(label) { return label }
        var role = label
        if let elected = UTF8Scan.find(Self.electedAs, in: bytes, from: label.lowerBound, to: label.upperBound) {
            let start = elected + Self.electedAs.count
            let end = UTF8Scan.find(Self.of, in: bytes, from: start, to: label.upperBound) ?? label.upperBound
            role = UTF8Scan.trim(bytes, start..<end)
        } else if bytes[role.upperBound - 1] == 0x29, let open = UTF8Scan.find([0x28], in: bytes, from: role.lowerBound, to: role.upperBound) {
            // 常务委员(按姓氏笔画为序): the order is no part of the post.
            role = UTF8Scan.trim(bytes, role.lowerBound..<open)
        }
        // 民建大连市委 发言人: whom the speaker speaks for, before the part in the meeting.
        if let part = Self.meetingParts.lazy.compactMap({ UTF8Scan.find($0, in: self.bytes, from: role.lowerBound, to: role.upperBound) }).first {
            let before = UTF8Scan.trim(bytes, role.lowerBound..<part)
            return !before.isEmpty && Self.overlaps(parties, before) ? before : nil
        }
        guard !role.isEmpty, isRole(role) else { return nil }
        return role
    }

    static let electedAs = Array("当选为".utf8)
    static let meetingParts: [[UInt8]] = ["主持", "记录", "执笔", "发言", "联系", "签发", "审核", "出席", "列席", "请假", "缺席", "参加", "到会", "嘉宾", "名单", "提案", "附议", "联名", "任命", "免去", "聘任", "聘请", "提名", "推荐", "参会", "与会"].map { Array($0.utf8) }

    /// A short line that is a roster label without its colon (`主 席`, `常务委员(按姓氏笔画为序)`).
    func standaloneLabel(_ line: Range<Int>) -> Range<Int>? {
        guard line.count <= Self.longestListTitle, !readsAsProse(line), rosterName(line) == nil else { return nil }
        var end = line.upperBound
        if bytes[end - 1] == 0x29, let open = UTF8Scan.find([0x28], in: bytes, from: line.lowerBound, to: end) { end = open }
        // It ends with its roster word (常务委员, 名单): a headline that holds one (市政协委员热议…) is no label.
        let compact = Array(bytes[line.lowerBound..<end].filter { $0 != 0x20 })
        // A list's own title may be long (某省政协第十三届委员会澳门委员名单): 名单 ends no headline of news.
        let isListTitle = UTF8Scan.hasSuffix(Self.listTitle, in: compact, 0..<compact.count)
        guard compact.count <= (isListTitle ? Self.longestListTitle : 30),
              Self.rosterWords.contains(where: { UTF8Scan.hasSuffix($0, in: compact, 0..<compact.count) }) else { return nil }
        return line
    }

    static let listTitle = Array("名单".utf8)
    static let longestListTitle = 3 * 30

    /// A short line that is one note in brackets (`(按姓氏笔画为序)`), no names.
    func isBracketedNote(_ line: Range<Int>) -> Bool {
        line.count <= 45 && bytes[line.lowerBound] == 0x28 && bytes[line.upperBound - 1] == 0x29
            && UTF8Scan.find([0x28], in: bytes, from: line.lowerBound + 1, to: line.upperBound) == nil
    }

    /// Whether a line has sentence punctuation outside brackets (。 , :).
    func readsAsProse(_ line: Range<Int>) -> Bool {
        var depth = 0
        var i = line.lowerBound
        while i < line.upperBound {
            switch bytes[i] {
            case 0x28: depth += 1
            case 0x29: depth = max(0, depth - 1)
            case 0x2C, 0x3A: if depth == 0 { return true }
            default: if depth == 0, UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: i) { return true }
            }
            i += 1
        }
        return false
    }

    static let headCounts = ["人)", "名)"].map { Array($0.utf8) }

    /// `中国民主同盟(5人)`, `经济界:`, `市总工会(3名)`: a line that is a party or sector,
    /// or a group with its head count, heading the names under it.
    func groupHeading(_ line: Range<Int>) -> Range<Int>? {
        guard line.count <= 60 else { return nil }
        var end = line.upperBound
        if bytes[end - 1] == 0x3A { end -= 1 }
        guard end > line.lowerBound else { return nil }
        let counted = Self.headCounts.contains { UTF8Scan.hasSuffix($0, in: bytes, line.lowerBound..<end) }
        if bytes[end - 1] == 0x29, let open = UTF8Scan.find([0x28], in: bytes, from: line.lowerBound, to: end) { end = open }
        let term = UTF8Scan.trim(bytes, line.lowerBound..<end)
        guard !term.isEmpty else { return nil }
        if counted, !readsAsProse(term), term.count <= 45 { return term }
        let i = parties.partitioningIndex { $0.upperBound > term.lowerBound }
        guard i < parties.count, parties[i] == term else { return nil }
        return term
    }

    static let longestSector = 10

    /// `医疗卫生界 | 甲、乙`: the sector's cell (a party or sector heading, or Han characters
    /// ending in 界 or 界别) and the names' cell, parted by a bar; nil for a line with no bar.
    func sectorRow(_ line: Range<Int>) -> (heading: Range<Int>, body: Range<Int>)? {
        guard let bar = UTF8Scan.find([0x7C], in: bytes, from: line.lowerBound, to: line.upperBound) else { return nil }
        let cell = UTF8Scan.trim(bytes, line.lowerBound..<bar)
        let body = UTF8Scan.trim(bytes, (bar + 1)..<line.upperBound)
        guard !cell.isEmpty, !body.isEmpty, cell.count <= 3 * Self.longestSector,
              UTF8Scan.find([0x7C], in: bytes, from: body.lowerBound, to: body.upperBound) == nil else { return nil }
        var at = cell.lowerBound
        while at < cell.upperBound, han(at, cell.upperBound) != nil { at += 3 }
        guard at == cell.upperBound, Self.sectorEnds.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, cell) }) || groupHeading(cell) != nil
        else { return nil }
        return (cell, body)
    }

    // MARK: Names of a list

    /// One item of a roster: the name's characters (a padded name holds a space) and its bracket.
    struct RosterItem {
        var name: Range<Int>
        var note: Range<Int>?
    }

    /// The persons of a roster `body`, or nil when it is not a list of names: at
    /// least half its items must be names (all of them for a line that only
    /// continues a list, `strict`). The label is each person's role when it is one.
    func rosterNames(_ body: Range<Int>, label: Range<Int>, isRole: Bool, line: Range<Int>, strict: Bool) -> [PersonMention]? {
        let items = rosterItems(body)
        guard !items.isEmpty else { return nil }
        // 赖德芳 区交通与建设局局长 王 浩 …: each name before its posts.
        if let members = namesBeforePosts(items, label: label, isRole: isRole, line: line, strict: strict) { return members }
        var mentions: [PersonMention] = []
        var before: Range<Int>?
        // The title written onto the last item, which items after it joined by 、 share.
        var shared: Range<Int>?
        var ownNames = 0
        for item in items {
            var item = item
            var roles: [Range<Int>] = isRole ? [label] : []
            // 列席: 市政协秘书长 蒲春雷 — a post written as an item of its own before the name.
            let post = before
            if let post { roles.append(post); before = nil }
            // 州委常委甲、乙、丙,州人大常委会副主任丁: one title, the names joined by 、 after it.
            if let title = shared, item.name.lowerBound >= 3, UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: item.name.lowerBound - 3) {
                roles = [title]
            } else {
                shared = nil
            }
            if rosterName(item.name) == nil {
                if let (title, rest) = titledItem(item.name) {
                    // 副主任何嘉伟, 各区政协主席郭 峰: a title written onto the name is the person's role.
                    // 出席的有:省委副书记、省长甲: a post before it and 、 opens the same chain, as written.
                    if let post, post.upperBound + Self.enumerationComma.count == title.lowerBound,
                       UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: post.upperBound) {
                        roles = [post.lowerBound..<title.upperBound]
                    } else {
                        roles = [title]
                    }
                    shared = title
                    item.name = rest
                } else if let (name, post) = appointedItem(item.name) {
                    // 任命: 欧阳志远为县发展和改革局局长 — the post is the person's role.
                    roles = post.isEmpty ? [] : [post]
                    item.name = name
                }
            }
            // 才让吉(藏族), 何晓玲(女): a note of sex or people after an item says it is a name.
            let personal = item.note.map(isPersonalNote) ?? false
            let own = rosterName(item.name, column: personal)
            guard let name = own ?? rosterName(item.name, listed: true) else {
                if self.isRole(item.name) { before = item.name }
                continue
            }
            if own != nil { ownNames += 1 }
            if let note = item.note, isRoleText(note) { roles.append(note) }
            mentions.append(PersonMention(name: name, nameRange: item.name, roles: roles, sentence: line, evidence: .roster))
        }
        guard !mentions.isEmpty, strict ? mentions.count == items.count : mentions.count * 2 >= items.count else { return nil }
        // A name read only for its list (a word, 石万里 holding 万里) stands only among names read on their own.
        guard ownNames * 2 >= mentions.count else { return nil }
        return mentions
    }

    /// A note of sex or people (`女`, `藏族`, `女,回族`): said only of a person.
    func isPersonalNote(_ note: Range<Int>) -> Bool {
        noteParts(note)?.contains { $0 == Self.male || $0 == Self.female || $0.last == Self.people } ?? false
    }

    static let male = Array("男".unicodeScalars.map(\.value))
    static let female = Array("女".unicodeScalars.map(\.value))
    static let people = "族".unicodeScalars.first!.value

    /// An item that is roles ending in a title, then a name (`市人大常委会副主任罗一鸣`).
    /// `listed`: a name that is also a word, or holds a character given names rarely hold, counts (`rosterName`).
    func titledItem(_ range: Range<Int>, listed: Bool = false) -> (title: Range<Int>, name: Range<Int>)? {
        for match in words.titles.matches(in: bytes, range: range).reversed() where match.range.upperBound < range.upperBound {
            let rest = match.range.upperBound..<range.upperBound
            if rosterName(rest, listed: listed) != nil { return (range.lowerBound..<match.range.upperBound, rest) }
        }
        return nil
    }

    /// An item under 任命 or 免去: a name, then 为 and the post (`张三为县商务局局长`)
    /// or 的 and the post left (`李四的县商务局局长职务`).
    func appointedItem(_ range: Range<Int>) -> (name: Range<Int>, post: Range<Int>)? {
        var end = range.lowerBound + UTF8Scan.scalarLength(bytes[range.lowerBound])
        while end < min(range.upperBound - 3, range.lowerBound + 20) {
            if UTF8Scan.hasPrefix(Self.appointedAs, in: bytes, at: end) || UTF8Scan.hasPrefix(Self.of, in: bytes, at: end),
               rosterName(range.lowerBound..<end) != nil {
                return (range.lowerBound..<end, (end + 3)..<range.upperBound)
            }
            end += UTF8Scan.scalarLength(bytes[end])
        }
        return nil
    }

    /// The items of a list: separated by 、 , ; or spaces, each with the bracket
    /// that follows it; two one-character items in a row, the first a surname, are
    /// one padded name (`王 强`).
    func rosterItems(_ body: Range<Int>) -> [RosterItem] {
        var items: [RosterItem] = []
        var i = body.lowerBound
        while i < body.upperBound {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x2C || b == 0x3B || b == 0x29 { i += 1; continue }
            // A list that ends its sentence: 。 closes the last item.
            if UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: i) { i += Segmenter.fullStop.count; continue }
            if UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: i) { i += 3; continue }
            let start = i
            while i < body.upperBound, bytes[i] != 0x20, bytes[i] != 0x09, bytes[i] != 0x2C, bytes[i] != 0x3B, bytes[i] != 0x28, bytes[i] != 0x29,
                  !UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: i), !UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: i) {
                i += 1
            }
            var item = RosterItem(name: start..<i)
            if i < body.upperBound, bytes[i] == 0x28 {
                // A bracket that does not close soon is text, not a note: step over it.
                guard let close = UTF8Scan.find([0x29], in: bytes, from: i, to: min(body.upperBound, i + 120)) else {
                    i += 1
                    continue
                }
                item.note = (i + 1)..<close
                i = close + 1
            }
            if item.name.isEmpty {
                // A bracket with no name before it belongs to the item before (王 强 (女)).
                if let note = item.note, !items.isEmpty, items[items.count - 1].note == nil { items[items.count - 1].note = note }
                continue
            }
            // 王 强: a surname alone, then the given name (and maybe more: 楼 静为县商务局副局长);
            // 主席郭 峰: a title and a surname, then a given name alone (副主任 高 辉: 任 ends the title, no surname).
            // 韦 东 东 方 白 玛: a run of one-character items pairs up from its start when it is even.
            if let last = items.last, last.note == nil, han(item.name.lowerBound, item.name.upperBound) != nil,
               let surname = han(last.name.upperBound - 3, last.name.upperBound),
               (last.name.count == 3 && (singleRun(before: items.count - 1, items) % 2 == 0 && !oddSingles(from: last.name.lowerBound, body)
                                          || words.surnames.contains(surname)))
                || (item.name.count == 3 && words.surnames.contains(surname) && rosterName(last.name) == nil
                    && !bytes[last.name].contains(0x20) && !isRole(last.name)),
               bytes[last.name.upperBound..<item.name.lowerBound].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                items[items.count - 1] = RosterItem(name: last.name.lowerBound..<item.name.upperBound, note: item.note)
                continue
            }
            items.append(item)
        }
        return items
    }

    /// How many one-character items stand just before `index` (each already unpaired).
    func singleRun(before index: Int, _ items: [RosterItem]) -> Int {
        var k = index - 1
        var count = 0
        while k >= 0, items[k].name.count == 3, items[k].note == nil { count += 1; k -= 1 }
        return count
    }

    /// Whether the run of one-character items starting at `start` (separated by spaces only) is odd:
    /// then it cannot be pairs, and a surname tells where a name starts.
    func oddSingles(from start: Int, _ body: Range<Int>) -> Bool {
        var i = start
        var count = 0
        while i < body.upperBound {
            guard han(i, body.upperBound) != nil else { break }
            let after = i + 3
            guard after >= body.upperBound || bytes[after] == 0x20 || bytes[after] == 0x09 || bytes[after] == 0x28 else { break }
            count += 1
            if after < body.upperBound, bytes[after] == 0x28 { break }
            i = after
            while i < body.upperBound, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        }
        return count % 2 == 1
    }

    /// The name an item spells, without its padding, or nil when it is no name:
    /// a surname of the table (single or compound) and one or two given
    /// characters, a name with a middle dot, or four or five characters of a
    /// transliterated name; never an ordinary word or a lexicon term. In a
    /// `姓名` column (`column`) any two to five characters are a name (左丘婉清, 吉克阿依).
    /// `listed`: the item stands in a list of names, so a name that is also a word or holds
    /// a term after its surname (石万里, 张卫星), a given character words rarely hold (郝雅各),
    /// or a short transliterated name beginning with a name element (才让吉) is a name.
    func rosterName(_ range: Range<Int>, column: Bool = false, listed: Bool = false) -> String? {
        var end = range.upperBound
        // 张三等: the list's last name before 等.
        if end - range.lowerBound > 6, UTF8Scan.hasPrefix(Self.etc, in: bytes, at: end - 3) { end -= 3 }
        let spelled = range.lowerBound..<end
        if Self.middleDots.contains(where: { UTF8Scan.find($0, in: bytes, from: spelled.lowerBound, to: end) != nil }) {
            guard let dotted = dottedName(at: spelled.lowerBound, limit: end), dotted == end else { return nil }
            return personName(spelled)
        }
        var chars: [UInt32] = []
        var i = spelled.lowerBound
        while i < end {
            if bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1; continue }
            guard let c = han(i, end) else { return nil }
            chars.append(c)
            i += 3
        }
        // A name padded to the width of three (杜 鹃, 黄 河) is written as a name, whatever word it spells.
        let padded = chars.count == 2 && spelled.count > 6
        let wordLike = padded || listed
        guard (2...5).contains(chars.count), wordLike ? isPlausible(spelled, listed: true) : !Self.overlaps(terms, spelled),
              wordLike || !words.ordinary.contains(chars),
              wordLike || !(chars.count > 2 && words.ordinary.contains(Array(chars.prefix(2)))) else { return nil }
        let compound = chars.count >= 3 && words.compoundSurnames.contains(UInt64(chars[0]) << 32 | UInt64(chars[1]))
        let given = compound ? chars.dropFirst(2) : chars.dropFirst()
        let known = (compound || words.surnames.contains(chars[0])) && (1...2).contains(given.count)
            && (wordLike || !given.contains(where: words.notGiven.contains))
        let short = listed && chars.count >= 2 && chars.allSatisfy(words.transliteration.contains)
            && (words.nameElements.longestMatch(in: bytes, at: spelled.lowerBound, end: end).map { $0.range.upperBound <= end } ?? false)
        let transliterated = short || (chars.count >= 4 && chars.allSatisfy(words.transliteration.contains))
        // 东 方 among padded names: written as a name, in a list of names.
        guard known || transliterated || column || (padded && listed) else { return nil }
        return String(decoding: bytes[spelled].filter { $0 != 0x20 && $0 != 0x09 }, as: UTF8.self)
    }

    // MARK: Member tables

    /// The columns of a member table: where the name is, which cells are roles, how cells are separated.
    struct MemberTable {
        var name: Int
        var roles: [Int]
        var count: Int
        var separator: UInt8
    }

    static let nameHeader = Array("姓名".utf8)
    static let memberHeaders = ["性别", "民族", "党派", "界别", "职务", "单位", "出生", "籍贯", "学历", "职称", "年龄", "政治面貌"].map { Array($0.utf8) }
    static let roleHeaders = ["党派", "界别", "职务", "单位", "职称", "政治面貌"].map { Array($0.utf8) }

    /// A header row naming a `姓名` column and at least two other member columns.
    func memberTableHeader(_ line: Range<Int>) -> MemberTable? {
        guard line.count <= 200, UTF8Scan.find(Self.nameHeader, in: bytes, from: line.lowerBound, to: line.upperBound) != nil else { return nil }
        let separator = WorkPlanTable.separator(of: line, in: bytes)
        let cells = WorkPlanTable.split(bytes, line, separator: separator)
        func compact(_ cell: Range<Int>) -> [UInt8] { bytes[cell].filter { $0 != 0x20 } }
        guard let name = cells.firstIndex(where: { compact($0) == Self.nameHeader }) else { return nil }
        let others = cells.filter { cell in Self.memberHeaders.contains { UTF8Scan.find($0, in: compact(cell), from: 0) != nil } }
        guard others.count >= 2 else { return nil }
        let roles = cells.indices.filter { k in Self.roleHeaders.contains { UTF8Scan.find($0, in: compact(cells[k]), from: 0) != nil } }
        return MemberTable(name: name, roles: roles, count: cells.count, separator: separator)
    }

    static let noParty: Set<[UInt8]> = ["群众", "无", "-", "—", "/"].map { Array($0.utf8) }.reduce(into: []) { $0.insert($1) }

    /// One row of a member table: the person in its name cell, with its role cells.
    func tableRow(_ line: Range<Int>, _ table: MemberTable) -> PersonMention? {
        var cells = WorkPlanTable.split(bytes, line, separator: table.separator)
        // 王  强 in a table whose columns are runs of spaces: the padding split the name.
        if cells.count == table.count + 1, table.name + 1 < cells.count, cells[table.name].count == 3, cells[table.name + 1].count == 3 {
            cells[table.name] = cells[table.name].lowerBound..<cells[table.name + 1].upperBound
            cells.remove(at: table.name + 1)
        }
        guard cells.count == table.count, let name = rosterName(cells[table.name], column: true) else { return nil }
        let roles = table.roles.map { cells[$0] }.filter { !$0.isEmpty && !Self.noParty.contains(Array(bytes[$0])) }
        return PersonMention(name: name, nameRange: cells[table.name], roles: roles, sentence: line, evidence: .roster)
    }
}
