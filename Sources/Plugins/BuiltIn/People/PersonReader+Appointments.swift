/// Appointments and elections in running prose: the names after a verb of appointment
/// (`会议补选甲(男,汉族)为…`, `任命甲、乙为…`, `免去丙的…职务`) and the later clauses of an
/// election (`选举甲为主席,乙为专职副主席,丙、丁为副主席`).
extension PersonReader {
    /// `会议补选杨立军(男,汉族)为自治区政协常委`, `任命张三、李四为…`: names after a
    /// verb of appointment, each followed by 为, 、, a joining word or notes.
    func readAppointed(_ clause: Range<Int>, verbs: [Range<Int>], into found: inout [PersonMention]) {
        for verb in verbs {
            var at = verb.upperBound
            // The clauses after one verb's names end where the next verb starts (`…任命甲为秘书长。会议还选举产生了…,乙为主任`).
            let reach = clause.lowerBound..<(verbs.first { $0.lowerBound >= verb.upperBound && $0.lowerBound > verb.lowerBound }?.lowerBound ?? clause.upperBound)
            // 选举产生了新一届领导班子,甲为主委,乙、丙为副主委: the body elected, then each comma's names and post.
            if UTF8Scan.hasPrefix(Self.produced, in: bytes, at: at), name(at: at, limit: clause.upperBound, strong: true, listed: true) == nil,
               !namesAppointedAt(producedEnd(at), clause) {
                // 选举产生了民革某市委员会监督委员会,甲为主任: the body a party's or federation's name opens is its officers' role.
                var from = at
                let bodyStart = producedEnd(at)
                let body = nextComma(from: at, clause).map { bodyStart..<max(bodyStart, $0.lowerBound) }
                let roles = body.flatMap { Self.overlaps(parties, $0) ? [$0] : nil } ?? []
                while let comma = nextComma(from: from, clause),
                      let closed = readAppointedContinuation(comma.upperBound..<clause.upperBound, sentence: clause, roles: roles, into: &found) {
                    from = closed
                }
                continue
            }
            // 选举产生了甲为主委、乙为副主委的第一届支部委员会: the names right after 产生, each with its post.
            if UTF8Scan.hasPrefix(Self.produced, in: bytes, at: at) { at = producedEnd(at) }
            while let person = appointedTransliteration(at: at, clause) ?? name(at: at, limit: clause.upperBound, strong: true, listed: true) {
                var end = skipNotes(person.range.upperBound, limit: clause.upperBound)
                // 增选顾建伟(民进)为…: a bracket of roles after the name is the person's.
                var roles: [Range<Int>] = []
                if end == person.range.upperBound, let inside = affiliation(after: end, clause).first, isRoleText(inside) {
                    roles = [inside]
                    end = inside.upperBound + 1
                }
                let next = joiner(at: end, limit: clause.upperBound, spaces: false)
                // 为 the post given, 的 the post taken away (免去张三的县商务局局长职务), 因 the reason (同意张三因…辞去),
        // 等 the count of those elected with the first (选举甲等23人为常委).
                guard next != nil || Self.appointmentEnds.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: end) })
                        || end > person.range.upperBound else { break }
                found.append(PersonMention(name: personName(person.range), nameRange: person.range, roles: roles,
                                           sentence: clause, evidence: .title))
                guard let next else {
                    // 选举甲为主席,乙为副主席兼秘书长,丙、丁为副主席: each comma may open more (after 任 too).
                    if postFollows(at: end) {
                        var from = end
                        // 甲为主委、乙为副主委: a 、 after a post may open the next names too; one that opens none
                        // parts posts (乙为副主席、秘书长), and the search goes on to the next comma.
                        while let separator = nextSeparator(from: from, reach) {
                            if let closed = readAppointedContinuation(separator.upperBound..<clause.upperBound, sentence: clause, into: &found) {
                                from = closed
                            } else if UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: separator.lowerBound) {
                                from = separator.upperBound
                            } else {
                                break
                            }
                        }
                    }
                    break
                }
                at = next
            }
        }
    }

    /// `…的民盟某支部委员会;以甲为主委,乙为副主委的…`: after a semicolon, 以 opens the next body elected by its head, as
    /// `选举产生了以` opens the first (`PersonWords` appointments).
    /// (Inlined: it runs for every clause.)
    @inline(__always) func electedBodyAfterSemicolon(_ clause: Range<Int>) -> Range<Int>? {
        guard clause.lowerBound > 0, bytes[clause.lowerBound - 1] == 0x3B, UTF8Scan.hasPrefix(Self.byMeans, in: bytes, at: clause.lowerBound)
        else { return nil }
        return clause.lowerBound..<(clause.lowerBound + Self.byMeans.count)
    }
    static let byMeans = Array("以".utf8)

    /// `商定支委分工:甲为主委,乙为副主委,丙、丁为委员`: a colon opening a division of posts, names each
    /// followed by 为 and a post, comma after comma (two at least), read as an appointment's names.
    /// A sentence may open such a division itself, after the election it follows
    /// (`…选举产生新一届委员会。甲为主任委员,乙、丙为副主任委员,丁为秘书长。`): an empty range at its start.
    func divisionColons(_ clause: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = opensDivision(at: clause.lowerBound, clause) ? [clause.lowerBound..<clause.lowerBound] : []
        var at = clause.lowerBound
        while let colon = UTF8Scan.find([0x3A], in: bytes, from: at, to: clause.upperBound) {
            at = colon + 1
            if opensDivision(at: colon + 1, clause) { result.append(colon..<(colon + 1)) }
        }
        return result
    }

    /// Whether a name followed by 为 (or 任: `分工安排:甲任支部主委,乙任组织委员`) stands at `at`, and another after
    /// the next comma.
    func opensDivision(at: Int, _ clause: Range<Int>) -> Bool {
        // Cheap test first (this runs at every clause): a 为 after `at`, or a 任 where a name's end may stand (two to four
        // characters on), and a comma after it. (One bounded search: comparing at each possible end cost 1.3M
        // instructions more on 100 documents.)
        guard let appointed = UTF8Scan.find(Self.appointedAs, in: bytes, from: at, to: clause.upperBound)
                ?? UTF8Scan.find(Self.takesPost, in: bytes, from: at + 6, to: min(clause.upperBound, at + 12 + Self.takesPost.count)),
              nextComma(from: appointed, clause) != nil,
              let person = name(at: at, limit: clause.upperBound, strong: true, listed: true),
              postFollows(at: person.range.upperBound),
              let comma = nextComma(from: person.range.upperBound, clause) else { return false }
        // 乙、丙为副主任委员: the second post may go to a list.
        var next = comma.upperBound
        while let second = name(at: next, limit: clause.upperBound, strong: true, listed: true) {
            if postFollows(at: second.range.upperBound) { return true }
            guard let joined = joiner(at: second.range.upperBound, limit: clause.upperBound, spaces: false) else { return false }
            next = joined
        }
        return false
    }

    /// Whether the post given (为) or taken (任) follows a name ending at `at`.
    func postFollows(at: Int) -> Bool {
        UTF8Scan.hasPrefix(Self.appointedAs, in: bytes, at: at) || UTF8Scan.hasPrefix(Self.takesPost, in: bytes, at: at)
    }

    /// The next comma (ASCII or full-width) in `clause` from `from`.
    func nextComma(from: Int, _ clause: Range<Int>) -> Range<Int>? {
        // By memchr: an ASCII comma or a full-width one, whichever comes first.
        let ascii = UTF8Scan.find(Self.asciiComma, in: bytes, from: from, to: clause.upperBound)
        let full = UTF8Scan.find(Self.fullWidthComma, in: bytes, from: from, to: ascii ?? clause.upperBound)
        if let full { return full..<(full + 3) }
        return ascii.map { $0..<($0 + 1) }
    }
    static let asciiComma: [UInt8] = [0x2C]

    /// The next comma or 、 after `from` in `clause`, whichever comes first.
    func nextSeparator(from: Int, _ clause: Range<Int>) -> Range<Int>? {
        let comma = nextComma(from: from, clause)
        guard let mark = UTF8Scan.find(Self.enumerationComma, in: bytes, from: from, to: comma?.lowerBound ?? clause.upperBound) else { return comma }
        return mark..<(mark + Self.enumerationComma.count)
    }

    /// Where the names after `产生` (at `at`) start: past 了.
    func producedEnd(_ at: Int) -> Int {
        let end = at + Self.produced.count
        return UTF8Scan.hasPrefix(Self.completed, in: bytes, at: end) ? end + Self.completed.count : end
    }

    /// Whether a name stands at `at` with 为 and its post right after it (`徐某为主委`).
    func namesAppointedAt(_ at: Int, _ clause: Range<Int>) -> Bool {
        guard let person = name(at: at, limit: clause.upperBound, strong: true, listed: true) else { return false }
        return UTF8Scan.hasPrefix(Self.appointedAs, in: bytes, at: skipNotes(person.range.upperBound, limit: clause.upperBound))
    }

    /// The part of an appointing clause after a comma past the verb's names: names, then 为 and a post
    /// (`乙为专职副主席`, `丙、丁为副主席`, `乙任副主委`); nothing unless the names end at 为 or 任.
    /// Returns where the names end (at 为), or nil when the clause holds no such names.
    func readAppointedContinuation(_ clause: Range<Int>, sentence: Range<Int>, roles: [Range<Int>] = [], into found: inout [PersonMention]) -> Int? {
        var at = clause.lowerBound
        var names: [PersonMention] = []
        while let person = name(at: at, limit: clause.upperBound, strong: true, listed: true) {
            var end = skipNotes(person.range.upperBound, limit: clause.upperBound)
            names.append(PersonMention(name: personName(person.range), nameRange: person.range, roles: roles,
                                       sentence: sentence, evidence: .title))
            // 丙等为副主委: the first of those elected to the post, then 为.
            if UTF8Scan.hasPrefix(Self.etc, in: bytes, at: end), UTF8Scan.hasPrefix(Self.appointedAs, in: bytes, at: end + Self.etc.count) {
                end += Self.etc.count
            }
            // 乙任副主委: the post taken, as after 为.
            if postFollows(at: end) {
                found += names
                return end
            }
            guard let next = joiner(at: end, limit: clause.upperBound, spaces: false) else { return nil }
            at = next
        }
        return nil
    }

    /// `补选公保扎西为…主席`, `接受多杰热旦辞去…`: a name written in Han from another language right after the verb, the
    /// post's 为 (or another word `appointmentEnds` holds) after it (a surname of the table opening it, 公保 is no
    /// name of two characters).
    func appointedTransliteration(at p: Int, _ clause: Range<Int>) -> (range: Range<Int>, next: Range<Int>)? {
        guard let found = transliterated(at: p, limit: clause.upperBound),
              Self.appointmentEnds.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: found.range.upperBound) }) else { return nil }
        return found
    }

    static let fullWidthComma = Array("，".utf8)
    /// 选举产生: the election names the body first, its officers after.
    static let produced = Array("产生".utf8)
    static let completed = Array("了".utf8)
    static let appointedAs = Array("为".utf8)
    static let takesPost = Array("任".utf8)
    static let appointmentEnds = ["为", "的", "因", "辞去", "同志", "先生", "女士", "担任", "任", "等"].map { Array($0.utf8) }
}
