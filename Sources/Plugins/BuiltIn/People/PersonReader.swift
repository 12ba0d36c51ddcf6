/// Finds the persons a document names in running prose, as byte ranges of the
/// normalized text (full-width punctuation already folded: `,` `(` `:`).
///
/// A name is a surname from the table (single or compound) and one or two
/// given characters, or a name with a middle dot (阿不都·热依木). It is read
/// only where the text marks it as a person:
/// - a title just before it (`市政协主席吴志明主持`), also for a list of names
///   after one title (`市领导应勇、沙海林、尹弘出席`), with the chain of roles
///   before the title (`福建省政协副主席、致公党福建省委主委薛卫民`);
/// - an honorific after it (`曹振华委员代表民革…`), roles in brackets after it
///   (`王海峰(民进杭州市委会):`), a list of names before a collective role
///   (`李家华、吴余龙、姜志权三位常委`), or a reporting verb after it at the
///   start of a clause (`李强表示`, `李青峰代表九三学社上海市委作…`);
/// - a byline (`记者张懿`, `(记者 王敏 李想)`), which names a writer.
/// The name ends where punctuation or a following word (a verb, an honorific)
/// begins; a candidate that is an ordinary word (高质量, 方面), holds a
/// character no given name holds, or lies inside a lexicon term (a place, an
/// organization) is no name.
///
/// Everything is a byte scan over the text: O(n) for the tries, plus a few
/// constant-size tests at each candidate position.
struct PersonReader {
    let bytes: [UInt8]
    let words: PersonWords
    /// Ranges of lexicon terms (places, organizations, industries, parties), sorted: no name lies inside one.
    let terms: [Range<Int>]
    /// Ranges of party and sector terms, sorted: roles that name a party.
    let parties: [Range<Int>]
    /// The text's lines (`Segmenter.lines`), as the prepared document already holds them.
    let lines: [Range<Int>]
    /// The sectors a list may note after a name without their 界 (`SectorNotes`).
    var sectorNotes: Set<[UInt32]> = []
    /// Whether the text may hold a dotted name at all (worked out on first use).
    var dotHint = DottedNameHint()

    /// Every mention, in text order, one per name occurrence.
    func mentions() -> [PersonMention] {
        // Rosters first: a list of names under a label is read whole, and prose readers skip its names.
        let rosters = readRosters()
        // Posts written after a roster's names (a group's members, a table's cells) are no names either.
        let listed = rosters.flatMap { m in [m.nameRange] + m.roles.filter { $0.lowerBound >= m.nameRange.upperBound } }.sorted { $0.lowerBound < $1.lowerBound }
        var found: [PersonMention] = []
        var taken: [Range<Int>] = []
        let spaced = spacedLabels()
        // The first party name not before the clause: clauses come in order, so it only moves on.
        var partyCursor = 0
        let seatStarts = seatStarts()
        let colons = colonStarts()
        for clause in Segmenter.sentences(bytes, clauses: true) {
            var inClause: [PersonMention] = []
            let anchors = words.anchors.matches(in: bytes, range: clause)
            let titles = overlappedByLongerTitles(anchors.filter { $0.payload == PersonWords.titleAnchor }.map(\.range), clause)
                .filter { !addressesAll($0, clause) }
            readTitled(clause, titles: titles, into: &inClause)
            readBeforeTitles(clause, titles: titles, into: &inClause)
            var appointing = anchors.filter { $0.payload == PersonWords.appointmentAnchor }.map(\.range) + divisionColons(clause)
            if let semicolon = electedBodyAfterSemicolon(clause) { appointing.append(semicolon) }
            readAppointed(clause, verbs: appointing.sorted { $0.lowerBound < $1.lowerBound }, into: &inClause)
            // `黄 艳 省政协常委,民盟省委常委`: a name padded to three opening the line, then a space and its roles.
            // (Cheap test here, not in the call: the clause's fourth byte is a space.)
            if clause.count > 4, bytes[clause.lowerBound + 3] == 0x20, let lead = paddedLineLead(clause) {
                inClause.append(lead)
            } else {
                readLeftBounded(clause, seatStarts: seatStarts, into: &inClause)
            }
            // Cheap test first (this runs for every clause): a party named in the clause at all.
            while partyCursor < parties.count, parties[partyCursor].lowerBound < clause.lowerBound { partyCursor += 1 }
            if partyCursor < parties.count, parties[partyCursor].upperBound <= clause.upperBound {
                readAfterPartyOffices(clause, firstParty: partyCursor, into: &inClause)
            }
            readBylines(clause, labels: anchors.filter { $0.payload == PersonWords.bylineAnchor }.map(\.range)
                            + spaced.filter { clause.contains($0.lowerBound) && $0.upperBound <= clause.upperBound }, into: &inClause)
            readWellKnown(clause, names: anchors.filter { $0.payload == PersonWords.wellKnownAnchor }.map(\.range), into: &inClause)
            // `…介绍 甲:民盟某市委主委 乙:…`: profiles on one line give each name the roles after it.
            let profiles = spacedColonProfiles(clause, colons: colons)
            if !profiles.isEmpty {
                inClause.removeAll { m in profiles.contains { $0.nameRange.overlaps(m.nameRange) } }
                inClause += profiles
            }
            // 作者:九三学社 甲: where a byline and another reader read one name, the byline stands.
            inClause.sort { ($0.nameRange.lowerBound, $0.evidence == .byline ? 0 : 1) < ($1.nameRange.lowerBound, $1.evidence == .byline ? 0 : 1) }
            for m in inClause where !taken.contains(where: { $0.overlaps(m.nameRange) }) && !Self.overlaps(listed, m.nameRange)
                && !isPluralSeat(after: m.nameRange.upperBound, limit: clause.upperBound) {
                taken.append(m.nameRange)
                found.append(m)
            }
            if taken.count > 64 { taken.removeFirst(taken.count - 64) }
        }
        shareGroupOverCommas(&found)
        // `郑重委员代表共青团界别发言` between lines opened alike by persons: a name that is also a word.
        let parallel = parallelLineOpeners(found).filter { p in !found.contains { $0.nameRange.overlaps(p.nameRange) } && !Self.overlaps(listed, p.nameRange) }
        if !parallel.isEmpty {
            found += parallel
            found.sort { $0.nameRange.lowerBound < $1.nameRange.lowerBound }
        }
        // Signatures: a writer's name in brackets closing a paragraph, or alone on the article's last line.
        let signatures = signatures()
        // (怀宁县妇联甲): a name a paragraph's closing bracket signs is the writer's, whatever a prose reader made of it.
        // So is one alone on the line after the article's last sentence (`某区民建 甲`).
        let lastProseEnd = signatures.isEmpty ? nil : lines.last { UTF8Scan.containsSentencePunctuation(bytes, $0) }?.upperBound
        let closing = signatures.filter { m in signsClosingBracket(m) || lastProseEnd.map { m.sentence.lowerBound > $0 } == true }
        if !closing.isEmpty { found.removeAll { f in closing.contains { $0.nameRange == f.nameRange } } }
        // 齐鲁网济南11月12日讯 (山东台 甲 乙): an outlet and its reporters bracketed after the dateline.
        let bracketed = dispatchBracketNames().filter { b in !found.contains { $0.nameRange.overlaps(b.nameRange) } }
        found += bracketed
        if !bracketed.isEmpty { found.sort { $0.nameRange.lowerBound < $1.nameRange.lowerBound } }
        let signed = signatures.filter { s in !found.contains { $0.nameRange.overlaps(s.nameRange) } && !Self.overlaps(listed, s.nameRange) }
        found += signed
        if !signed.isEmpty { found.sort { $0.nameRange.lowerBound < $1.nameRange.lowerBound } }
        let all = rosters.isEmpty ? found : (found + rosters).sorted { $0.nameRange.lowerBound < $1.nameRange.lowerBound }
        return withoutFirstParts(all).filter { !namesABranchOfAPlace($0.nameRange) && !isSurnamelessWord($0.nameRange) }
    }

    static let plural = Array("们".utf8)

    /// Words that make a title everyone's who holds it (各委员, 全体委员, 广大会员): no name follows it as a person's title.
    static let everyone = ["各位", "全体", "诸位", "广大", "各"].map { Array($0.utf8) }

    /// Whether the title at `title` is addressed to all who hold it (`各委员边视察、边思考`).
    func addressesAll(_ title: Range<Int>, _ clause: Range<Int>) -> Bool {
        // Cheap test first (this runs for every title): the character before it ends one of the words.
        guard title.lowerBound - 3 >= clause.lowerBound, let before = han(title.lowerBound - 3, title.lowerBound),
              Self.everyoneEnds.contains(before) else { return false }
        return Self.everyone.contains { word in
            title.lowerBound - word.count >= clause.lowerBound && UTF8Scan.hasPrefix(word, in: bytes, at: title.lowerBound - word.count)
        }
    }

    static let everyoneEnds: Set<UInt32> = Set("位体大各".unicodeScalars.map(\.value))

    /// `但妇女委员们…`: an honorific made plural names a group (妇女委员们, 青年代表们), so the word before it is no name.
    func isPluralSeat(after end: Int, limit: Int) -> Bool {
        guard let honorific = words.honorifics.longestMatch(in: bytes, at: end, end: limit) else { return false }
        return UTF8Scan.hasPrefix(Self.plural, in: bytes, at: honorific.range.upperBound)
    }

    /// `街总理事长甲`: the leftmost title (总理) gives way to one that starts inside it and ends
    /// later (理事长), which is the one just before the name.
    func overlappedByLongerTitles(_ titles: [Range<Int>], _ clause: Range<Int>) -> [Range<Int>] {
        titles.map { title in
            var at = title.lowerBound + 3
            while at < title.upperBound {
                // (市领导师某: 导师, no longer than 领导, gives no way; the surname 师 follows the title.)
                if let later = words.titles.longestMatch(in: bytes, at: at, end: clause.upperBound), later.range.upperBound > title.upperBound,
                   later.range.count > title.count {
                    return later.range
                }
                at += UTF8Scan.scalarLength(bytes[at])
            }
            return title
        }
    }

    /// `艾尔肯主席强调` after `艾尔肯·吐尔逊`: the first part of a dotted name the document
    /// gives whole is how it names that person again, not a second person.
    func withoutFirstParts(_ mentions: [PersonMention]) -> [PersonMention] {
        var firsts: Set<String> = []
        for m in mentions {
            guard let dot = m.name.firstIndex(of: "·") else { continue }
            firsts.insert(String(m.name[..<dot]))
        }
        guard !firsts.isEmpty else { return mentions }
        return mentions.filter { !firsts.contains($0.name) }
    }

    // MARK: Characters

    /// The Han character (U+3400…U+9FFF) starting at `i`, if it ends before `limit`.
    @inline(__always)
    func han(_ i: Int, _ limit: Int) -> UInt32? {
        guard i + 3 <= limit, UTF8Scan.isHan(bytes, at: i) else { return nil }
        return (UInt32(bytes[i] & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
    }

    func scalars(_ range: Range<Int>) -> [UInt32] {
        var result: [UInt32] = []
        var i = range.lowerBound
        while let c = han(i, range.upperBound) { result.append(c); i += 3 }
        return result
    }

    func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    static let enumerationComma: [UInt8] = [0xE3, 0x80, 0x81]
    /// · (U+00B7), • (U+2022), ‧ (U+2027), ∙ (U+2219), ・ (U+30FB), ･ (U+FF65): the dots written inside a name.
    static let middleDots: [[UInt8]] = [[0xC2, 0xB7], [0xE2, 0x80, 0xA2], [0xE2, 0x80, 0xA7], [0xE2, 0x88, 0x99], [0xE3, 0x83, 0xBB], [0xEF, 0xBD, 0xA5]]
    static let canonicalDot: [UInt8] = [0xC2, 0xB7]
    /// `.`, which scraped pages write for the dot of a name; kept as written.
    static let asciiFullStop: UInt8 = 0x2E
    /// `-`, which some pages write for the dot too (玉素甫江-阿不都热西提); read as the full stop is, kept as written.
    static let asciiHyphen: UInt8 = 0x2D
    /// Whether `b` is one of the ASCII marks pages write for a name's dot.
    @inline(__always)
    static func isASCIIDot(_ b: UInt8) -> Bool { b == asciiFullStop || b == asciiHyphen }

    /// The name in `range` as the graph keeps it: any middle dot written as ·, so
    /// 古丽娜尔•吐尔洪 and 古丽娜尔·吐尔洪 are one person, and no padding (鞠 红 is 鞠红).
    func personName(_ range: Range<Int>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            if bytes[i] >= 0xC2, let dot = Self.middleDots.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: i) }) {
                out += Self.canonicalDot
                i += dot.count
            } else if bytes[i] == 0x20 || bytes[i] == 0x09 {
                // 鞠 红: a name padded to the width of three is one name.
                i += 1
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Names

    /// Where a candidate name may end: one or two offsets, the longer reading
    /// first (a pair, not an array: this runs at every surname in the text).
    struct Ends {
        var first = 0, second = 0, count = 0
        static let none = Ends()
        init() {}
        init(_ first: Int) { self.first = first; count = 1 }
        init(_ first: Int, _ second: Int) { self.first = first; self.second = second; count = 2 }
        var isEmpty: Bool { count == 0 }
        subscript(k: Int) -> Int { k == 0 ? first : second }
    }

    /// A candidate name at `p`: where it may end (longest first) and whether its surname is ambiguous.
    /// `soft` admits the given-name characters of `softGiven` (李会昌): the caller has strong context.
    func candidates(at p: Int, limit: Int, soft: Bool = false) -> (ends: Ends, ambiguous: Bool) {
        guard let first = han(p, limit) else { return (.none, false) }
        // A name with a middle dot: only where one follows a short Han run (艾尔肯·吐尔逊).
        if mayHaveDot(after: p, limit: limit), let dotted = dottedName(at: p, limit: limit) { return (Ends(dotted), false) }
        var given = p + 3
        var ambiguous = false
        if let second = han(p + 3, limit), words.compoundSurnames.contains(UInt64(first) << 32 | UInt64(second)) {
            // 常务副部长孙某: a compound surname (长孙) whose first character ends a title is the title's end.
            if p >= 6, titleEnds(at: p + 3, floor: max(0, p - 15)) { return (.none, false) }
            given = p + 6
        } else if words.surnames.contains(first) {
            ambiguous = words.ambiguousSurnames.contains(first)
        } else {
            return (.none, false)
        }
        // 王先生, 李书记, 张主任: a surname and a form of address, no full name.
        if words.honorifics.longestMatch(in: bytes, at: given, end: limit) != nil { return (.none, false) }
        // One or two given characters; the longer reading first.
        guard let c1 = han(given, limit), mayBeGiven(c1, soft: soft) else { return (.none, ambiguous) }
        if let c2 = han(given + 3, limit), mayBeGiven(c2, soft: soft) { return (Ends(given + 6, given + 3), ambiguous) }
        return (Ends(given + 3), ambiguous)
    }

    @inline(__always)
    func mayBeGiven(_ c: UInt32, soft: Bool) -> Bool {
        !words.notGiven.contains(c) || (soft && words.softGiven.contains(c))
    }

    /// Whether a middle dot's lead byte (C2, E2, E3 followed by 83) occurs within eight characters of `p`.
    /// Asked at every Han character the reader tries: it reads the raw buffer, steps over a Han
    /// character (lead byte E4…E9, no dot) in one test, and over the continuation bytes of any other
    /// character (none of the tests matches one; the text is valid UTF-8). Byte by byte with checked
    /// indices it cost 4 % of a build.
    @inline(__always)
    func mayHaveDot(after p: Int, limit: Int) -> Bool {
        guard dotHint.possible(in: bytes) else { return false }
        let end = min(limit, p + 26, bytes.count)
        return bytes.withUnsafeBufferPointer { text in
            var i = p
            while i < end {
                let b = text[i]
                if b >= 0xE4 && b <= 0xE9 { i &+= 3; continue }
                if b == 0xC2 || b == 0xE2 || (b == 0xE3 && i + 1 < end && text[i + 1] == 0x83) || (b == 0xEF && i + 1 < end && text[i + 1] == 0xBD) {
                    return true
                }
                if b < 0x80 { return Self.isASCIIDot(b) }
                i &+= b >= 0xC0 ? UTF8Scan.scalarLength(b) : 1
            }
            return false
        }
    }

    /// `阿不都·热依木`: Han runs joined by middle dots (a minority or foreign name).
    func dottedName(at p: Int, limit: Int) -> Int? {
        // 县长买买提江·阿不都拉: a title before the name is no part of it; nor is 的 (委员的古丽…·…).
        if words.titles.longestMatch(in: bytes, at: p, end: limit) != nil { return nil }
        if UTF8Scan.hasPrefix(Self.of, in: bytes, at: p) { return nil }
        // 政协委员买买提·依明: nor is a title's last character (员).
        if p >= 3, han(p - 3, p) != nil, titleEnds(at: p + 3, floor: max(0, p - 18)) { return nil }
        var i = p
        var parts = 0
        var fullStops = false
        while true {
            var run = 0
            while run < 8, han(i, limit) != nil { i += 3; run += 1 }
            guard run > 0 else { return nil }
            // 先后视察了某某·某某: a first part holding a function word (了, 在, 的) is a clause, no name.
            if parts == 0, (0..<run).contains(where: { han(p + 3 * $0, i).map(Self.clauseCharacters.contains) == true }) { return nil }
            // 委员会副主任郭莽仓·罗藏…: a title inside the first part is a role glued on, the name begins after it.
            if parts == 0, run >= 3, (1..<(run - 1)).contains(where: { k in
                words.titles.longestMatch(in: bytes, at: p + 3 * k, end: i).map { $0.range.count >= 6 } == true }) { return nil }
            // 会议选举艾克拜尔·吐尔逊…: nor does a verb of election; the appointment reading takes the name after it.
            if parts == 0, run >= 4, (0..<(run - 2)).contains(where: { k in
                words.anchors.longestMatch(in: bytes, at: p + 3 * k, end: i - 6).map { $0.payload == PersonWords.appointmentAnchor } == true }) { return nil }
            parts += 1
            // 帕巴拉.格列朗杰: a full stop between Han runs stands for the dot.
            let dot = i < limit && Self.isASCIIDot(bytes[i]) ? [bytes[i]]
                : Self.middleDots.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: i) })
            guard let dot, i + dot.count < limit, han(i + dot.count, limit) != nil, parts < 4
            else {
                // The last part ends where a word begins (艾力·买买提主持会议 → 艾力·买买提).
                guard parts >= 2 else { return nil }
                // The shortest reading that a boundary ends, two characters at least.
                let start = i - 3 * run
                for end in stride(from: min(start + 6, i), through: i, by: 3) where boundary(at: end, limit: limit) != nil {
                    // A full stop also ends sentences (会议结束.张三说): only a name all of whose
                    // characters are spelled from another language takes it for the dot.
                    if fullStops, !spelledFromAnotherLanguage(p..<end) { return nil }
                    return end
                }
                return nil
            }
            // 赣事好商量·委员市长面对面: a title after the dot names a campaign's guests, no second part of a name.
            if words.titles.longestMatch(in: bytes, at: i + dot.count, end: limit) != nil { return nil }
            if dot.count == 1 { fullStops = true }
            i += dot.count
        }
    }

    static let elder = "老".unicodeScalars.first!.value
    static let countingNumerals: Set<UInt32> = Set("万千百两".unicodeScalars.map(\.value))
    /// Words of the many, of a sector or of time that no given name is (全体, 广大, 界别, 日来).
    static let groupWords = ["全体", "广大", "各位", "部分", "全部", "其他", "其余", "诸位", "界别", "日来", "年来", "月来", "以来"].map { Array($0.utf8) }

    /// Function characters no part of a dotted name holds (阿不都 holds 都, 孟和 和: not these).
    static let clauseCharacters: Set<UInt32> = Set("的了是在把被将这那们".unicodeScalars.map(\.value))

    /// Whether every Han character of `range` is one of `transliteration`, between full stops.
    func spelledFromAnotherLanguage(_ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            if Self.isASCIIDot(bytes[i]) { i += 1; continue }
            guard let c = han(i, range.upperBound), words.transliteration.contains(c) else { return false }
            i += 3
        }
        return true
    }

    /// What follows a name ending at `end`: nothing (end of clause), a
    /// non-Han character (punctuation, space, digit), or a word of the
    /// follower list. Nil when the name would run on into a word.
    func boundary(at end: Int, limit: Int) -> Range<Int>? {
        if end >= limit { return end..<end }
        if han(end, limit) == nil { return end..<end }
        return words.followers.longestMatch(in: bytes, at: end, end: limit)?.range
    }

    /// `刘某作省政协常委会工作报告`: 作 before the report it makes (报告, 说明 …) later in the clause.
    /// (作's bytes compared first: this is asked wherever no word that follows names stands.)
    func reportAfter(_ end: Int, limit: Int) -> Range<Int>? {
        guard end + 3 <= limit, bytes[end] == 0xE4, bytes[end + 1] == 0xBD, bytes[end + 2] == 0x9C else { return nil }
        let stop = min(limit, end + 3 + Self.longestReportObject)
        guard let noun = Self.reportNouns.compactMap({ UTF8Scan.find($0, in: bytes, from: end + 3, to: stop) }).min(),
              !UTF8Scan.containsSentencePunctuation(bytes, (end + 3)..<noun) else { return nil }
        return end..<(end + 3)
    }
    static let reportNouns = ["报告", "说明", "发言", "讲话"].map { Array($0.utf8) }
    /// How far after 作 its report may be named, in bytes.
    static let longestReportObject = 3 * 30

    /// The name at `p`, with the word that ends it. `strong` admits ambiguous surnames;
    /// `listed` (a title just before, or names on both sides) admits a name that is also
    /// a word (高峰, 党建华) or holds a lexicon term after its surname (张卫星).
    /// `soft` (implied by `listed`) admits a given-name character of `softGiven`; such a name
    /// must end before punctuation when that character is its last (副主席陈天会, — not 张华工作).
    /// `seated`: a seat after the name (`seatAfter`) closes it as punctuation does (鲁长法委员代表…).
    func name(at p: Int, limit: Int, strong: Bool, listed: Bool = false, soft: Bool = false, seated: Bool = false) -> (range: Range<Int>, next: Range<Int>)? {
        let first = han(p, limit)
        if p >= 3, let first, let before = han(p - 3, p), words.wordEnds.contains(UInt64(before) << 32 | UInt64(first)) {
            return nil
        }
        // 由占华当选为支部主委: 由 before a name that a verb of taking a post follows is the preposition; the name is after it.
        if first == Self.byCharacter, let named = nameAfterBy(p, limit: limit) { return named }
        let admitsSoft = soft || listed
        let (ends, ambiguous) = candidates(at: p, limit: limit, soft: admitsSoft)
        guard !ends.isEmpty else { return strong ? padded(at: p, limit: limit) : nil }
        guard strong || !ambiguous else { return nil }
        var chosen: (Int, Range<Int>)?
        for k in 0..<ends.count {
            let end = ends[k]
            // (刘某作…工作报告: 作 before its report closes the shorter reading; asked here, not in `boundary`, which
            // `transliterated` inlines: grown by it, that spilled the reader to the stack on every call.)
            guard let next = boundary(at: end, limit: limit) ?? (k == ends.count - 1 ? reportAfter(end, limit: limit) : nil) else { continue }
            if admitsSoft, let last = han(end - 3, limit), words.notGiven.contains(last), words.softGiven.contains(last) {
                // 茶叶企业家李洪会的经销处: after a title, 的 and a word close a full name (a modal's 会 takes a verb, not 的).
                let possessed = soft && end - p == 9 && UTF8Scan.hasPrefix(Self.of, in: bytes, at: end) && han(end + Self.of.count, limit) != nil
                // 县领导甲、乙、赵济在我县分会场参加会议: the last of a list, where the name before and 、 are, before 在.
                // (甲、乙、孙家行6名社员代表: or before the list's count.)
                let lastListed = listed && p >= 3 && UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: p - 3)
                    && (UTF8Scan.hasPrefix(Self.located, in: bytes, at: end) || end < limit && bytes[end] >= 0x30 && bytes[end] <= 0x39)
                // 省政协副主席陈天会作《…》: making a report whose title follows (no modal's 会 stands before 作《).
                let reports = soft && Self.reportOpenings.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: end) })
                if !closesName(at: end, limit: limit), !(seated && seatAfter(end, limit: limit) != nil),
                   !listVerbOfTwoOrMore(at: end, limit: limit), !possessed, !lastListed, !reports { continue }
                // 委员资格; the two characters are one word of ICU's dictionary, no surname and given name.
                if end - p == 6, isOneWord(p..<end) { continue }
            }
            // 唐岳等15名委员: 等 before a count closes a list, it ends no name.
            if k == 0, ends.count == 2, next.isEmpty, end - 3 > p, UTF8Scan.hasPrefix(Self.etc, in: bytes, at: end - 3),
               boundary(at: ends[1], limit: limit) != nil { continue }
            // 常务副主席杨以及各民主党派…: a given character that opens 以及 with the next is the joining word's, the surname alone.
            if UTF8Scan.hasPrefix(Self.asWellAs, in: bytes, at: end - 3) { continue }
            // 宣布: a verb of the list is no name, whatever its first character.
            if words.followers.longestMatch(in: bytes, at: p, end: limit)?.range.upperBound == end { continue }
            // 由专职副主委甲带领: given characters that open a title running on past them are the title's (由 the preposition).
            if let title = words.titles.longestMatch(in: bytes, at: p + 3, end: limit), title.range.upperBound > end { continue }
            // 李强在讲话中: the three-character reading ends in a clinging character before a
            // word; take the shorter (杨春和 at the end of a line keeps its 和).
            if k == 0, ends.count == 2, !next.isEmpty, let last = han(end - 3, limit), words.clinging.contains(last),
               boundary(at: ends[1], limit: limit) != nil, !joinsNoName(at: end - 3, limit: limit),
               !(admitsSoft && last == Self.forCharacter && attendsMeeting(at: end, limit: limit)) {
                continue
            }
            // 高兴地说, 激动得: a last character that marks an adverb or a complement, after a word
            // ICU's dictionary knows, is no given name (ICU asked only at these characters).
            if end - p == 9, let last = han(end - 3, limit), Self.adverbMarks.contains(last), opensWord(p..<end, limit: limit) { continue }
            // 刘芳副主席: the word after the shorter reading (副主席) begins inside the longer one.
            if k == 0, ends.count == 2, let shorter = boundary(at: ends[1], limit: limit), shorter.upperBound > end { continue }
            // 委员张某针对答复, 通讯员乔某呼和浩特报道: the third character opens a word running past the name, a lexicon
            // term or, before 对 or 任, one ICU's dictionary reads (针对, 担任): the name has two.
            if k == 0, ends.count == 2, let word = wordAcross(from: ends[1], over: end, next: next, limit: limit) {
                chosen = (ends[1], word)
                break
            }
            chosen = (end, next)
            break
        }
        guard let (end, next) = chosen else { return nil }
        let range = p..<end
        if end < limit, endsNoName(range, limit: limit) { return nil }
        // 党员向张主委汇报: inside a clause, a preposition before a surname that a title of address
        // follows is no name (向张); opening a clause it is one (向明委员发言).
        // So is a joining word before a full name that one follows (甲主委和乙某副主委: 和 joins, 乙某 is the name).
        if end == p + 6 || end == p + 9 && words.joiners.longestMatch(in: bytes, at: p, end: p + 3)?.range == p..<(p + 3),
           p >= 3, han(p - 3, p) != nil, let first = han(p, limit), words.clinging.contains(first),
           let second = han(p + 3, limit), words.surnames.contains(second),
           words.honorifics.longestMatch(in: bytes, at: end, end: limit) != nil { return nil }
        // 由郝某主委通报: 由 (a surname too) before a sure surname and a given character that a title of address follows
        // is the preposition; the name starts after it.
        if end == p + 9, UTF8Scan.hasPrefix(Self.by, in: bytes, at: p), let second = han(p + 3, limit), words.surnames.contains(second),
           !words.ambiguousSurnames.contains(second), words.honorifics.longestMatch(in: bytes, at: end, end: limit) != nil { return nil }

        // 领导和在家的老同志: a joining word that is also a surname, then a clinging character, joins; it opens no name.
        if let second = han(p + 3, limit), words.clinging.contains(second),
           words.joiners.longestMatch(in: bytes, at: p, end: p + 3)?.range == p..<(p + 3) { return nil }
        // A word is a name only where a list goes on or closes after it (张三、海涛出席), not before 和 or an honorific.
        // 甲、向前及秘书长乙: a joining word before a title goes on with the next person.
        let listGoesOn = next.isEmpty || words.listVerbs.longestMatch(in: bytes, at: next.lowerBound, end: limit) != nil
            || (listed && words.joiners.longestMatch(in: bytes, at: next.lowerBound, end: limit)?.range == next
                && words.titles.longestMatch(in: bytes, at: next.upperBound, end: limit) != nil)
        guard isPlausible(range, listed: listed && listGoesOn), strong || !words.places.contains(scalars(range))
        else { return nil }
        // 建成盟员温馨的家: two characters ICU's dictionary reads as one word, before 的, describe what follows.
        if end == p + 6, UTF8Scan.hasPrefix(Self.of, in: bytes, at: end), isOneWord(range) { return nil }
        return (range, next)
    }

    /// The word opening at `start` (a reading's third character) that runs past `end` (that reading's end):
    /// a lexicon term (呼和浩特), or where a one-character word of `acrossFollowers` follows, the word ICU's
    /// dictionary reads there (针对, 担任, 带来). ICU runs only in that case.
    func wordAcross(from start: Int, over end: Int, next: Range<Int>, limit: Int) -> Range<Int>? {
        let i = terms.partitioningIndex { $0.upperBound > start }
        if i < terms.count, terms[i].lowerBound == start, terms[i].upperBound > end { return terms[i] }
        guard next.count == 3, let follower = han(next.lowerBound, limit), Self.acrossFollowers.contains(follower) else { return nil }
        var stop = next.upperBound
        while stop < min(limit, next.upperBound + 6), han(stop, limit) != nil { stop += 3 }
        guard let cuts = bytes.withUnsafeBufferPointer({ WordBreaker.boundaries($0, (start - 6)..<stop) }),
              cuts.contains(start), !cuts.contains(end), let after = cuts.first(where: { $0 > end }) else { return nil }
        return start..<after
    }
    /// One-character words after a name that a given character may join into a verb (针|对, 担|任).
    static let acrossFollowers: Set<UInt32> = Set("对任来".unicodeScalars.map(\.value))

    /// The name after 由 at `p` (a surname, one or two given characters) that a verb of taking a post follows (`当选`, `担任`).
    func nameAfterBy(_ p: Int, limit: Int) -> (range: Range<Int>, next: Range<Int>)? {
        let start = p + Self.by.count
        guard let second = han(start, limit), words.surnames.contains(second) else { return nil }
        let ends = candidates(at: start, limit: limit).ends
        // 由陈某担任副主委: where both readings meet a verb, the one whose verb reaches as far with the shorter
        // name (担任, not 陈某担 and 任).
        var chosen: (end: Int, verbEnd: Int)?
        for k in 0..<ends.count {
            guard let verb = Self.postVerbs.filter({ UTF8Scan.hasPrefix($0, in: bytes, at: ends[k]) }).max(by: { $0.count < $1.count }) else { continue }
            if let best = chosen, best.verbEnd > ends[k] + verb.count { continue }
            chosen = (ends[k], ends[k] + verb.count)
        }
        guard let chosen, isPlausible(start..<chosen.end) else { return nil }
        return (start..<chosen.end, chosen.end..<chosen.end)
    }

    /// Whether `end` is followed by a verb of the list of two characters or more and then the clause's
    /// end, with only 会议 between (秘书长蒋大为列席会议。): a 为 there is then the name's last, not a
    /// preposition of what follows (甲为出席会议的代表颁奖); 在 stays a word (张华在参加会议).
    func attendsMeeting(at end: Int, limit: Int) -> Bool {
        guard let verb = words.listVerbs.longestMatch(in: bytes, at: end, end: limit), verb.range.count >= 6 else { return false }
        var after = verb.range.upperBound
        if UTF8Scan.hasPrefix(Self.meeting, in: bytes, at: after) { after += Self.meeting.count }
        return after >= limit || bytes[after] < 0x80 || UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: after)
    }

    static let meeting = Array("会议".utf8)
    static let forCharacter = "为".unicodeScalars.first!.value
    /// A report made, its title after: `作《`, `作题为`.
    static let reportOpenings = ["作《", "作题为", "作了《"].map { Array($0.utf8) }
    /// A party's committees written right after its name (民盟中央, 民进省委会).
    static let partyLevels = ["中央", "省委会", "市委会", "省委", "市委", "区委", "县委"].map { Array($0.utf8) }

    /// Whether a verb of the list of two characters or more follows `end` (副市长赵为济参加…):
    /// after a title it closes a name ending in a soft given character as punctuation does;
    /// a one-character verb does not (主席张华工作 is 张华 before 工作).
    func listVerbOfTwoOrMore(at end: Int, limit: Int) -> Bool {
        // 负责人邱万里介绍: a reporting verb of two characters closes it too (not 代表, 围绕, 一行).
        guard let verb = words.listVerbs.longestMatch(in: bytes, at: end, end: limit)
                ?? words.reporting.longestMatch(in: bytes, at: end, end: limit).flatMap({ found in
                    Self.wordFollowers.contains { $0.count == found.range.count && UTF8Scan.hasPrefix($0, in: bytes, at: end) } ? nil : found })
        else { return false }
        return verb.range.count >= 6
    }

    /// Whether what follows `end` closes a name for certain: the end, a comma, a stop, a
    /// closing bracket, a space, `、`, or 等 (not `《`: 主委梁鸣作《…》 is 梁鸣 making a speech).
    func closesName(at end: Int, limit: Int) -> Bool {
        if end >= limit { return true }
        switch bytes[end] {
        case 0x2C, 0x3B, 0x3A, 0x29, 0x20, 0x0A, 0x21, 0x3F: return true
        default: return UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: end) || UTF8Scan.hasPrefix(Self.etc, in: bytes, at: end)
                || UTF8Scan.hasPrefix(Self.fullStop, in: bytes, at: end)
                // 副市长葛建团应邀出席: invited, the one just named.
                || UTF8Scan.hasPrefix(Self.invited, in: bytes, at: end)
                // 委员李文革的发言: the speech of the one just named.
                || UTF8Scan.hasPrefix(Self.of, in: bytes, at: end)
                    && Self.ownWorks.contains { UTF8Scan.hasPrefix($0, in: bytes, at: end + Self.of.count) }
        }
    }

    /// What a person is said to have given, after 的: a speech, a proposal, a report.
    static let ownWorks = ["发言", "讲话", "提案", "建议", "报告", "致辞"].map { Array($0.utf8) }

    static let fullStop = Array("。".utf8)
    static let invited = Array("应邀".utf8)
    /// 地, 得, 着, 很: characters that follow a word as its adverb or complement mark (高兴地, 呼声很高).
    static let adverbMarks: Set<UInt32> = Set("地得着很".unicodeScalars.map(\.value))

    /// `苏景和出席`, `端木清和任组长`: a joining character ending a three-character
    /// reading joins nothing when no name follows it, so it is the name's own.
    func joinsNoName(at p: Int, limit: Int) -> Bool {
        guard let joined = words.joiners.longestMatch(in: bytes, at: p, end: limit), joined.range.count == 3 else { return false }
        // 郑某和委员代表民盟…发言: an honorific after the joining character and then a verb, not a
        // name, is the person's own (夏冰和副市长邓刚 joins two persons).
        if let honorific = words.honorifics.longestMatch(in: bytes, at: joined.range.upperBound, end: limit) {
            let after = honorific.range.upperBound
            // 张庆和代表各民主党派致辞: speaking for a body, not a name, after 和 and 代表.
            if UTF8Scan.hasPrefix(Self.onBehalf, in: bytes, at: joined.range.upperBound), after == joined.range.upperBound + Self.onBehalf.count {
                return name(at: after, limit: limit, strong: true) == nil
            }
            return words.followers.longestMatch(in: bytes, at: after, end: limit) != nil && name(at: after, limit: limit, strong: true) == nil
        }
        // 夏冰和副市长邓刚: a title after the joining character begins the next person.
        guard words.followers.longestMatch(in: bytes, at: joined.range.upperBound, end: limit) != nil,
              words.titles.longestMatch(in: bytes, at: joined.range.upperBound, end: limit) == nil,
              words.honorifics.longestMatch(in: bytes, at: joined.range.upperBound, end: limit) == nil else { return false }
        // 蒋某和应邀参加: a word after 和 (应邀) is no name's start.
        return candidates(at: joined.range.upperBound, limit: limit).ends.isEmpty || name(at: joined.range.upperBound, limit: limit, strong: true) == nil
    }

    /// Not an ordinary word, not inside a lexicon term. `listed`: the context says
    /// a name stands here, so an ordinary word is a name too (市长高峰出席), and a term
    /// is no obstacle unless it begins with the name (张卫星 holds 卫星; 金华 is a place).
    func isPlausible(_ range: Range<Int>, listed: Bool = false) -> Bool {
        // 沈老生前…, 张老: a surname and 老 address an elder, as 某 leaves the name out; no name.
        if range.count == 6, han(range.lowerBound + 3, range.upperBound) == Self.elder { return false }
        // 千站万室万名委员: a numeral (万, 千, 百) and a counter (名, 位, 人) count persons.
        if range.count == 6, let first = han(range.lowerBound, range.upperBound), Self.countingNumerals.contains(first),
           PartyContext.personCounters.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: range.lowerBound + 3) }) { return false }
        // 社区召开委员…动员会: given characters that are a verb following names (召开, 出席) are no given name.
        if range.count == 9, words.followers.longestMatch(in: bytes, at: range.lowerBound + 3, end: range.upperBound)?.range.upperBound == range.upperBound {
            return false
        }
        // 经全体委员投票, 委员向界别报告, 连日来: a surname-like character before a word of the many, of the sector
        // or of time is no name.
        if range.count == 9, Self.groupWords.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: range.lowerBound + 3) }) { return false }
        // 各界代表和嘉宾, 企业家及代表: a joining character before a word for many persons is no name.
        if range.count == 9, words.collectives.longestMatch(in: bytes, at: range.lowerBound + 3, end: range.upperBound)?.range.upperBound == range.upperBound {
            return false
        }
        // 荣获二〇二三年度: a numeral closing the name and another after it write a number.
        if let last = han(range.upperBound - 3, range.upperBound), Self.isYearDigit(last),
           han(range.upperBound, bytes.count).map(Self.isYearDigit)
            ?? Self.zeros.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: range.upperBound) }) { return false }
        // 代表呼和浩特市委: a name that the next character makes an ordinary word (a city) is none.
        if let next = han(range.upperBound, bytes.count), words.ordinaryLasts.contains(ScriptFolding.fold(next) ?? next),
           case let chars = scalars(range), chars.count * 3 == range.count, words.isOrdinary(chars + [next]) { return false }
        if listed {
            let i = terms.partitioningIndex { $0.upperBound > range.lowerBound }
            return !(i < terms.count && terms[i].lowerBound <= range.lowerBound && terms[i].upperBound > range.lowerBound)
        }
        let s = scalars(range)
        if words.isOrdinary(s) || (s.count > 2 && words.isOrdinary(Array(s.prefix(2)))) { return false }
        return !Self.overlaps(terms, range)
    }

    /// `吕 斌、`, `鞠 红出席`: a surname, the padding, one given character, and then
    /// punctuation or a following word (a name written to the width of three).
    func padded(at p: Int, limit: Int) -> (range: Range<Int>, next: Range<Int>)? {
        guard let i = paddedGiven(at: p, limit: limit, soft: false), i + 3 < limit else { return nil }
        // 主席 王 强 出席: one space after the name too, when a verb or punctuation follows it
        // (not 全 面 推 进, text spaced out character by character).
        if bytes[i + 3] == 0x20 {
            guard i + 4 < limit, han(i + 4, limit) == nil || words.followers.longestMatch(in: bytes, at: i + 4, end: limit) != nil
            else { return nil }
            return (p..<(i + 3), (i + 3)..<(i + 3))
        }
        guard let next = boundary(at: i + 3, limit: limit) else { return nil }
        return (p..<(i + 3), next)
    }

    /// `鞠 红`: a surname at `p`, one or two spaces, then a given character (of `softGiven` too
    /// when `soft`); where that character starts.
    func paddedGiven(at p: Int, limit: Int, soft: Bool) -> Int? {
        guard let first = han(p, limit), words.surnames.contains(first) else { return nil }
        var i = p + 3
        var spaces = 0
        while i < limit, bytes[i] == 0x20, spaces < 2 { i += 1; spaces += 1 }
        guard spaces > 0, let c = han(i, limit), mayBeGiven(c, soft: soft) else { return nil }
        return i
    }

    /// Whether ICU's dictionary reads all of `range` as one word (资格, 价格).
    /// `处长张坤、办公室调研员乙`: a name of three or four characters with no surname of the table that
    /// ends as an office's name ends (`officeEnds`: 办公室, 秘书处) and opens with a word of ICU's
    /// dictionary is that office. Names spelled from other languages (巴特尔, 其其格) open no such word.
    func isSurnamelessWord(_ range: Range<Int>) -> Bool {
        guard range.count >= 9, range.count <= 12, let first = han(range.lowerBound, range.upperBound), !words.surnames.contains(first),
              let second = han(range.lowerBound + 3, range.upperBound),
              !words.compoundSurnames.contains(UInt64(first) << 32 | UInt64(second)),
              han(range.upperBound - 3, range.upperBound).map(Self.officeEnds.contains) == true,
              let cuts = bytes.withUnsafeBufferPointer({ WordBreaker.boundaries($0, range) }) else { return false }
        // The first word ICU reads from the start (the whole name, when it is one word) holds two characters or more.
        return (cuts.first(where: { $0 > range.lowerBound }) ?? range.upperBound) - range.lowerBound >= 6
    }

    func isOneWord(_ range: Range<Int>) -> Bool {
        guard let cuts = bytes.withUnsafeBufferPointer({ WordBreaker.boundaries($0, range) }) else { return false }
        return cuts.allSatisfy { $0 == range.lowerBound || $0 == range.upperBound }
    }

    /// Whether ICU's dictionary reads a word of two characters or more from `range`'s start that
    /// ends inside it (高兴|地说, 呼声|很高): an ordinary word, no surname and given name. Asked
    /// only of candidates on weak evidence, so ICU runs at few positions.
    func opensWord(_ range: Range<Int>, limit: Int) -> Bool {
        guard range.count == 9 else { return false }
        var end = range.upperBound
        var k = 0
        while k < 3, han(end, limit) != nil { end += 3; k += 1 }
        guard let cuts = bytes.withUnsafeBufferPointer({ WordBreaker.boundaries($0, range.lowerBound..<end) }),
              let next = cuts.first(where: { $0 > range.lowerBound }) else { return false }
        return next == range.lowerBound + 6
    }

    /// The word ICU's dictionary reads from `start` (a cut there and the next at least two characters
    /// on), segmenting from the surname at `p`, which it must read alone (not 呼声|很高); nil otherwise.
    func wordOpening(at start: Int, from p: Int, limit: Int) -> Range<Int>? {
        var end = start
        var k = 0
        while k < 4, han(end, limit) != nil { end += 3; k += 1 }
        guard end >= start + 6, let cuts = bytes.withUnsafeBufferPointer({ WordBreaker.boundaries($0, p..<end) }),
              cuts.contains(start), cuts.contains(p + 3), let next = cuts.first(where: { $0 > start }), next >= start + 6 else { return nil }
        return start..<next
    }

    /// 副州长农布卓玛讲话, 委员吉伍拉则说: after a title, a surname whose given characters spell
    /// a name from another language runs on to the verb or punctuation (four to seven characters
    /// in all), not cut at three before a one-character word (则) or none.
    func spelledOn(_ name: Range<Int>, limit: Int) -> (range: Range<Int>, next: Range<Int>)? {
        let p = name.lowerBound
        guard name.count == 9, han(p + 3, limit).map(words.transliteration.contains) == true,
              han(p + 6, limit).map(words.transliteration.contains) == true else { return nil }
        var end = name.upperBound
        while end - p < 21, let c = han(end, limit), words.transliteration.contains(c) {
            end += 3
            if let next = boundary(at: end, limit: limit) { return (p..<end, next) }
        }
        return nil
    }

    /// `副主席佟格日勒图主持`: after a title, an unambiguous surname whose next characters spell a
    /// name from another language (格, 日: characters a Han given name avoids) runs on to the verb.
    func spelledAfterSurname(at p: Int, limit: Int) -> (range: Range<Int>, next: Range<Int>)? {
        // The given characters spelled from another language first (spelledOn asks them too): cheaper than the surname tests.
        guard let second = han(p + 3, limit), words.transliteration.contains(second),
              let third = han(p + 6, limit), words.transliteration.contains(third),
              let first = han(p, limit), words.surnames.contains(first), !words.ambiguousSurnames.contains(first),
              !Self.overlaps(terms, p..<(p + 9)) else { return nil }
        return spelledOn(p..<(p + 9), limit: limit)
    }

    /// `胡达古拉当选…主席`, `胡达古拉强调`: opening a clause, an unambiguous surname whose next characters spell a
    /// name from another language (`spelledAfterSurname`), closed by a verb of two characters that follows names.
    func spelledBeforeVerb(at p: Int, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        guard let found = spelledAfterSurname(at: p, limit: clause.upperBound),
              listVerbOfTwoOrMore(at: found.range.upperBound, limit: clause.upperBound) else { return nil }
        return found
    }

    /// Whether a range of the sorted, non-overlapping `ranges` overlaps `range`. O(log n).
    static func overlaps(_ ranges: [Range<Int>], _ range: Range<Int>) -> Bool {
        let i = ranges.partitioningIndex { $0.upperBound > range.lowerBound }
        return i < ranges.count && ranges[i].lowerBound < range.upperBound
    }

    /// `洛桑江村`, `乌云其木格`, `赛音`: a name written in Han from another language,
    /// with no surname of the table, read only where the context says a person
    /// stands (a title before it, an honorific after it, a byline, a list of names):
    /// two to seven characters of `transliteration`, a short one (two or three)
    /// beginning with a common name element (`name-elements`: 赛音, 乌恩其), ending
    /// where punctuation or a following word begins (the shortest such reading, unless
    /// it ends before a lone joining character: 巴图孟和是 → 巴图孟和).
    /// `beforeTitle` admits a title or honorific after it (哈斯巴根委员).
    func transliterated(at p: Int, limit: Int, beforeTitle: Bool = false) -> (range: Range<Int>, next: Range<Int>)? {
        // The cheap test first: this runs at every position the prose readers try.
        guard let first = han(p, limit), words.transliteration.contains(first) else { return nil }
        let element = words.nameElements.longestMatch(in: bytes, at: p, end: limit)
        // 有祁志强: a word before a name of the table is no part of a name (哈斯巴根 begins with an element).
        guard element != nil || name(at: p + 3, limit: limit, strong: true) == nil else { return nil }
        var end = p
        var found: (range: Range<Int>, next: Range<Int>)?
        for count in 1...7 {
            guard let c = han(end, limit), words.transliteration.contains(c) else { break }
            end += 3
            // Only one character more than a reading that ended before a joining character.
            if let found, end > found.range.upperBound + 3 { return found }
            guard count >= 4 || (count >= 2 && element.map { $0.range.upperBound <= end } == true) else { continue }
            // Not before a title (厦门大学教授): an employer, not a name.
            guard let next = boundary(at: end, limit: limit),
                  beforeTitle || words.titles.longestMatch(in: bytes, at: end, end: limit) == nil
                    || words.reporting.longestMatch(in: bytes, at: end, end: limit) != nil,
                  !Self.overlaps(terms, p..<end), !words.ordinary.contains(scalars(p..<(p + 6))), !words.ordinary.contains(scalars(p..<end))
            else { continue }
            if found != nil { return (p..<end, next) }
            // 巴图孟 before 和是: a lone joining character may be the name's own end.
            if next.count == 3, let last = han(next.lowerBound, limit), words.clinging.contains(last) {
                found = (p..<end, next)
                continue
            }
            return (p..<end, next)
        }
        return found
    }

    /// Past a bracket of notes after a name (`张三(女,回族)`), else `end`.
    func skipNotes(_ end: Int, limit: Int) -> Int {
        guard end < limit, bytes[end] == 0x28,
              let close = UTF8Scan.find([0x29], in: bytes, from: end, to: min(limit, end + 60)),
              noteParts((end + 1)..<close) != nil else { return end }
        return close + 1
    }

    /// The parts of a bracket's text parted by `,` or `、` (`女,回族`), when every part is a note; else nil.
    func noteParts(_ note: Range<Int>) -> [[UInt32]]? {
        var parts: [[UInt32]] = []
        var part: [UInt32] = []
        var i = note.lowerBound
        while i <= note.upperBound {
            if i == note.upperBound || bytes[i] == 0x2C || UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: i) {
                guard words.notes.contains(part) else { return nil }
                parts.append(part)
                part.removeAll()
                i += i < note.upperBound && bytes[i] != 0x2C ? 3 : 1
                continue
            }
            guard let c = han(i, note.upperBound) else { return nil }
            part.append(c)
            i += 3
        }
        return parts
    }

    /// Where the next name of a list starts after a name ending at `end`: after
    /// `、`, a joining word (和, 及, 以及), or (with `spaces`) one space.
    func joiner(at end: Int, limit: Int, spaces: Bool) -> Int? {
        guard end < limit else { return nil }
        if UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: end) {
            // (`解礼渊、 王利忠`: spaces a page left after the comma.)
            var next = end + 3
            while next < limit, bytes[next] == 0x20, next < end + 6 { next += 1 }
            return next < limit && bytes[next] != 0x20 ? next : end + 3
        }
        if spaces, bytes[end] == 0x20, end + 1 < limit, han(end + 1, limit) != nil { return end + 1 }
        return words.joiners.longestMatch(in: bytes, at: end, end: limit)?.range.upperBound
    }

    // MARK: Title before the name

    /// `市政协主席吴志明主持`, `市领导应勇、沙海林出席`.
    func readTitled(_ clause: Range<Int>, titles: [Range<Int>], into found: inout [PersonMention]) {
        let clauseStart = found.count
        defer { shareGroupBackwards(from: clauseStart, in: &found) }
        var floor = clause.lowerBound
        // A title, or a party or sector named just before the name (无党派人士贺子轩委员).
        var anchors = titles
        let i = parties.partitioningIndex { $0.lowerBound >= clause.lowerBound }
        var j = i
        while j < parties.count, parties[j].upperBound <= clause.upperBound { anchors.append(parties[j]); j += 1 }
        if j > i { anchors.sort { $0.lowerBound < $1.lowerBound } }
        for title in anchors where title.lowerBound >= floor {
            // 书记甲代表区委、区人大…向大会祝贺: 代表 right after a name just read speaks for a body; no title.
            if title.lowerBound == floor, floor > clause.lowerBound, found.count > clauseStart,
               title.count == Self.onBehalf.count, UTF8Scan.hasPrefix(Self.onBehalf, in: bytes, at: title.lowerBound) { continue }
            // 主持人:张三, 市政协主席 张三: a colon or a space may stand between the title and the name.
            var at = title.upperBound
            if at < clause.upperBound, bytes[at] == 0x3A || bytes[at] == 0x20 { at += 1 }
            // 省“十佳律师”甲: a title closing an honour in quotes holds the name after the quote,
            // and the roles run back over the quote to the chain before it.
            var quoted: (open: Int, end: Int)?
            if UTF8Scan.hasPrefix(Self.closingQuote, in: bytes, at: at),
               let open = UTF8Scan.findLast(Self.openingQuote, in: bytes, from: max(floor, title.lowerBound - 60), to: title.lowerBound) {
                at += Self.closingQuote.count
                quoted = (open, at)
            }
            // 选出的副主席还有甲、乙, 副主委为丙、丁, 执行主席由戊、己担任: the names after 还有, 是, 为
            // or 由 hold the title (由 is a surname too, but no name is read across it here).
            let link = Self.titleLinks.first { UTF8Scan.hasPrefix($0, in: bytes, at: at) }
            if let link { at += link.count }
            // 历任主委有甲、乙、丙: 有 links a title to a list of names (never to one: 主任有关…).
            let listLink = link == nil && UTF8Scan.hasPrefix(Self.have, in: bytes, at: at)
            if listLink { at += Self.have.count }
            // 原驻会副主委(已退休)蒋某: a short note in brackets between the title and the name.
            if link == nil, let past = pastShortNote(at, clause) { at = past }
            // 同为医药卫生界委员的古丽娜·吐尔逊是…: a dotted name after the title and 的 holds it.
            if link == nil, UTF8Scan.hasPrefix(Self.of, in: bytes, at: at), mayHaveDot(after: at + 3, limit: clause.upperBound),
               dottedName(at: at + 3, limit: clause.upperBound) != nil { at += 3 }
            // 身为“老委员”的胡某光,也是…: so does a full name no word of the dictionary makes, closed by punctuation.
            else if link == nil, UTF8Scan.hasPrefix(Self.of, in: bytes, at: at),
                    let after = name(at: at + 3, limit: clause.upperBound, strong: true), after.range.count == 9, !isOneWord(after.range),
                    closesName(at: after.range.upperBound, limit: clause.upperBound) { at += 3 }
            let titleMatch = words.titles.longestMatch(in: bytes, at: title.lowerBound, end: title.upperBound)
            let isTitle = titleMatch?.range == title
            // 民盟中央张某等领导: a party's committee written after its name, then the name.
            if !isTitle, link == nil, let level = Self.partyLevels.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }) { at += level.count }
            // 参事和特约研究员: a joining word after a title, before another title, joins two posts.
            if let joined = words.joiners.longestMatch(in: bytes, at: at, end: clause.upperBound),
               let after = name(at: at, limit: clause.upperBound, strong: true), !after.next.isEmpty,
               words.titles.longestMatch(in: bytes, at: after.next.lowerBound, end: clause.upperBound) != nil
                || words.titles.longestMatch(in: bytes, at: joined.range.upperBound, end: clause.upperBound) != nil {
                continue
            }
            guard var first = longerTransliterated(at: at, clause) ?? name(at: at, limit: clause.upperBound, strong: true, soft: isTitle) ?? listedName(at: at, clause)
                    ?? (isTitle ? wordNameBeforeVerb(at: at, clause) : nil)
                    ?? transliterated(at: at, limit: clause.upperBound) ?? (isTitle ? unlisted(at: at, limit: clause.upperBound) : nil)
                    ?? (isTitle ? onlyAfterTitle(at: at, clause) ?? unsegmentedAfterTitle(at: at, title: title, clause) : nil)
            else { continue }
            if listLink, !UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: first.range.upperBound) { continue }
            // 作为医卫专家代表: a word for many persons (代表, 委员) after a title is the phrase's, no name; the roles of
            // a name after it do not run back over it.
            if first.range.count == 6, words.collectives.longestMatch(in: bytes, at: first.range.lowerBound, end: first.range.upperBound)?.range == first.range {
                floor = first.range.upperBound
                continue
            }
            // 主席向新当选的…授牌: a given character of time (新, 已, 刚) before 当选 is the adverb of the election, no name's.
            if first.range.count == 6, let last = han(first.range.upperBound - 3, first.range.upperBound), Self.electedModifiers.contains(last),
               UTF8Scan.hasPrefix(Self.elected, in: bytes, at: first.range.upperBound) { continue }
            // 九三学社某某小组成立: after a party's name with no title, a name must end where a word ends (not 某某小|组成).
            if !isTitle, splitsWord(at: first.range.upperBound, from: first.range.lowerBound, clause) { continue }
            // 营造民盟家园: nor is a surname and one character that ICU's dictionary reads as one word a name there.
            if !isTitle, first.range.count == 6, isOneWord(first.range) { continue }
            // 群众文化节, 职工文化: after an occupation, a word of the dictionary (or one the name would open) is the phrase's, no name.
            if isTitle, let titleMatch, titleMatch.payload >= words.occupationsFrom,
               isOneWord(first.range) || opensWord(first.range, limit: clause.upperBound) { continue }
            // 委员吉伍拉则说: a name spelled from another language is not cut before a one-character word.
            if first.next.count == 3, let longer = spelledOn(first.range, limit: clause.upperBound) { first = longer }
            // After 还有 or 是 a name must close there or open a list (委员还有很多 is no name).
            if link != nil, !closesName(at: first.range.upperBound, limit: clause.upperBound),
               joiner(at: first.range.upperBound, limit: clause.upperBound, spaces: false) == nil { continue }
            var roles = rolesBefore(quoted?.end ?? title.upperBound, floor: floor, from: quoted?.open)
            // 来自经济界的市政协委员、某公司副总裁韩松涛: the sector the chain comes from is the person's too.
            if let chain = roles.first, let sector = sectorBefore(chain.lowerBound) { roles.insert(sector, at: 0) }
            var current = first
            // Where the name read after a list's joiner was looked for, when it starts later (after an employer).
            var listed: Int?
            let listStart = found.count
            var end = first.range.upperBound
            while true {
                end = skipNotes(current.range.upperBound, limit: clause.upperBound)
                // 某公司董事长甲、某局乙: a name after its own employer holds that employer, not the title before.
                let employer = listed.flatMap { $0 < current.range.lowerBound ? [$0..<current.range.lowerBound] : nil }
                found.append(PersonMention(
                    name: personName(current.range), nameRange: current.range, roles: (employer ?? roles) + affiliation(after: end, clause),
                    sentence: clause, evidence: .title))
                floor = current.range.upperBound
                // One title, a list of names: 主席团常务主席黄庚倜、冯晓仙、马四海 (…和孟凡超, 市领导 程远 秦岚).
                // (`骨干党员甲(召陵区政协委员)、乙`: a post in brackets, the member's own, before the next name.)
                end = skipRoleNote(end, clause)
                guard let joined = joiner(at: end, limit: clause.upperBound, spaces: true) ?? dottedAfterComma(current.range, end, clause),
                      let next = name(at: joined, limit: clause.upperBound, strong: true, listed: true)
                        ?? transliterated(at: joined, limit: clause.upperBound) ?? wordInTitledList(at: joined, clause)
                        ?? (UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: joined - 3) ? itemInNamedList(at: joined, clause) ?? employedName(at: joined - 3, clause) : nil)
                else { break }
                listed = joined
                current = next
            }
            // 市政协副秘书长甲等民进界别市政协委员: the group 等 closes the names with is of their party too.
            if let group = memberWordAfterEtc(end, clause) { for k in listStart..<found.count { found[k].roles.append(group) } }
        }
    }

    /// `市政协副秘书长甲、市教育局副局长乙等民进界别市政协委员`: each titled name joined by 、 to the one a group
    /// after 等 closes (`memberWordAfterEtc`) is of the group too.
    func shareGroupBackwards(from start: Int, in found: inout [PersonMention]) {
        guard found.count - start >= 2 else { return }
        var k = found.count - 1
        while k > start {
            defer { k -= 1 }
            guard let group = found[k].roles.last, group.lowerBound >= found[k].nameRange.upperBound + Self.etc.count,
                  UTF8Scan.hasPrefix(Self.etc, in: bytes, at: group.lowerBound - Self.etc.count) else { continue }
            var j = k - 1
            var next = found[k].nameRange.lowerBound
            while j >= start, found[j].nameRange.upperBound < next,
                  UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: found[j].nameRange.upperBound),
                  UTF8Scan.find([0x2C], in: bytes, from: found[j].nameRange.upperBound, to: next) == nil {
                if !found[j].roles.contains(group) { found[j].roles.append(group) }
                next = found[j].nameRange.lowerBound
                j -= 1
            }
        }
    }

    /// `会长甲,副会长乙、丙,院长丁等民进会员参加`: the persons of one list, each with its post and parted by commas,
    /// are all of the group that 等 closes the list on (`shareGroupBackwards` does it for names joined by 、 in one clause).
    /// A list runs back while nothing but a comma or 、 stands between a name and the next person's posts.
    func shareGroupOverCommas(_ found: inout [PersonMention]) {
        guard found.count >= 2 else { return }
        /// Whether only a 、, or commas and then posts of `next` written up to its name, part `previous` from `next`.
        func joined(_ previous: PersonMention, _ next: PersonMention) -> Bool {
            let a = previous.nameRange.upperBound, b = next.nameRange.lowerBound
            guard a < b else { return false }
            if b - a == Self.enumerationComma.count, UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: a) { return true }
            var i = a
            while i < b, bytes[i] == 0x2C || bytes[i] == 0x20 { i += 1 }
            return i > a && (i == b || next.roles.contains { $0.lowerBound == i && $0.upperBound == b })
        }
        for k in stride(from: found.count - 1, to: 0, by: -1) {
            guard let group = found[k].roles.last, group.lowerBound >= found[k].nameRange.upperBound + Self.etc.count,
                  UTF8Scan.hasPrefix(Self.etc, in: bytes, at: group.lowerBound - Self.etc.count) else { continue }
            var j = k - 1
            while j >= 0, joined(found[j], found[j + 1]) {
                if !found[j].roles.contains(group) { found[j].roles.append(group) }
                j -= 1
            }
        }
    }

    /// `副主席约尔古丽·加帕尔,阿不都力提甫·阿不都热依木,秘书长…`: a comma between two dotted
    /// names goes on with the list, as `、` does; where the next name starts, or nil.
    func dottedAfterComma(_ name: Range<Int>, _ end: Int, _ clause: Range<Int>) -> Int? {
        guard end + 1 < clause.upperBound, bytes[end] == 0x2C,
              Self.middleDots.contains(where: { UTF8Scan.find($0, in: bytes, from: name.lowerBound, to: name.upperBound) != nil }),
              mayHaveDot(after: end + 1, limit: clause.upperBound), dottedName(at: end + 1, limit: clause.upperBound) != nil else { return nil }
        return end + 1
    }

    /// The last readings of a name right after a title: a Mongolian name after a surname, a name
    /// after an employer, a pair of names that are words.
    func afterTitleOnly(at p: Int, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        if let found = spelledAfterSurname(at: p, limit: clause.upperBound) { return found }
        return employedName(at: p, clause) ?? wordPairAfterTitle(at: p, clause)
    }

    /// `副主席甲、乙、严格作了发言`: inside a title's list, after `、`, a surname and one character that
    /// names avoid (格, 品) still name a person when `、`, a comma, a stop or a verb of the list of
    /// two characters or more closes the pair (the list says a name stands there).
    func wordInTitledList(at p: Int, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        guard p >= clause.lowerBound + 3, UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: p - 3),
              let first = han(p, clause.upperBound), words.surnames.contains(first),
              let c = han(p + 3, clause.upperBound), !Self.neverGiven.contains(c) else { return nil }
        let end = p + 6
        guard end == clause.upperBound || bytes[end] == 0x2C || UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: end)
                || UTF8Scan.hasPrefix(Self.fullStop, in: bytes, at: end) || listVerbOfTwoOrMore(at: end, limit: clause.upperBound),
              isPlausible(p..<end, listed: true) else { return nil }
        return (p..<end, end..<end)
    }

    /// `委员尚品、黎明参加讨论`: after a title, a surname and one character (a word, or one names
    /// avoid) opening a pair joined by `、` whose second name a verb of the list of two characters
    /// or more closes (not `领导关心、关爱`, which no such verb follows).
    func wordPairAfterTitle(at p: Int, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        guard let first = han(p, clause.upperBound), words.surnames.contains(first),
              let c = han(p + 3, clause.upperBound), !Self.neverGiven.contains(c),
              UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: p + 6), isPlausible(p..<(p + 6), listed: true),
              let second = name(at: p + 9, limit: clause.upperBound, strong: true, listed: true) ?? wordInTitledList(at: p + 9, clause),
              listVerbOfTwoOrMore(at: second.range.upperBound, limit: clause.upperBound) else { return nil }
        return (p..<(p + 6), (p + 6)..<(p + 6))
    }

    /// The readings that hold only right after a title, in order (`readTitled`'s last resorts).
    func onlyAfterTitle(at p: Int, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        afterTitleOnly(at: p, clause) ?? closedAfterTitle(at: p, clause) ?? itemInNamedList(at: p, clause, first: true)
            ?? termAfterSurname(at: p, clause) ?? wordBeforeTitledPerson(at: p, clause)
    }

    static let leadership = Array("领导".utf8)

    /// `民建某省委主委高峰,省政协副主席李某`: after a title, a surname and one character that make a word
    /// (高峰) name a person where a comma closes them and the next part opens with another person's title
    /// and name (roles only before it, no 的: not `局长职务,余某的县财政局局长职务`): the text lists persons
    /// each after their posts.
    func wordBeforeTitledPerson(at p: Int, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        let end = p + 6
        guard end + 1 < clause.upperBound, bytes[end] == 0x2C, let first = han(p, clause.upperBound), words.surnames.contains(first),
              let c = han(p + 3, clause.upperBound), !Self.neverGiven.contains(c), isPlausible(p..<end, listed: true),
              // 选举产生了新一届领导班子,会长甲: 领导 is the word's first half (领导班子), not a post.
              p < 6 || !UTF8Scan.hasPrefix(Self.leadership, in: bytes, at: p - 6) else { return nil }
        var i = end + 1
        // The next person's roles may be a chain (`省委常委、统战部部长`).
        while i < min(clause.upperBound, end + 1 + Self.longestRolePrefix) {
            if UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: i) { i += 3; continue }
            guard let h = han(i, clause.upperBound), !Self.neverGiven.contains(h) else { break }
            // (A name after that title, not a word: `…不再担任副主席职务`.)
            if let title = words.titles.longestMatch(in: bytes, at: i, end: clause.upperBound),
               let next = han(title.range.upperBound, clause.upperBound), words.surnames.contains(next),
               !words.ambiguousSurnames.contains(next) || name(at: title.range.upperBound, limit: clause.upperBound, strong: true) != nil {
                return (p..<end, end..<end)
            }
            i += 3
        }
        return nil
    }
    /// How far into the next part a person's title may start (`省政协副主席`: a place and a body before it), in bytes.
    static let longestRolePrefix = 3 * 10

    /// `统战部部长刚布和表示`, `秘书长阿汝汗出席`, `旗长希尼,`: right after the title of a post (部长, 主任, 书记;
    /// not a seat or honorific such as 委员 or 代表, which head phrases: 委员风采, 代表履职尽责), a name with no
    /// surname of the table, spelled from another language in characters the transliteration list lacks: two to
    /// four characters, none a numeral or one names avoid (的, 对, 会), closed by punctuation, 应邀 or a verb of
    /// two characters that follows names (表示, 出席; not 致以).
    func unsegmentedAfterTitle(at p: Int, title: Range<Int>, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        // 统战部部长, 政府旗长, ,秘书长: a body's head (not 陈副市长特别提到, 岳世民副市长牵头: a person's title after the name).
        guard Self.postEnds.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, title) }),
              title.lowerBound < clause.lowerBound + 3 || han(title.lowerBound - 3, title.lowerBound).map(Self.bodyEnds.contains) ?? true,
              let first = han(p, clause.upperBound), !words.surnames.contains(first), !Self.numerals.contains(first) else { return nil }
        var end = p
        for count in 1...Self.longestUnsegmentedName {
            // 和 may close such a name (布和, 孟和), never open or part it.
            guard let c = han(end, clause.upperBound), !words.notGiven.contains(c),
                  !Self.neverGiven.contains(c) || c == Self.joiningAnd && count >= 3 else { return nil }
            end += 3
            guard count >= 2, closesName(at: end, limit: clause.upperBound) || listVerbOfTwoOrMore(at: end, limit: clause.upperBound) else { continue }
            // 刚布和表示: a lone joining character before a verb is the name's own end.
            if count < Self.longestUnsegmentedName, han(end, clause.upperBound) == Self.joiningAnd,
               listVerbOfTwoOrMore(at: end + 3, limit: clause.upperBound) || closesName(at: end + 3, limit: clause.upperBound) {
                continue
            }
            guard !Self.overlaps(terms, p..<end), !words.ordinary.contains(scalars(p..<end)), !words.places.contains(scalars(p..<end)),
                  words.titles.matches(in: bytes, range: p..<end).isEmpty, words.honorifics.matches(in: bytes, range: p..<end).isEmpty,
                  // ICU's dictionary reads the characters one by one, after the title and before what follows (秘书长|基本|情况,
                  // 主席台|正|上方: words).
                  let cuts = bytes.withUnsafeBufferPointer({ WordBreaker.boundaries($0, title.lowerBound..<min(clause.upperBound, end + 6)) }),
                  stride(from: p, through: end, by: 3).allSatisfy(cuts.contains)
            else { return nil }
            return (p..<end, end..<end)
        }
        return nil
    }
    static let longestUnsegmentedName = 4
    static let joiningAnd = "和".unicodeScalars.first!.value
    /// How the title of a post ends (部长, 旗长, 秘书长, 主任, 书记): a head's, which a name follows.
    static let postEnds = ["长", "主任", "书记", "主席", "主委", "经理"].map { Array($0.utf8) }
    static let numerals: Set<UInt32> = Set("一二三四五六七八九十百千万两".unicodeScalars.map(\.value))
    /// A digit a year is written with in characters (二〇二三, 二○一九; a switch, not a set: asked of every candidate).
    @inline(__always)
    static func isYearDigit(_ c: UInt32) -> Bool {
        switch c {
        case 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D: return true  // 零 一 二 三 四 五 六 七 八 九
        default: return false
        }
    }
    /// Zeros written with a circle (〇, ○), which are no Han characters to `han`.
    static let zeros = ["〇", "○"].map { Array($0.utf8) }

    /// `省委统战部部长伍席源,`: right after a title, an unambiguous surname and two given characters that
    /// punctuation closes are a name even where a character names mostly avoid (席, 源 of `not-given`)
    /// stands in it; only function characters (`neverGiven`) and a body's last character (市, 局, 会) rule it out.
    func closedAfterTitle(at p: Int, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        let end = p + 9
        guard end <= clause.upperBound, let first = han(p, clause.upperBound), words.surnames.contains(first) else { return nil }
        let second = UInt64(han(p + 3, clause.upperBound) ?? 0)
        guard !words.compoundSurnames.contains(UInt64(first) << 32 | second) else { return nil }
        let closed = end == clause.upperBound || bytes[end] == 0x2C || bytes[end] == 0x3B
            || UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: end) || UTF8Scan.hasPrefix(Self.fullStop, in: bytes, at: end)
        guard closed else { return nil }
        // A body's last character rules out only the name's last (部长敬校舜 holds 校 inside).
        for at in [p + 3, p + 6] {
            guard let c = han(at, clause.upperBound), !Self.neverGiven.contains(c), at == p + 3 || !Self.bodyEnds.contains(c) else { return nil }
        }
        guard words.honorifics.longestMatch(in: bytes, at: p + 3, end: end) == nil, words.titles.longestMatch(in: bytes, at: p + 3, end: end) == nil,
              isPlausible(p..<end, listed: true) else { return nil }
        // 部长敬某某,: an ambiguous surname (敬) only where ICU's dictionary reads it alone after the title, no word it opens (敬业)
        // and no ordinary word of the list (为职工解难事: 解难); asked last, of few candidates.
        if words.ambiguousSurnames.contains(first) {
            guard p >= clause.lowerBound + 6, !words.isOrdinary(scalars(p..<(p + 6))),
                  let cuts = bytes.withUnsafeBufferPointer({ WordBreaker.boundaries($0, (p - 6)..<min(clause.upperBound, end + 3)) }),
                  cuts.contains(p), cuts.contains(p + 3) else { return nil }
        }
        return (p..<end, end..<end)
    }

    /// The last characters of a body's name (市, 局, 会 …): no given name closes with one after a title.
    static let bodyEnds: Set<UInt32> = Set("市省区县乡镇村局厅部处科委会院所校室办组队团党府协".unicodeScalars.map(\.value))

    /// Characters no given name holds, whatever the context (function words).
    static let neverGiven: Set<UInt32> = Set("的了是在与及或也都就对为从到被把将已又这那其该此各每们个等和之所".unicodeScalars.map(\.value))

    /// `省级劳模、某市中医院李欣,`: after a title and `、`, an employer (a run ending in a unit's
    /// last character, 院, 局, 厂 …) and then a name closed by punctuation or given a post (`为`, `当选`).
    func employedName(at: Int, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        guard UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: at) else { return nil }
        return employed(from: at + 3, clause)
    }

    /// An employer starting at `start` and the name after it (see `employedName`), closed by punctuation,
    /// a post given (`为`, `当选`) or a verb of the list of two characters or more (`分别`, `发言`).
    func employed(from start: Int, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        let unitEnds = Self.unitEnds
        var i = start + 6
        var count = 2
        while count < 16, let c = han(i - 3, clause.upperBound), han(i, clause.upperBound) != nil {
            // No title or party in the employer's span: a chain of roles (、九三学社某市委主委甲) is readTitled's.
            if unitEnds.contains(c), words.titles.matches(in: bytes, range: start..<i).isEmpty, !Self.overlaps(parties, start..<i),
               let found = name(at: i, limit: clause.upperBound, strong: true, listed: true),
               closesName(at: found.range.upperBound, limit: clause.upperBound) && bytes[found.range.upperBound] != 0x20
                || Self.postGiven.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: found.range.upperBound) })
                || listVerbOfTwoOrMore(at: found.range.upperBound, limit: clause.upperBound) {
                // 积极履行职责: an 'employer' that is a verb's phrase holds a word of the dictionary, no name.
                return isOneWord(found.range) ? nil : found
            }
            i += 3
            count += 1
        }
        return nil
    }

    /// `永川区的甲和乙对…`, `江北区的丙、丁,`, `来自某区的戊在发言中`: after a place's level and 的 (`placeLevels`), full
    /// names joined by 和 or 、 that punctuation, 等 or a word that follows names (表示, 谈) closes, none a word of ICU's dictionary
    /// nor opening one with its surname (`城区的发展`, `某乡的高山上`: 高山|上); nil otherwise.
    func namesOfPlace(_ first: Range<Int>, _ clause: Range<Int>) -> [PersonMention]? {
        var names = [first]
        var end = first.upperBound
        while let joined = joiner(at: end, limit: clause.upperBound, spaces: false),
              let next = name(at: joined, limit: clause.upperBound, strong: true, listed: true) {
            names.append(next.range)
            end = next.range.upperBound
        }
        guard closesName(at: end, limit: clause.upperBound) || words.followers.longestMatch(in: bytes, at: end, end: clause.upperBound) != nil,
              !names.contains(where: { isOneWord($0) || opensWord($0, limit: clause.upperBound) }) else { return nil }
        return names.map { PersonMention(name: personName($0), nameRange: $0, roles: [], sentence: clause, evidence: .reported) }
    }

    /// Whether what follows `range` says it is no name: a word of about before a figure (`代表和近90位委员`: 近, 约,
    /// 逾; not 超 or 达, which end given names before a count, `甲、吴超3人`), or a city's name before its level
    /// (`保定市长城汽车`, `林芝市长`: the place and its mayor). Kept out of `name(at:)`, which runs for every candidate:
    /// one byte decides, and the rest runs for few.
    @inline(never)
    func endsNoName(_ range: Range<Int>, limit: Int) -> Bool {
        let next = bytes[range.upperBound]
        if (0x30...0x39).contains(next) {
            // 近, 约, 逾.
            switch han(range.upperBound - 3, range.upperBound) {
            case 0x8FD1, 0x7EA6, 0x903E: return true
            default: return false
            }
        }
        // 市 州 县 区 open with E5, 省 with E7.
        guard next == 0xE5 || next == 0xE7 else { return false }
        // 市, 省, 州, 县, 区.
        switch han(range.upperBound, limit) {
        case 0x5E02, 0x7701, 0x5DDE, 0x53BF, 0x533A: return isCityName(range)
        default: return false
        }
    }

    /// Characters that stand for a place before its level without naming it (我区, 本市, 全县, 各镇, 该区).
    static let placeDeictics = HanSet("我本全各该此其外".unicodeScalars.map(\.value))

    /// Words that give the names before them a post (`、某局张霞为支部委员`, `、某学院陈辰当选为副主委`).
    static let postGiven = ["为", "当选"].map { Array($0.utf8) }

    /// The last characters of a unit's name (某市中医院, 市水利局, 某机械厂, 某某公司, 某第二中学).
    static let unitEnds = HanSet("院局委办厂司校所站心行部社队馆场学".unicodeScalars.map(\.value))

    /// `学习讨论焦振常书记讲话`, `大会上甘培文书记的讲话`, `党派科祁建国科长应邀出席`: a full name
    /// right before a title of address (书记, 科长), inside a clause, when a word or punctuation
    /// follows the title. Tried only at the title hits the clause already has, three characters back.
    func readBeforeTitles(_ clause: Range<Int>, titles: [Range<Int>], into found: inout [PersonMention]) {
        for title in titles where title.lowerBound >= clause.lowerBound + 12 {
            let start = title.lowerBound - 9
            guard han(start - 3, start) != nil,
                  words.honorifics.longestMatch(in: bytes, at: title.lowerBound, end: clause.upperBound)?.range == title,
                  !Self.seats.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: title.lowerBound) }),
                  // 某市满城支委会: a title before 会 names a body (支委会), no person's title.
                  !UTF8Scan.hasPrefix(Self.assembly, in: bytes, at: title.upperBound),
                  boundary(at: title.upperBound, limit: clause.upperBound) != nil || UTF8Scan.hasPrefix(Self.of, in: bytes, at: title.upperBound),
                  !found.contains(where: { $0.nameRange.overlaps(start..<title.lowerBound) }),
                  let name = name(at: start, limit: title.lowerBound, strong: false), name.range == start..<title.lowerBound,
                  !opensWord(name.range, limit: clause.upperBound),
                  // 刘晓庄当选主委: a verb of taking a post before the title is no given name (庄当选).
                  !Self.postVerbs.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, name.range) })
            else { continue }
            // 教体支部闫某老师: the office just before the name is its employer or branch.
            let office = officeBefore(start, clause)
            found.append(PersonMention(name: personName(name.range), nameRange: name.range, roles: (office.map { [$0] } ?? []) + [title],
                                       sentence: clause, evidence: .honorific))
        }
    }

    /// Verbs of taking a post, written between a name and the post (`甲当选主委`, `乙担任秘书长`).
    /// (任 and 为 too: `由甲任支部主任委员`, `选举产生了由甲为主委,…的新一届班子`.)
    static let postVerbs = ["当选", "担任", "出任", "兼任", "连任", "继任", "升任", "改任", "调任", "任", "为"].map { Array($0.utf8) }

    /// Words between a title and the names that hold it (`选出的副主席还有甲、乙`, `新当选的主席是丙`).
    static let titleLinks = ["还有", "是", "为", "由"].map { Array($0.utf8) }
    static let have = Array("有".utf8)
    static let openingQuote = Array("“".utf8)
    static let longestNote = 24

    /// Past a short bracket after a title (`副主委(已退休)`), when a Han character follows it.
    func pastShortNote(_ at: Int, _ clause: Range<Int>) -> Int? {
        guard at < clause.upperBound, bytes[at] == 0x28,
              let close = UTF8Scan.find([0x29], in: bytes, from: at, to: min(clause.upperBound, at + Self.longestNote)),
              han(close + 1, clause.upperBound) != nil else { return nil }
        return close + 1
    }

    /// `副市长高峰、张力出席`: after a title, a name that is also a word only when a list of
    /// names goes on after it; one whose first two characters are a word (主任党建华,) also
    /// when punctuation ends it.
    func listedName(at p: Int, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        guard let found = name(at: p, limit: clause.upperBound, strong: true, listed: true) else { return nil }
        if found.next.isEmpty, found.range.count == 9, !words.ordinary.contains(scalars(found.range)) { return found }
        guard let joined = joiner(at: skipNotes(found.range.upperBound, limit: clause.upperBound), limit: clause.upperBound, spaces: false),
              name(at: joined, limit: clause.upperBound, strong: true) != nil
        else { return nil }
        return found
    }

    /// `主持人汪洋主持会议`: after a title, a two-character name that is also a word (汪洋)
    /// when its surname is unambiguous (领导班子讲话 is no name) and a reporting verb of two
    /// characters or more follows it (not 代表 or 围绕, which follow words too: 委员代表全体…).
    func wordNameBeforeVerb(at p: Int, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        guard let found = name(at: p, limit: clause.upperBound, strong: true, listed: true), found.range.count == 6, !found.next.isEmpty,
              !candidates(at: p, limit: clause.upperBound).ambiguous,
              let verb = words.reporting.longestMatch(in: bytes, at: found.range.upperBound, end: clause.upperBound), verb.range.count >= 6,
              !Self.wordFollowers.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: verb.range.lowerBound) && $0.count == verb.range.count })
        else { return nil }
        return found
    }

    static let wordFollowers = ["代表", "围绕", "一行"].map { Array($0.utf8) }

    /// `牧民巴图孟和是…`: a name beginning with a name element, read longer than a surname's reading would be.
    func longerTransliterated(at p: Int, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        guard words.nameElements.longestMatch(in: bytes, at: p, end: clause.upperBound) != nil,
              let found = transliterated(at: p, limit: clause.upperBound),
              found.range.upperBound > (name(at: p, limit: clause.upperBound, strong: true)?.range.upperBound ?? p) else { return nil }
        return found
    }

    /// Whether a title ends exactly at `at` (its last character just before `at`).
    func titleEnds(at: Int, floor: Int) -> Bool {
        for back in 2...6 where at - 3 * back >= floor {
            if words.titles.longestMatch(in: bytes, at: at - 3 * back, end: at)?.range.upperBound == at { return true }
        }
        return false
    }

    // MARK: Name at the start of a clause or list

    /// Names that begin a clause or follow punctuation: with an honorific, a
    /// bracket, a reporting verb, or in a list before a collective role.
    func readLeftBounded(_ clause: Range<Int>, seatStarts: [Int], into found: inout [PersonMention]) {
        var p = clause.lowerBound
        // A seat word (委员, 同志 …) anywhere from the clause on: without one no name stands before one,
        // and the second reading of every position (`softBeforeHonorific`) is skipped.
        // (Looked up among the seats' starts found once for the whole text: a search per clause and seat
        // word cost 7M instructions on 100 documents.)
        let seatEnd = min(bytes.count, clause.upperBound + 6)
        let nextSeat = seatStarts.partitioningIndex { $0 >= clause.lowerBound }
        let mayHaveSeat = nextSeat < seatStarts.count && seatStarts[nextSeat] + Self.seatLength <= seatEnd
        // The next 、 from where a list of employed names (`employedList`) could close its first name: found forward
        // with memchr when first asked, and kept until the reading passes it.
        var nextEnumeration: Int?, searchedTo = clause.lowerBound
        while p < clause.upperBound {
            let here = p
            p += UTF8Scan.scalarLength(bytes[here])
            guard han(here, clause.upperBound) != nil else { continue }
            // 《…》和郭某委员的《…》: a joiner after a closing title or quote joins two items; no name opens with it,
            // and the next item opens after it (`《…》和甲提交的《…》`).
            // `包括甲、乙在内的八十名委员`: a list opens after 包括 as after punctuation.
            // (Only where the byte before is the last of 和 8C, 与 8E, 及 8A or 括 AC: this runs at every character.)
            var bounded = isLeftBoundary(here, clause)
            if !bounded, here >= clause.lowerBound + 3 {
                switch bytes[here - 1] {
                case 0x8C, 0x8E, 0x8A: bounded = joinsAfterClosing(here - 3)
                case 0xAC: bounded = here >= clause.lowerBound + 6 && UTF8Scan.hasPrefix(Self.including, in: bytes, at: here - 6)
                default: break
                }
            }
            if bounded, joinsAfterClosing(here) { continue }
            // After 的, 由 … only a name with an honorific counts (来自经济界的孙浩然委员).
            guard bounded || (here >= 3 && han(here - 3, here).map(words.openers.contains) == true) else {
                // Both readings after a word open with a surname: asked once here (this runs at every character).
                guard opensNameAfterWord(here, clause) else { continue }
                // 中华海外联谊会理事胡某委员捧着…: after any word, a name a seat follows where ICU's dictionary opens a word.
                if mayHaveSeat, let seated = seatedAfterWord(at: here, clause) {
                    // 教体支部甲老师: the office written just before the name (its employer, its branch) is a role too.
                    let office = officeBefore(here, clause)
                    found.append(PersonMention(name: personName(seated.range), nameRange: seated.range, roles: (office.map { [$0] } ?? []) + [seated.next],
                                               sentence: clause, evidence: .honorific))
                    p = seated.next.upperBound
                } else if let reported = reportedAfterWord(at: here, clause) {
                    found.append(PersonMention(name: personName(reported), nameRange: reported, roles: [], sentence: clause, evidence: .reported))
                    p = reported.upperBound
                }
                continue
            }
            // 哈斯巴根委员, 另有洛桑丹增委员: a name of no surname before an honorific.
            // 巴图孟和 摄: a name of no surname before a credit is read whole first (not 巴图孟 before 和).
            // The name of no surname is read once here for the three tests that ask for it.
            let spelled = transliterated(at: here, limit: clause.upperBound, beforeTitle: true)
            // 桑旦平措表示: opening a clause, a long name spelled from another language before a reporting verb.
            if bounded, spelled != nil, let reported = transliteratedBeforeReporting(spelled, clause) {
                found.append(PersonMention(name: personName(reported.range), nameRange: reported.range, roles: [], sentence: clause, evidence: .reported))
                p = reported.range.upperBound
                continue
            }
            var reading = transliteratedBeforeCredit(spelled, clause) ?? name(at: here, limit: clause.upperBound, strong: true)
                ?? (mayHaveSeat ? softBeforeHonorific(at: here, clause) : nil)
                ?? transliteratedBeforeHonorific(spelled, clause) ?? transliteratedOpeningList(spelled)
                ?? transliteratedBeforeCount(spelled, clause) ?? softOpeningList(at: here, clause) ?? softAuthor(at: here, clause)
            // Opening a clause, the last readings: a name spelled on after its surname, or with a soft given character, before a verb
            // (asked only where every reading above failed: this runs at every position).
            if reading == nil, bounded {
                reading = spelledBeforeVerb(at: here, clause) ?? (mayTakePost(here, clause.upperBound) ? softBeforePostVerb(at: here, clause) : nil)
            }
            guard let first = reading else {
                // 中专支部甲、某区综合支部乙分别作了交流: names each after its own employer, opening the clause.
                if bounded, enumerationAhead(of: here, clause, next: &nextEnumeration, searchedTo: &searchedTo),
                   let list = employedList(at: here, clause) ?? describedList(at: here, clause) {
                    found += list
                    p = list.last!.nameRange.upperBound
                }
                continue
            }
            // (司马骏 摄): a credit after the name names a photographer or writer.
            if let credit = creditAfter(first.range.upperBound, clause) {
                found.append(PersonMention(name: personName(first.range), nameRange: first.range, roles: [credit],
                                           sentence: clause, evidence: .byline))
                p = credit.upperBound
                continue
            }
            // 参加会议的还有甲、乙。: the names a label of attendance lists, closed by punctuation.
            if !bounded, let attending = attendanceList(from: first.range, after: here, clause) {
                found += attending
                p = attending.last!.nameRange.upperBound
                continue
            }
            if !bounded {
                // 出席会议的有张三、李四同志: a list closed by a role or a verb stands after 有 too.
                if first.next.isEmpty, UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: first.range.upperBound),
                   let list = readList(from: first.range, clause) {
                    found += list
                    p = list.last!.nameRange.upperBound
                } else if first.range.upperBound < clause.upperBound, bytes[first.range.upperBound] == 0x2C, let list = commaList(from: first.range, clause) {
                    // 看望慰问了甲,乙,丙等老领导: names parted by commas, closed by 等 and a collective.
                    found += list
                    p = list.last!.nameRange.upperBound
                } else if let counted = countedAfterEtc(first.range.upperBound, clause) {
                    // 监票人是冯茂东等26人: a name, 等 and a count of persons (于某等39位盟员: and their party's word).
                    let member = memberWordAfterEtc(first.range.upperBound, clause)
                    found.append(PersonMention(name: personName(first.range), nameRange: first.range, roles: member.map { [$0] } ?? [],
                                               sentence: clause, evidence: .list))
                    p = counted
                } else if honorificAfter(first.range.upperBound, clause) {
                    // 来自特邀界的邓少华委员: the party or sector just before 的 is the person's;
                    // 教体支部闫某老师: so is the office just before the name (its employer, its branch).
                    let sector = sectorBefore(here) ?? officeBefore(here, clause)
                    found.append(PersonMention(name: personName(first.range), nameRange: first.range,
                                               roles: (sector.map { [$0] } ?? []) + [first.next] + affiliation(after: first.range.upperBound, clause),
                                               sentence: clause, evidence: .honorific))
                    p = first.range.upperBound
                } else if UTF8Scan.hasPrefix(Self.by, in: bytes, at: here - 3), name(at: here, limit: clause.upperBound, strong: false)?.range == first.range,
                          listVerbOfTwoOrMore(at: first.range.upperBound, limit: clause.upperBound) {
                    // 大会由魏某主持: 由, a name and a verb of the list (主持, 担任) name who did it.
                    found.append(PersonMention(name: personName(first.range), nameRange: first.range, roles: [],
                                               sentence: clause, evidence: .reported))
                    p = first.range.upperBound
                } else if let before = han(here - 3, here), Self.employerEnds.contains(before) || UTF8Scan.hasPrefix(Self.perfective, in: bytes, at: here - 3),
                          let reported = reportedAfterWord(at: here, clause, anyVerb: true) {
                    // 中共某市委统战部余某涛会见了…: after an office's name (the person's employer), a full name and a verb,
                    // as after any word a reporting verb; so after a verb's 了 (会议研究了柳某新赴京…).
                    let office = employerBefore(here, clause)
                    found.append(PersonMention(name: personName(reported), nameRange: reported, roles: office.map { [$0] } ?? [],
                                               sentence: clause, evidence: office != nil ? .title : .reported))
                    p = reported.upperBound
                } else if first.range.count == 9, here >= clause.lowerBound + 3, UTF8Scan.hasPrefix(Self.of, in: bytes, at: here - 3),
                          Self.postTaking.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: first.range.upperBound) }), !isOneWord(first.range) {
                    // 来自某服务中心的吴某萍当选为主席: after 的, a full name that takes a post is a person elected.
                    found.append(PersonMention(name: personName(first.range), nameRange: first.range, roles: [],
                                               sentence: clause, evidence: .reported))
                    p = first.range.upperBound
                } else if here >= clause.lowerBound + 9, UTF8Scan.hasPrefix(Self.of, in: bytes, at: here - 3),
                          Self.placeLevels.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: here - 6) }),
                          han(here - 9, here - 6).map({ !Self.placeDeictics.contains($0) }) == true, let people = namesOfPlace(first.range, clause) {
                    // 永川区的甲和乙表示, 来自江北区的丙在发言中…: after a place and 的, the names of its people (not after
                    // 我区的, 全市的: no place named, and what follows is seldom a person, `所有人住所在我区的黄标车`).
                    found += people
                    p = people.last!.nameRange.upperBound
                } else if here >= clause.lowerBound + 9, UTF8Scan.hasPrefix(Self.of, in: bytes, at: here - 3),
                          closesName(at: first.range.upperBound, limit: clause.upperBound), !isOneWord(first.range),
                          let office = employerBefore(here - 3, clause, ends: Self.officeEnds), office.count >= 12 {
                    // 排在队尾的是安丘市妇联的褚磊,…: an office of four characters or more, 的, and a full name that punctuation
                    // closes, no word of the dictionary (入社的荣幸): the office's person.
                    found.append(PersonMention(name: personName(first.range), nameRange: first.range, roles: [office],
                                               sentence: clause, evidence: .title))
                    p = first.range.upperBound
                }
                continue
            }
            var next = first.next
            let end = skipNotes(first.range.upperBound, limit: clause.upperBound)
            if end > first.range.upperBound { next = boundary(at: end, limit: clause.upperBound) ?? (end..<end) }
            // 、乙(女,壮族)。: the last member of a list, with a note, after the 、.
            if end > first.range.upperBound, here >= clause.lowerBound + 3, UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: here - 3),
               let list = readList(from: first.range, clause) {
                found += list
                p = list.last!.nameRange.upperBound
                continue
            }
            if next.isEmpty || words.joiners.longestMatch(in: bytes, at: next.lowerBound, end: clause.upperBound)?.range == next,
               end < clause.upperBound, joiner(at: end, limit: clause.upperBound, spaces: false) != nil {
                if let list = readList(from: first.range, clause) {
                    found += list
                    p = list.last!.nameRange.upperBound
                }
                continue
            }
            // 农委会委员、农大教授陈某某: two characters before a title that a full name follows are the title's employer.
            if honorificAfter(end, clause), !(first.range.count == 6 && name(at: next.upperBound, limit: clause.upperBound, strong: true)?.range.count == 9) {
                let roles = [next] + affiliation(after: end, clause)
                // 专委会甲、乙副主任: the names joined to it by 、 before it share its honorific.
                if here >= clause.lowerBound + 9, UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: here - 3) {
                    found += namesSharingHonorific(before: first.range, roles: roles, clause, found: found)
                }
                found.append(PersonMention(name: personName(first.range), nameRange: first.range,
                                           roles: roles, sentence: clause, evidence: .honorific))
                p = end
                continue
            }
            if next.isEmpty, end < clause.upperBound, bytes[end] == 0x28 {
                let roles = affiliation(after: end, clause)
                if let inside = roles.first, isRoleText(inside) {
                    found.append(PersonMention(name: personName(first.range), nameRange: first.range, roles: roles,
                                               sentence: clause, evidence: .bracketed))
                    p = end
                }
                continue
            }
            // At the start of a line: `张三,市政协委员、XX大学教授` or `张三 民盟市委委员` (roles after
            // the name), or `张三:加快…` (a speech under its speaker's name).
            // (`甲,乙,丙等老同志出席`: names parted by commas, not one name's roles.)
            if end < clause.upperBound, bytes[end] == 0x2C, let list = commaList(from: first.range, clause) {
                found += list
                p = list.last!.nameRange.upperBound
                continue
            }
            if next.isEmpty, here == clause.lowerBound, end < clause.upperBound, let lead = lineLead(first.range, clause) {
                found.append(lead)
                p = clause.upperBound
                continue
            }
            // 、李某的“健全…”: a speech or proposal under its author's name, in a list of them.
            if authorOfTitle(first, end: end, clause) {
                found.append(PersonMention(name: personName(first.range), nameRange: first.range, roles: [],
                                           sentence: clause, evidence: .reported))
                p = end
                continue
            }
            // 古丽巴哈尔等37人当选为常委: a name, 等 and a count of persons.
            if let counted = countedAfterEtc(end, clause) {
                let member = memberWordAfterEtc(end, clause)
                found.append(PersonMention(name: personName(first.range), nameRange: first.range, roles: member.map { [$0] } ?? [],
                                           sentence: clause, evidence: .list))
                p = counted
                continue
            }
            // 据了解,甲是市政协委员、某公司董事长: 是 and a role up to the comma name a person
            // (no ambiguous surname); so does 为 (`…支部成立,甲为支部主任。`).
            if isCopula(at: end), let role = roleToComma(from: end + 3, clause),
               name(at: here, limit: clause.upperBound, strong: false)?.range == first.range {
                found.append(PersonMention(name: personName(first.range), nameRange: first.range, roles: [role],
                                           sentence: clause, evidence: .reported))
                p = end
                continue
            }
            // A reporting verb: the weakest evidence, so no ambiguous surname.
            // 万某当选为主席: an election names a person, whatever the surname.
            // (刘某作省政协常委会工作报告: 作 before the report it makes.)
            if let verb = words.reporting.longestMatch(in: bytes, at: end, end: clause.upperBound)?.range ?? reportAfter(end, limit: clause.upperBound),
               closesEnumeration(verb, after: first.range, clause),
               name(at: here, limit: clause.upperBound, strong: false)?.range == first.range
                || isElected(first.range, verb: verb) {
                // 甲等盟员获表彰: the group's member word, read as a list's role.
                let member = memberWordAfterEtc(end, clause)
                found.append(PersonMention(name: personName(first.range), nameRange: first.range,
                                           roles: member.map { [$0] } ?? affiliation(after: end, clause),
                                           sentence: clause, evidence: member == nil ? .reported : .list))
                p = end
            }
        }
    }

    static let titleOpeners = ["“", "《", "\""].map { Array($0.utf8) }
    static let bookTitle = Array("《".utf8)

    /// Whether 是 (E6 98 AF) or 为 (E4 B8 BA) stands at `at`: compared byte by byte, as this is tried after every name.
    func isCopula(at: Int) -> Bool {
        guard at + 3 <= bytes.count else { return false }
        let (a, b, c) = (bytes[at], bytes[at + 1], bytes[at + 2])
        return a == 0xE6 && b == 0x98 && c == 0xAF || a == 0xE4 && b == 0xB8 && c == 0xBA
    }

    /// The text from `from` to the next comma or the sentence's end when it is a role: it ends
    /// with a title or names a party (`市政协委员、某公司董事长`, `民盟盟员`).
    func roleToComma(from: Int, _ clause: Range<Int>) -> Range<Int>? {
        var end = nextComma(from: from, clause)?.lowerBound ?? clause.upperBound
        // (甲为支部主委;1958年…: a semicolon closes the role as a comma does.)
        if let semicolon = UTF8Scan.find([0x3B], in: bytes, from: from, to: end) { end = semicolon }
        if end >= from + 3, UTF8Scan.hasPrefix(Self.fullStop, in: bytes, at: end - 3) { end -= 3 }
        let role = UTF8Scan.trim(bytes, from..<end)
        return !role.isEmpty && han(role.lowerBound, role.upperBound) != nil && isRole(role) ? role : nil
    }

    /// `李某的“…”`, `张某的《…》` after `、`: a name, 的 and a quoted title, where the
    /// name is one with no context (no ambiguous surname, not a word or a place).
    func authorOfTitle(_ first: (range: Range<Int>, next: Range<Int>), end: Int, _ clause: Range<Int>) -> Bool {
        // 张某《关于…》、胡某《关于…》的提案: a proposal's title right after its author's name, opening the clause or after 、 or :;
        // also after the kind of proposal (孙某个人建议《关于…》).
        let kind = Self.ownProposals.first { UTF8Scan.hasPrefix($0, in: bytes, at: end) }?.count
        if first.next.isEmpty || kind != nil, UTF8Scan.hasPrefix(Self.bookTitle, in: bytes, at: end + (kind ?? 0)),
           first.range.lowerBound == clause.lowerBound || bytes[first.range.lowerBound - 1] == 0x3A
            || (first.range.lowerBound >= clause.lowerBound + 3 && UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: first.range.lowerBound - 3)),
           name(at: first.range.lowerBound, limit: clause.upperBound, strong: false)?.range == first.range {
            return true
        }
        guard first.next.count == Self.of.count, UTF8Scan.hasPrefix(Self.of, in: bytes, at: first.next.lowerBound),
              first.range.lowerBound >= clause.lowerBound + 3, UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: first.range.lowerBound - 3),
              Self.titleOpeners.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: first.next.upperBound) }),
              name(at: first.range.lowerBound, limit: clause.upperBound, strong: false)?.range == first.range
                || softAuthor(at: first.range.lowerBound, clause)?.range == first.range else { return false }
        return true
    }

    /// A proposal's kind between its author's name and its title (`个人建议《…》`).
    static let ownProposals = ["个人建议", "个人提案"].map { Array($0.utf8) }

    /// `、李可庄的“…”`: in a list of speeches after 、, a name with a soft last character (庄) before 的 and a title.
    func softAuthor(at p: Int, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        guard p >= clause.lowerBound + 3, UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: p - 3) else { return nil }
        let (ends, ambiguous) = candidates(at: p, limit: clause.upperBound, soft: true)
        guard !ends.isEmpty, !ambiguous else { return nil }
        let end = ends[0]
        guard UTF8Scan.hasPrefix(Self.of, in: bytes, at: end),
              Self.titleOpeners.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: end + Self.of.count) }),
              isPlausible(p..<end, listed: true) else { return nil }
        return (p..<end, end..<(end + Self.of.count))
    }

    /// `吴会停委员代表…`: an honorific right after the name says a name stands there, so a
    /// given character of `soft-given` is admitted as for a name after a title.
    func softBeforeHonorific(at p: Int, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        guard let found = name(at: p, limit: clause.upperBound, strong: true, soft: true, seated: true) ?? termGivenBeforeSeat(at: p, clause),
              seatAfter(found.range.upperBound, limit: clause.upperBound) != nil else { return nil }
        return found
    }

    /// `吴卫星委员提出`: an unambiguous surname whose two given characters are a lexicon term (卫星), a seat
    /// right after them. The seat says a name stands here, as a title before it does (`listed`).
    func termGivenBeforeSeat(at p: Int, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        // (The seat first, by its second byte before its words: this is asked wherever no other reading stood.)
        guard p + 12 <= clause.upperBound, Self.startsSeatWord(bytes[p + 10], bytes[p + 11]),
              let seat = seatAfter(p + 9, limit: clause.upperBound) else { return nil }
        let (ends, ambiguous) = candidates(at: p, limit: clause.upperBound)
        guard ends.count == 2, !ambiguous, ends[0] == p + 9 else { return nil }
        let i = terms.partitioningIndex { $0.upperBound > p + 3 }
        guard i < terms.count, terms[i] == (p + 3)..<(p + 9), isPlausible(p..<(p + 9), listed: true) else { return nil }
        return (p..<(p + 9), seat)
    }

    static let seats = ["委员", "常委", "代表", "同志"].map { Array($0.utf8) }
    /// Whether the last two bytes of a character are those of a seat word's first (委 A7 94, 常 B8 B8, 代 BB A3, 同 90 8C).
    @inline(__always)
    static func startsSeatWord(_ second: UInt8, _ third: UInt8) -> Bool {
        second == 0xA7 && third == 0x94 || second == 0xB8 && third == 0xB8 || second == 0xBB && third == 0xA3 || second == 0x90 && third == 0x8C
    }
    /// Every seat word's length in bytes (two characters).
    static let seatLength = 6

    /// Where every colon of the text stands, in order (one memchr pass).
    func colonStarts() -> [Int] {
        var starts: [Int] = []
        var at = 0
        while let found = UTF8Scan.find(Self.colon, in: bytes, from: at) { starts.append(found); at = found + 1 }
        return starts
    }

    /// Where a seat word starts anywhere in the text, in order: one search per word.
    func seatStarts() -> [Int] {
        var starts: [Int] = []
        for seat in Self.seats {
            var at = 0
            while let found = UTF8Scan.find(seat, in: bytes, from: at) { starts.append(found); at = found + seat.count }
        }
        return starts.sorted()
    }

    /// A seat or 同志 at `at` that ends there as a word: then punctuation, the end, or a word
    /// that follows names (委员代表…, 同志说), not more of a word (经济委员会).
    func seatAfter(_ at: Int, limit: Int) -> Range<Int>? {
        guard let seat = Self.seats.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }) else { return nil }
        let end = at + seat.count
        guard han(end, limit) == nil || words.followers.longestMatch(in: bytes, at: end, end: limit) != nil else { return nil }
        return at..<end
    }

    /// `歌唱家万某委员担任…`, `理事胡某委员捧着…`: inside a clause, after a word no list of titles holds, an
    /// unambiguous surname and one or two given characters closed by a seat (委员, 常委, 同志; not 委员会, 委员们)
    /// are a name where ICU's dictionary cuts a word just before the surname and reads no word across the
    /// name. ICU runs only where a seat stands right after a candidate.
    func seatedAfterWord(at p: Int, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        // Cheap tests first (this is asked at every character inside a clause with a seat): a seat two or three characters on.
        guard opensNameAfterWord(p, clause),
              seatAfter(p + 6, limit: clause.upperBound) != nil || seatAfter(p + 9, limit: clause.upperBound) != nil else { return nil }
        let (ends, ambiguous) = candidates(at: p, limit: clause.upperBound)
        guard !ends.isEmpty, !ambiguous else { return nil }
        for k in 0..<ends.count {
            let end = ends[k]
            guard let seat = seatAfter(end, limit: clause.upperBound), !UTF8Scan.hasPrefix(Self.plural, in: bytes, at: seat.upperBound),
                  isPlausible(p..<end) else { continue }
            return standsApart(p..<end, through: seat.upperBound, clause) ? (p..<end, seat) : nil
        }
        return nil
    }

    /// Whether a name read after any word may start at `p`: a surname, not right after a figure (600余名代表: a count).
    func opensNameAfterWord(_ p: Int, _ clause: Range<Int>) -> Bool {
        guard p > clause.lowerBound, !(0x30...0x39).contains(bytes[p - 1]), let first = han(p, clause.upperBound) else { return false }
        return words.surnames.contains(first)
    }

    /// Whether ICU's dictionary, over the text from a few characters before `name` to `end` (the word after it),
    /// cuts a word at both ends of the name and reads no word across it, nor the name as one word.
    func standsApart(_ name: Range<Int>, through end: Int, _ clause: Range<Int>) -> Bool {
        let window = max(clause.lowerBound, name.lowerBound - 12)..<min(clause.upperBound, end)
        guard let cuts = bytes.withUnsafeBufferPointer({ WordBreaker.boundaries($0, window) }) else { return false }
        return cuts.contains(name.lowerBound) && cuts.contains(name.upperBound) && !isOneWord(name)
    }

    /// The last characters of an office's or an institution's name, after which a name may stand (市委统战部甲会见…).
    static let employerEnds: Set<UInt32> = Set("办局府厅委部处室院校司所站馆".unicodeScalars.map(\.value))

    /// The office named just before `at`, back to the segment's start, when it ends as an office ends (`教体支部`,
    /// `市教育局`) and holds two characters or more: the employer or branch of the name at `at`.
    func employerBefore(_ at: Int, _ clause: Range<Int>, ends: Set<UInt32> = employerEnds) -> Range<Int>? {
        guard at >= clause.lowerBound + 6, let before = han(at - 3, at), ends.contains(before) else { return nil }
        var office = segmentStart(before: at, floor: clause.lowerBound)..<at
        // 听取了某管委会甲主任…: the verb's clause before the office is no part of it.
        if let done = UTF8Scan.findLast(Self.perfective, in: bytes, from: office.lowerBound, to: office.upperBound) {
            office = (done + Self.perfective.count)..<at
        }
        return office.count >= 6 ? office : nil
    }

    /// The office named just before a name that a title follows, ending as a signature's office ends (`officeEnds`):
    /// its branch (`教体支部甲老师`, `民盟某支社乙委员`), or an employer that names no party (`杭州湾新区管委会甲主任`:
    /// the title is the employer's, not the party's the news is about). An office of a party's own committee stays
    /// out (`盟省委政研室甲副主任`): the party reads the title alone.
    func officeBefore(_ at: Int, _ clause: Range<Int>) -> Range<Int>? {
        guard let office = employerBefore(at, clause, ends: Self.officeEnds) else { return nil }
        if Self.branchWordBytes.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, office) }) { return office }
        guard !Self.overlaps(parties, office), let first = han(office.lowerBound, office.upperBound),
              !Self.partyShortForms.contains(first) else { return nil }
        return office
    }

    static let branchWordBytes = SpeakerRoles.branchWords.map { Array($0.utf8) }

    /// The one-character forms a party's own news writes its committees with (盟市委, 社省委).
    static let partyShortForms: Set<UInt32> = Set(SpeakerRoles.shortPrefixes.flatMap { $0.prefix.unicodeScalars.map(\.value) })

    /// `公司老总王某某表示`: inside a clause, after a word no list holds, an unambiguous surname and two
    /// given characters before a reporting verb of two characters or more (表示, 指出) are a name where ICU's
    /// dictionary cuts words at both ends and reads no word across the name.
    /// `anyVerb`: any word a name may be followed by (`words.followers`: 会见, 介绍), not a reporting verb only.
    func reportedAfterWord(at p: Int, _ clause: Range<Int>, anyVerb: Bool = false) -> Range<Int>? {
        // Cheap tests first (this is asked at every character inside a clause): a verb three characters on.
        guard opensNameAfterWord(p, clause),
              let verb = anyVerb ? words.followers.longestMatch(in: bytes, at: p + 9, end: clause.upperBound)
                                 : words.reporting.longestMatch(in: bytes, at: p + 9, end: clause.upperBound),
              // (有限公司甲任常务副会长: 任 before a title takes the post as a verb of two characters would.)
              verb.range.count >= 6 || anyVerb && verb.range.count == 3 && UTF8Scan.hasPrefix(Self.takesPost, in: bytes, at: verb.range.lowerBound)
                && words.titles.longestMatch(in: bytes, at: verb.range.upperBound, end: clause.upperBound) != nil else { return nil }
        // (党史研究汇报: the character before ends a word with the surname, 党史.)
        if p >= 3, let before = han(p - 3, p), let first = han(p, clause.upperBound), words.wordEnds.contains(UInt64(before) << 32 | UInt64(first)) {
            return nil
        }
        let (ends, ambiguous) = candidates(at: p, limit: clause.upperBound)
        guard ends.count == 2, !ambiguous else { return nil }
        let end = ends[0]
        // Nor a surname and one character that ICU reads as a word (the name's first two characters).
        // 李荣灿还主持: a clinging last character (还, 也) after a surname before the reading: the name began there
        // (tested before ICU is asked).
        if let last = han(end - 3, clause.upperBound), words.clinging.contains(last),
           let before = han(p - 3, p), words.surnames.contains(before) { return nil }
        guard end == p + 9, isPlausible(p..<end), standsApart(p..<end, through: verb.range.upperBound, clause), !isOneWord(p..<(p + 6))
        else { return nil }
        return p..<end
    }

    /// `哈斯巴根委员`: `found` (what `transliterated(at:limit:beforeTitle: true)` read at a position) before an honorific.
    func transliteratedBeforeHonorific(_ found: (range: Range<Int>, next: Range<Int>)?, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        guard let found, words.honorifics.longestMatch(in: bytes, at: found.range.upperBound, end: clause.upperBound) != nil else { return nil }
        return found
    }

    /// `桑旦平措表示`, `桑旦平措在代表…发言时表示`: opening a clause, a name written in Han from another language of four
    /// characters or more, then a reporting verb, or 在 (the occasion) and what the person said later in the clause.
    func transliteratedBeforeReporting(_ found: (range: Range<Int>, next: Range<Int>)?, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        guard let found, found.range.count >= 12, found.range.upperBound < clause.upperBound else { return nil }
        // After 在, what the person said must follow in the clause (not `巴彦淖尔在…`, a place).
        let said = UTF8Scan.hasPrefix(Self.located, in: bytes, at: found.range.upperBound)
            && Self.saying.contains { UTF8Scan.find($0, in: bytes, from: found.range.upperBound, to: clause.upperBound) != nil }
        guard said || words.reporting.longestMatch(in: bytes, at: found.range.upperBound, end: clause.upperBound) != nil,
              isPlausible(found.range) else { return nil }
        // 特别加强对…: four characters that are two words of the dictionary are words, no name.
        let a = found.range.lowerBound
        if found.range.count == 12, isOneWord(a..<(a + 6)), isOneWord((a + 6)..<(a + 12)) { return nil }
        return found
    }
    static let saying = ["表示", "指出", "强调", "说"].map { Array($0.utf8) }

    /// `孙格、蔺某、王某当选为…`: a name with a soft given character (格, 法) opening a list, which
    /// `readList` must still close as one of persons.
    /// Not after a `、` (金山街道、宋庄、马桥组成: the list began with no name).
    func softOpeningList(at p: Int, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        guard p < clause.lowerBound + 3 || !UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: p - 3),
              let found = name(at: p, limit: clause.upperBound, strong: true, soft: true), found.next.isEmpty,
              UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: found.range.upperBound) else { return nil }
        return found
    }

    /// `黄任辉当选为主委`: opening a clause, a name with a soft given character (任, 会) right before a verb
    /// of taking a post (当选, 担任): the election says a name stands there.
    func softBeforePostVerb(at p: Int, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        guard [p + 6, p + 9].contains(where: { at in Self.postVerbs.contains { UTF8Scan.hasPrefix($0, in: bytes, at: at) } }),
              let found = name(at: p, limit: clause.upperBound, strong: false, soft: true),
              Self.postVerbs.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: found.range.upperBound) }) else { return nil }
        return found
    }

    /// The cheap test before `softBeforePostVerb` (asked at nearly every position): every verb of taking a post ends in
    /// 任 (E4 BB BB) or 选 (E9 80 89), which must stand three or four characters on.
    @inline(__always)
    func mayTakePost(_ p: Int, _ limit: Int) -> Bool {
        var at = p + 9
        while at <= p + 12 {
            if at + 3 <= limit {
                let a = bytes[at], b = bytes[at + 1], c = bytes[at + 2]
                if a == 0xE4 && b == 0xBB && c == 0xBB || a == 0xE9 && b == 0x80 && c == 0x89 { return true }
            }
            at += 3
        }
        return false
    }

    /// `主委刘卫星所作的工作报告`: after a title, a surname and two given characters that hold a lexicon
    /// term after the surname (卫星), closed by punctuation or a verb of two characters.
    func termAfterSurname(at p: Int, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        let end = p + 9
        guard end <= clause.upperBound, let first = han(p, clause.upperBound), words.surnames.contains(first), !words.ambiguousSurnames.contains(first),
              [p + 3, p + 6].allSatisfy({ han($0, clause.upperBound).map { mayBeGiven($0, soft: false) } == true }),
              Self.overlaps(terms, p..<end), isPlausible(p..<end, listed: true),
              closesName(at: end, limit: clause.upperBound) || listVerbOfTwoOrMore(at: end, limit: clause.upperBound) else { return nil }
        return (p..<end, end..<end)
    }

    /// `乌日汗 摄`: a name of no surname before a photo credit.
    func transliteratedBeforeCredit(_ found: (range: Range<Int>, next: Range<Int>)?, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        guard let found,
              creditAfter(found.range.upperBound, clause) != nil else { return nil }
        return found
    }

    /// `古丽巴哈尔等37人`: a name of no surname before 等 and a count of persons.
    func transliteratedBeforeCount(_ found: (range: Range<Int>, next: Range<Int>)?, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        guard let found, countedAfterEtc(found.range.upperBound, clause) != nil else { return nil }
        return found
    }

    /// `次仁多吉、白玛央金两位委员`: a name of no surname opening a list (which `readList` must still close).
    func transliteratedOpeningList(_ found: (range: Range<Int>, next: Range<Int>)?) -> (range: Range<Int>, next: Range<Int>)? {
        guard let found, found.next.isEmpty,
              UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: found.range.upperBound) else { return nil }
        return found
    }

    /// The credit after a name (` 摄`, `/摄影`) when it closes the clause or a bracket.
    func creditAfter(_ end: Int, _ clause: Range<Int>) -> Range<Int>? {
        var at = end
        while at < clause.upperBound, bytes[at] == 0x20 || bytes[at] == 0x2F { at += 1 }
        guard let credit = words.creditsAfter.longestMatch(in: bytes, at: at, end: clause.upperBound) else { return nil }
        let after = credit.range.upperBound
        guard after == clause.upperBound || bytes[after] == 0x29 || bytes[after] == 0x20 else { return nil }
        // 张三 文 is a credit only with the padding or slash before it; 张三摄 needs none.
        guard at > end || credit.range.count > 3 || UTF8Scan.hasPrefix(Self.shot, in: bytes, at: credit.range.lowerBound) else { return nil }
        return credit.range
    }

    /// `张三等出席`, `张三等同志`: 等 after a name reports a person only before a
    /// collective role, a verb, punctuation or figures (张小泉等老字号 is a brand). Any other verb reports.
    func closesEnumeration(_ verb: Range<Int>, after name: Range<Int>, _ clause: Range<Int>) -> Bool {
        guard verb.count == Self.etc.count, UTF8Scan.hasPrefix(Self.etc, in: bytes, at: verb.lowerBound) else { return true }
        let at = verb.upperBound
        // 经济、农林等25个界别: figures after 等 count things, unless what they count, up to 的 or punctuation, ends in persons
        // (王某等25个精品提案撰写人).
        if at < clause.upperBound, bytes[at] >= 0x30, bytes[at] <= 0x39 { return countsPersons(from: at, clause) }
        return han(at, clause.upperBound) == nil
            || words.collectives.longestMatch(in: bytes, at: at, end: clause.upperBound) != nil
            || words.listVerbs.longestMatch(in: bytes, at: at, end: clause.upperBound) != nil
            || words.honorifics.longestMatch(in: bytes, at: at, end: clause.upperBound) != nil
    }

    /// Whether the count at `at` (figures, a counter, a noun phrase up to 的 or punctuation) counts persons: a
    /// character for persons (人, 者, 员) stands in the phrase.
    func countsPersons(from at: Int, _ clause: Range<Int>) -> Bool {
        var i = at
        while i < clause.upperBound, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
        while let c = han(i, clause.upperBound), c != Self.ofScalar, i < at + 3 * 24 {
            if Self.personEnds.contains(c) { return true }
            i += 3
        }
        return false
    }
    static let personEnds: Set<UInt32> = Set("人者员".unicodeScalars.map(\.value))

    /// `荣昌:办理落到实处`: a headline's place before a colon, which the text names elsewhere with its level (荣昌区).
    func isPlaceNamedElsewhere(_ name: Range<Int>) -> Bool {
        let written = Array(bytes[name])
        var from = 0
        while let at = UTF8Scan.find(written, in: bytes, from: from) {
            let end = at + written.count
            if Self.placeLevels.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: end) }) { return true }
            from = end
        }
        return false
    }
    static let placeLevels = ["区", "县", "市", "镇", "乡", "州", "省", "旗"].map { Array($0.utf8) }

    /// `民革房山总支`: a place's short name before a party body's word (总支, 支部, 委员会), where the text names the
    /// place with its level elsewhere (房山区), is the place, no person.
    func namesABranchOfAPlace(_ name: Range<Int>) -> Bool {
        Self.branchBodies.contains { UTF8Scan.hasPrefix($0, in: bytes, at: name.upperBound) } && isPlaceNamedElsewhere(name)
    }
    static let branchBodies = SpeakerRoles.committeeWords.map { Array($0.utf8) } + branchWordBytes

    /// A name padded to three opening `clause`, then a space and its roles (`黄 艳 省政协常委`), read as `lineLead` reads one.
    func paddedLineLead(_ clause: Range<Int>) -> PersonMention? {
        let p = clause.lowerBound
        guard p + 4 < clause.upperBound, bytes[p + 3] == 0x20, let given = paddedGiven(at: p, limit: clause.upperBound, soft: false),
              given + 4 < clause.upperBound, bytes[given + 3] == 0x20 else { return nil }
        return lineLead(p..<(given + 3), clause)
    }

    /// A name opening a line, followed by its roles (after a comma or a space)
    /// or by a colon and a title (then the surname must be unambiguous).
    func lineLead(_ name: Range<Int>, _ clause: Range<Int>) -> PersonMention? {
        let mark = bytes[name.upperBound]
        var rest = UTF8Scan.trim(bytes, (name.upperBound + 1)..<clause.upperBound)
        // 张某,中共党员,某局局长。: after a comma, the full stop closing the line is no part of the roles.
        if mark == 0x2C, UTF8Scan.hasSuffix(Segmenter.fullStop, in: bytes, rest) { rest = rest.lowerBound..<(rest.upperBound - Segmenter.fullStop.count) }
        // (A speech under its speaker's name, after a colon, may run on at any length.)
        guard !rest.isEmpty, rest.count <= 180 || mark == 0x3A else { return nil }
        // 覃春燕,女,土家族,1979年生,农工党党员,…: a profile's first sentence is the person's roles.
        if mark == 0x2C, Self.sexes.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: rest.lowerBound) }),
           rest.lowerBound + 3 < rest.upperBound, bytes[rest.lowerBound + 3] == 0x2C {
            let end = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: rest.lowerBound, to: rest.upperBound) ?? rest.upperBound
            return PersonMention(name: personName(name), nameRange: name, roles: [rest.lowerBound..<end], sentence: clause, evidence: .bracketed)
        }
        if mark == 0x2C || mark == 0x20 {
            guard isRoleText(rest), !UTF8Scan.containsSentencePunctuation(bytes, rest) else { return nil }
            return PersonMention(name: personName(name), nameRange: name, roles: [rest], sentence: clause, evidence: .bracketed)
        }
        if mark == 0x3A, self.name(at: name.lowerBound, limit: clause.upperBound, strong: false)?.range == name, !isPlaceNamedElsewhere(name) {
            // 甲:全国政协委员,某党中央副主席,某大学副校长: a guest list's line gives the person's roles after the colon.
            let roles = rest.count <= 180 && isRoleText(rest) && !UTF8Scan.containsSentencePunctuation(bytes, rest) ? [rest] : []
            return PersonMention(name: personName(name), nameRange: name, roles: roles, sentence: clause, evidence: .heading)
        }
        return nil
    }

    /// Whether ICU's dictionary reads a word across `end` in the text from `start` (`小组` across `某某小|组成立`).
    func splitsWord(at end: Int, from start: Int, _ clause: Range<Int>) -> Bool {
        let window = start..<min(clause.upperBound, end + 9)
        guard end < window.upperBound, let cuts = bytes.withUnsafeBufferPointer({ WordBreaker.boundaries($0, window) }) else { return false }
        return !cuts.contains(end)
    }

    /// A name of a surname and one character that reads as something else: an ambiguous surname (向新, 对此),
    /// or a word ICU's dictionary keeps whole with what follows (`简史`, no cut between its characters).
    func isDoubtfulPair(_ pair: Range<Int>, _ clause: Range<Int>) -> Bool {
        guard let surname = han(pair.lowerBound, pair.upperBound) else { return false }
        if words.ambiguousSurnames.contains(surname) { return true }
        let window = pair.lowerBound..<min(clause.upperBound, pair.upperBound + 6)
        guard let cuts = bytes.withUnsafeBufferPointer({ WordBreaker.boundaries($0, window) }) else { return false }
        return !cuts.contains(pair.lowerBound + 3) && (cuts.contains(pair.upperBound) || pair.upperBound == window.upperBound)
    }

    /// Whether an honorific follows a name ending at `end` (`甲委员`, `乙同志`), not the first word of a body's
    /// name (`由文化委员会提交`, `大观总支`): a seat before 会 or the one-character 总 before another character is none.
    func honorificAfter(_ end: Int, _ clause: Range<Int>) -> Bool {
        guard let honorific = words.honorifics.longestMatch(in: bytes, at: end, end: clause.upperBound) else { return false }
        let after = honorific.range.upperBound
        if UTF8Scan.hasPrefix(Self.assembly, in: bytes, at: after) { return false }
        return honorific.range.count > 3 || han(after, clause.upperBound) == nil
    }

    static let assembly = Array("会".utf8)

    /// Whether a 、 stands two to twenty characters after `p` (an employer and a name before it), kept in `next`
    /// (searched up to `searchedTo`) for the positions after `p`.
    func enumerationAhead(of p: Int, _ clause: Range<Int>, next: inout Int?, searchedTo: inout Int) -> Bool {
        if let found = next, found < p + 6 { next = nil }
        if next == nil, searchedTo < clause.upperBound {
            next = UTF8Scan.find(Self.enumerationComma, in: bytes, from: max(p + 6, searchedTo), to: clause.upperBound)
            searchedTo = next.map { $0 + 3 } ?? clause.upperBound
        }
        guard let found = next else { return false }
        return found >= p + 12 && found - p <= 3 * Self.longestEmployedItem
    }
    /// An employer and its name, at most (`employed(from:)` walks sixteen characters before a name of four).
    static let longestEmployedItem = 20

    /// Whether a joining character (和, 与, 及) at `p` follows a closing title mark or quote (`》和`, `”与`).
    func joinsAfterClosing(_ p: Int) -> Bool {
        // Cheap test first (this runs at every clause-opening character): the joining character's last byte
        // (和 8C, 与 8E, 及 8A), then the mark's.
        guard p >= 3, p + 2 < bytes.count, bytes[p + 2] == 0x8C || bytes[p + 2] == 0x8E || bytes[p + 2] == 0x8A,
              Self.closingMarks.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: p - 3) }),
              let c = han(p, bytes.count) else { return false }
        return FederationPlace.joiners.contains(c)
    }
    static let closingMarks = ["》", "”", "」"].map { Array($0.utf8) }
    static let including = Array("包括".utf8)
    /// 由 as `han` reads it (U+7531).
    static let byCharacter: UInt32 = 0x7531
    /// Verbs of an honour given to persons (`甲、乙等3人被评为优秀委员`).
    static let honourVerbs = ["被评为", "被评选为", "获评", "荣获", "荣膺", "被授予"].map { Array($0.utf8) }

    /// The start of the clause, or after punctuation or a space (not after a digit: `45位优秀委员` counts).
    func isLeftBoundary(_ p: Int, _ clause: Range<Int>) -> Bool {
        if p == clause.lowerBound { return true }
        let b = bytes[p - 1]
        if b >= 0x30 && b <= 0x39 { return false }
        if b < 0x80 { return !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b | 0x20) }
        guard p >= 3 else { return false }
        // 1959年李某任支部主委, 12日张某出席: a date written in digits opens the clause's subject.
        // (年 E5 B9 B4, 日 E6 97 A5, compared by bytes: this runs at every character.)
        if p >= 4, bytes[p - 1] == 0xB4 || bytes[p - 1] == 0xA5, bytes[p - 4] >= 0x30 && bytes[p - 4] <= 0x39,
           bytes[p - 3] == 0xE5 && bytes[p - 2] == 0xB9 && bytes[p - 1] == 0xB4 || bytes[p - 3] == 0xE6 && bytes[p - 2] == 0x97 && bytes[p - 1] == 0xA5 {
            return true
        }
        return bytes[p - 3] & 0xC0 != 0x80 && han(p - 3, p) == nil && bytes[p - 3] >= 0xE0
    }

    static let sexes = ["男", "女"].map { Array($0.utf8) }
    static let etc = Array("等".utf8)
    static let of = Array("的".utf8)
    static let asWellAs = Array("以及".utf8)
    static let by = Array("由".utf8)
}
