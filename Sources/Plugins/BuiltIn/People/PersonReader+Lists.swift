/// Lists of names in running prose, closed by a count, 等, a collective role or a verb
/// (`李家华、吴余龙、姜志权三位常委现场提问`, `甲、乙等23名委员`, `甲、乙出席`).
extension PersonReader {
    static let counters = Set("一二三四五六七八九十两0123456789".unicodeScalars.map(\.value))
    static let countWords = ["位", "名"].map { Array($0.utf8) }
    /// After 等 a count of persons may also be in 人 (等97人当选), or a batch of them (等一批骨干会员).
    static let countWordsAfterEtc = ["位", "名", "人", "批"].map { Array($0.utf8) }
    /// 多, 余, 几 in a count (等多名会员, 等20余人, 等几位委员).
    static let approximately = Set("多余几".unicodeScalars.map(\.value))

    /// `中专支部王某、港闸区综合支部钱某分别作了经验交流`: a list whose every name follows its own employer (a run ending
    /// in a unit's last character, `employed(from:)`), two at least, closed by punctuation or a verb of the list; each
    /// name holds its employer as its role.
    func employedList(at p: Int, _ clause: Range<Int>) -> [PersonMention]? {
        guard let first = employed(from: p, clause) else { return nil }
        var items = [(employer: p..<first.range.lowerBound, name: first.range)]
        var end = first.range.upperBound
        while UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: end), let next = employed(from: end + 3, clause) {
            items.append((end + 3..<next.range.lowerBound, next.range))
            end = next.range.upperBound
        }
        guard items.count >= 2, closesName(at: end, limit: clause.upperBound) || listVerbOfTwoOrMore(at: end, limit: clause.upperBound)
        else { return nil }
        return items.map { PersonMention(name: personName($0.name), nameRange: $0.name, roles: [$0.employer], sentence: clause, evidence: .title) }
    }

    /// `甲、乙、丙,丁、戊等8位企业家委员`: a list that goes on past a comma, where what follows the comma is itself a list
    /// of names closed by 等 and a count of persons: where the next name starts, else nil.
    func listGoingOnPastComma(at: Int, _ clause: Range<Int>) -> Int? {
        guard at < clause.upperBound, bytes[at] == 0x2C,
              let next = name(at: at + 1, limit: clause.upperBound, strong: true, listed: true),
              UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: next.range.upperBound) else { return nil }
        var end = next.range.upperBound
        while UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: end),
              let more = name(at: end + 3, limit: clause.upperBound, strong: true, listed: true) {
            end = more.range.upperBound
        }
        return countedAfterEtc(end, clause) != nil ? at + 1 : nil
    }

    /// `来自阿根廷的甲、美国的乙、加拿大的丙等8名海外侨胞代表`: a list whose every name follows a short phrase
    /// closed by 的 (where the person comes from, what they do), three at least, closed by 等 and a count, punctuation
    /// or a verb of the list. The phrases say nothing of party; what the count calls the names is their role.
    func describedList(at p: Int, _ clause: Range<Int>) -> [PersonMention]? {
        guard let first = described(from: p, clause, longest: Self.longestFirstDescription) else { return nil }
        var names = [first]
        var end = first.upperBound
        while UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: end), let next = described(from: end + 3, clause, longest: Self.longestDescription) {
            names.append(next)
            end = next.upperBound
        }
        let counted = countedAfterEtc(end, clause)
        guard names.count >= 3, counted != nil || closesName(at: end, limit: clause.upperBound)
                || listVerbOfTwoOrMore(at: end, limit: clause.upperBound) else { return nil }
        // 等8名海外侨胞代表: what the count calls them is their role (等5名委员: a seat).
        let role = counted.flatMap { collectivePhrase(at: $0, clause) }
        return names.map { PersonMention(name: personName($0), nameRange: $0, roles: role.map { [$0] } ?? [], sentence: clause, evidence: .list) }
    }

    /// The most Han characters of a phrase before 的 in `describedList`; the first may open with more (另外来自…).
    static let longestDescription = 6
    static let longestFirstDescription = 10

    /// A phrase of one to `longest` Han characters from `start`, 的, and a sure name: the name.
    func described(from start: Int, _ clause: Range<Int>, longest: Int) -> Range<Int>? {
        var i = start
        var count = 0
        while count < longest, let c = han(i, clause.upperBound) {
            if c == Self.ofScalar { break }
            i += 3
            count += 1
        }
        guard count >= 1, UTF8Scan.hasPrefix(Self.of, in: bytes, at: i),
              let found = name(at: i + Self.of.count, limit: clause.upperBound, strong: true, listed: true) else { return nil }
        return found.range
    }

    static let ofScalar = UInt32(("的" as Unicode.Scalar).value)

    /// `李家华、吴余龙、姜志权三位常委现场提问`, `张三、李四等委员`, `张三、李四出席`:
    /// two or more names joined by `、`, then a count, 等, a collective role or a verb.
    func readList(from first: Range<Int>, _ clause: Range<Int>) -> [PersonMention]? {
        var names = [first]
        var at = skipRoleNote(skipNotes(first.upperBound, limit: clause.upperBound), clause)
        // 卢某(女)、郑某: a note of sex or people after a member says the list is of persons.
        var noted = at > first.upperBound
        while let joined = joiner(at: at, limit: clause.upperBound, spaces: false) ?? listGoingOnPastComma(at: at, clause) {
            // A name between names is a name, even one that is also a word (张三、海涛、李四).
            // 达哇卓玛、扎西拉仲、安旺扎美等14名委员: an item no reading takes, between 、 and what
            // goes on with the list, is one of it (the list must still close as one of persons).
            guard let next = name(at: joined, limit: clause.upperBound, strong: true, listed: true)
                    ?? transliterated(at: joined, limit: clause.upperBound, beforeTitle: true)
                    ?? (UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: at) ? itemInNamedList(at: joined, clause) : nil) else {
                // 张三和有关部门负责同志: a joining word before no name ends the list; so does a 、 the page's end cut off.
                if !UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: at) || joined >= clause.upperBound { break }
                return nil
            }
            names.append(next.range)
            at = skipNotes(next.range.upperBound, limit: clause.upperBound)
            if at > next.range.upperBound { noted = true }
            at = skipRoleNote(at, clause)
        }
        // 包括甲、乙(女,壮族)。: a noted last member takes the name before its 、 along.
        if names.count == 1, noted, let earlier = nameBefore(first.lowerBound, clause) { names.insert(earlier, at: 0) }
        guard names.count >= 2, at <= clause.upperBound else { return nil }
        // What closes the list: a count (三位, 3名), 等, then a collective role or a verb;
        // or 等 and then a count (等23名委员, 等97人, 等多名会员).
        var i = at
        var closedByEtc = false
        // 甲、乙和部分老同志, 甲、乙以及工会、妇联的领导: the collective after a joining word is others, whose roles are not the names'.
        var joinedOthers = false
        if UTF8Scan.hasPrefix(Self.etc, in: bytes, at: i) {
            i += Self.etc.count
            closedByEtc = true
        } else if names.count >= 3, let joined = words.joiners.longestMatch(in: bytes, at: i, end: clause.upperBound),
                  collectivePhrase(at: joined.range.upperBound, clause) != nil {
            // 甲、乙、丙和部分老同志在主席台就座: a joining word before a collective closes the list as 等 does.
            i = joined.range.upperBound
            closedByEtc = true
            joinedOthers = true
        }
        var count = countOfPersons(from: i, clause, afterEtc: closedByEtc)
        // 王某、叶某、江某3人当选为副会长: a count with no 等 that tallies the names closes the list as 等 does.
        if !closedByEtc, counted(i..<count.figuresEnd) == names.count, let tally = countOfPersons(from: i, clause, afterEtc: true).end {
            count = (count.figuresEnd, tally)
            closedByEtc = true
        }
        // Figures with no count word after them: no list of persons.
        if count.end == nil, count.figuresEnd > i { return nil }
        let counted = count.end != nil
        i = count.end ?? i
        if !closedByEtc, UTF8Scan.hasPrefix(Self.etc, in: bytes, at: i) { i += Self.etc.count; closedByEtc = true }
        var roles: [Range<Int>] = []
        if let collective = words.collectives.longestMatch(in: bytes, at: i, end: clause.upperBound) {
            // 三位常委、委员: the roles run on through the list; 8位企业家委员: a seat after a collective is the role's end.
            var end = collective.range.upperBound
            while true {
                if let seat = words.collectives.longestMatch(in: bytes, at: end, end: clause.upperBound) {
                    end = seat.range.upperBound
                } else if UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: end),
                          let more = words.collectives.longestMatch(in: bytes, at: end + 3, end: clause.upperBound) {
                    end = more.range.upperBound
                } else {
                    break
                }
            }
            roles = [collective.range.lowerBound..<end]
        } else if counted {
            // 3位市政协常委、委员: the count, then roles ending with collective words joined by 、.
            // (Not an honour after a verb: 甲、乙等3人被评为“年度优秀委员”.)
            let found = Self.honourVerbs.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: i) }) ? []
                : words.collectives.matches(in: bytes, range: i..<min(clause.upperBound, i + 60))
            if var end = found.first?.range.upperBound {
                for more in found.dropFirst() where more.range.lowerBound == end + 3 && UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: end) {
                    end = more.range.upperBound
                }
                roles = [i..<end]
            } else if !closedByEtc {
                // 3名 with no role after it: no list of persons (张三、李四3名 is rare; 甲、乙3个 never).
                return nil
            }
            // 等97人当选, 等多名会员接受采访: 等 and a count of persons close the list whatever follows.
        } else if closedByEtc, let phrase = collectivePhrase(at: i, clause) {
            // 甲、乙、丙等市四套班子领导在…就座: 等 before a noun phrase ending in a collective
            // role; a member doubtful alone (an ambiguous surname) costs only itself.
            let sure = names.filter { isSureMember($0, clause) }
            guard sure.count >= 2 else { return nil }
            // 郑某、关耀东、梁某等市四套班子领导: among sure names, a full name (surname and two
            // given characters) that is no ordinary word is a person too.
            // (A doubtful member between two kept ones, sure or full names, is one of them: `于万军、高巍、陈福茂`.)
            let kept = names.filter { sure.contains($0) || ($0.count == 9 && isPlausible($0)) }
            names = names.enumerated().filter { k, name in
                kept.contains(name) || isBetweenSure(k, names, kept)
            }.map(\.element)
            roles = joinedOthers ? [] : [phrase]
        } else if closedByEtc, han(i, clause.upperBound) != nil,
                  words.listVerbs.longestMatch(in: bytes, at: i, end: clause.upperBound) == nil,
                  // (甲、乙等也作了交流发言: an adverb before the verb closes the list as the verb does.)
                  !listVerbAfterAdverb(at: i, clause) {
            // 曾某、余某等侨领: 等 before a noun the lists lack closes a list of unambiguous
            // surnames with two given characters (唐代、宋代等朝代 is no list of persons), none
            // a place (许昌、周口等地), that no other item opens (马应龙药业、王老吉、张小泉等老字号
            // lists brands). Four names or more, two in three full and all plain, may hold a few of two characters
            // (`甲、乙、丙某、丁等为大会…`).
            guard names.count >= 4 && mostlyFullPlainNames(names, clause) || names.allSatisfy({ $0.count >= 9 && name(at: $0.lowerBound, limit: clause.upperBound, strong: false)?.range == $0 }),
                  names[0].lowerBound < clause.lowerBound + 3 || !UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: names[0].lowerBound - 3)
                    || nameBefore(names[0].lowerBound, clause) != nil
            else { return nil }
        } else {
            // No role: a verb of taking part must close the list, or punctuation a list of three
            // names or more; and every surname must be unambiguous (向北、向东与…区联动 is no
            // list of persons, nor are 唐山、许昌、周口).
            // A note after a member (卢某(女)、郑某。) or 等 and punctuation closes a list of two.
            // 甲、乙、丙为省侨联副主席: 为 and a post that punctuation closes name the members' post.
            let post = postAfterAs(at: i, clause)
            if let post { roles = [post] }
            let closedByVerb = post != nil || words.listVerbs.longestMatch(in: bytes, at: i, end: clause.upperBound) != nil
                || listVerbAfterAdverb(at: i, clause) || listVerbAfterTitledName(at: i, clause) || names.count >= 3 && joinedTitledName(at: i, clause)
            let closedByPunctuation = (names.count >= 3 || noted || closedByEtc) && (i == at || closedByEtc) && han(i, clause.upperBound) == nil
            // 为荣退的严某跃、马某华、卢某琦颁发了证书: three full names or more, each of an unambiguous surname
            // and no place nor word, are persons whatever verb follows.
            // (Five names or more: a few of two characters among them, each plain too: `甲、乙某、丙、丁、戊、…`.)
            // (Not inside quotes, a topic's words: `“古文物、古民居、古建筑的开发与保护”`.)
            let fullNames = names.count >= 3 && names.allSatisfy { $0.count == 9 && isPlainName($0, clause) } && !isQuoted(names[0].lowerBound, clause)
                || names.count >= 5 && mostlyFullPlainNames(names, clause)
            guard closedByVerb || closedByPunctuation || fullNames else { return nil }
            // Every surname unambiguous, unless a note says the list is of persons (`甲、乙(蒙古族)当选为…`).
            let sure = names.filter { isSureMember($0, clause) }
            // (`他们分别是:甲、乙、丙…。`: a list a colon opens and punctuation closes is of persons as one a verb closes.)
            let afterColon = names[0].lowerBound > clause.lowerBound && bytes[names[0].lowerBound - 1] == 0x3A
            if !noted, sure.count < names.count {
                // 冯某某、米某某、马某某当选为副主席: a verb of taking part and a majority of sure
                // names make the list one of persons; a doubtful member must still be a full name
                // (surname and two given characters) that is no ordinary word (向北、向东 never pass).
                // A list of two: one sure name and a full name beside it (江某平、李某中获评…).
                guard closedByVerb || closedByPunctuation && afterColon, sure.count >= 2 || names.count == 2 && sure.count == 1,
                      sure.count * 2 >= names.count else { return nil }
                // So is a surname and one given character that ICU's dictionary reads as no word (于鹏、印萍分别代表…;
                // not 向东).
                names = names.enumerated().filter { k, name in
                    sure.contains(name) || (name.count == 9 && isPlausible(name))
                        || isBetweenSure(k, names, sure) || isListedFullName(name, listOf: names.count)
                        || (name.count == 6 && isPlausible(name) && !isOneWord(name))
                        || transliterated(at: name.lowerBound, limit: clause.upperBound, beforeTitle: true)?.range == name
                }.map(\.element)
            }
        }
        // 同意宫志远、欧阳晓丽、赫连春生3名同志…: a name joined by 、 to the list's first is one of it,
        // whatever word stands before it.
        while let earlier = nameBefore(names[0].lowerBound, clause) { names.insert(earlier, at: 0) }
        // 某支社的甲、乙、丙等为…: the office or branch before 的 that opens the list is each member's (as one name's).
        if roles.isEmpty, names[0].lowerBound >= clause.lowerBound + 9, UTF8Scan.hasPrefix(Self.of, in: bytes, at: names[0].lowerBound - 3),
           let office = employerBefore(names[0].lowerBound - 3, clause, ends: Self.officeEnds), office.count >= 12 {
            roles = [office]
        }
        return names.map {
            PersonMention(name: personName($0), nameRange: $0, roles: roles, sentence: clause, evidence: .list)
        }
    }

    /// `民盟矿大委员会甲、民进矿大支部乙等人参加了培训`, `民进某省委组织处丙、丁,…列席`: a democratic party's
    /// committee, branch or section (a party named, then an office's end within a few characters) and right
    /// after it sure names with no title, which a list goes on or closes after; the office is their role.
    /// Called only where the clause names a party (`firstParty`, the first party name in it).
    func readAfterPartyOffices(_ clause: Range<Int>, firstParty: Int, into found: inout [PersonMention]) {
        var i = firstParty
        while i < parties.count, parties[i].upperBound <= clause.upperBound {
            let party = parties[i]
            i += 1
            var at = party.upperBound
            var office: Int?
            while at + 3 <= clause.upperBound, at - party.upperBound <= 3 * Self.longestPartyOffice, let c = han(at, clause.upperBound) {
                at += 3
                // Cheap test first: the character ends one of the offices (会 部 社 支 委 处 室).
                if Self.partyOfficeLastCharacters.contains(c), Self.partyOfficeEnds.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, party.upperBound..<at) }),
                   let first = name(at: at, limit: clause.upperBound, strong: true, listed: true), isNamedAfterOffice(first.range, clause),
                   closesPartyOfficeName(first.range.upperBound, clause) {
                    office = at
                    break
                }
            }
            guard let office else { continue }
            var nameStart = office
            while let person = name(at: nameStart, limit: clause.upperBound, strong: true, listed: true), isNamedAfterOffice(person.range, clause),
                  !Self.overlaps(parties, person.range), closesPartyOfficeName(person.range.upperBound, clause) {
                found.append(PersonMention(name: personName(person.range), nameRange: person.range, roles: [party.lowerBound..<office],
                                           sentence: clause, evidence: .list))
                guard UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: person.range.upperBound) else { break }
                nameStart = person.range.upperBound + Self.enumerationComma.count
            }
        }
    }

    /// The last characters of a party's body or its section before a name (委员会, 支部, 组织处).
    static let partyOfficeEnds = ["委员会", "委会", "支部", "支社", "总支", "基层委", "处", "室"].map { Array($0.utf8) }
    static let longestPartyOffice = 10
    /// Their last characters (会 部 社 支 委 处 室), tested before the endings themselves.
    static let partyOfficeLastCharacters: Set<UInt32> = Set(partyOfficeEnds.compactMap { String(decoding: $0, as: UTF8.self).unicodeScalars.last?.value })

    /// A name after a party's office: a sure one, or one no ordinary word (`民革某支部华钢`: 华 is a word too).
    /// A name of two characters that reads as something else (`isDoubtfulPair`) must go on with a list
    /// (`民盟市委会向新当选的支部委员`, `九三学社某市委会简史` name no one).
    func isNamedAfterOffice(_ range: Range<Int>, _ clause: Range<Int>) -> Bool {
        guard isSureMember(range, clause) || isPlausible(range) && !words.isOrdinary(scalars(range)) else { return false }
        return range.count != 6 || UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: range.upperBound) || !isDoubtfulPair(range, clause)
    }

    /// What may follow a name listed after its office: 、, a comma, 等, or a verb of the list.
    func closesPartyOfficeName(_ end: Int, _ clause: Range<Int>) -> Bool {
        end >= clause.upperBound || bytes[end] == 0x2C || UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: end)
            || UTF8Scan.hasPrefix(Self.etc, in: bytes, at: end) || words.listVerbs.longestMatch(in: bytes, at: end, end: clause.upperBound) != nil
    }

    /// `看望慰问了甲,乙,丙,丁等老领导、老社员`: three names or more parted by commas (a full-width comma folded),
    /// closed by 等 and a collective role or a count of persons. Each must be a sure name (`isSureMember`), three of
    /// them of three characters: commas part clauses too, so the list must say it is one of persons.
    func commaList(from first: Range<Int>, _ clause: Range<Int>) -> [PersonMention]? {
        var names = [first]
        var at = first.upperBound
        while at < clause.upperBound, bytes[at] == 0x2C, let next = name(at: at + 1, limit: clause.upperBound, strong: true, listed: true) {
            names.append(next.range)
            at = next.range.upperBound
        }
        guard names.count >= 3, UTF8Scan.hasPrefix(Self.etc, in: bytes, at: at), names.filter({ $0.count == 9 }).count >= 3,
              names.allSatisfy({ $0.count >= 6 && isPlainName($0, clause) })
        else { return nil }
        let after = at + Self.etc.count
        let role = collectivePhrase(at: after, clause) ?? words.collectives.longestMatch(in: bytes, at: after, end: clause.upperBound)?.range
        guard role != nil || countOfPersons(from: after, clause, afterEtc: true).end != nil else { return nil }
        return names.map { PersonMention(name: personName($0), nameRange: $0, roles: [], sentence: clause, evidence: .list) }
    }

    /// A list's member that says by itself it is a person's name: a sure one (`isSureMember`), no city's name nor an ordinary word.
    func isPlainName(_ range: Range<Int>, _ clause: Range<Int>) -> Bool {
        isSureMember(range, clause) && !isCityName(range) && !words.isOrdinary(scalars(range))
    }

    /// A member of a list that is a name on its own: an unambiguous surname and given characters
    /// (soft ones too, 蔺格, 王法旭: the list says names stand here), or such a name padded (`邵 敏`).
    func isSureMember(_ range: Range<Int>, _ clause: Range<Int>) -> Bool {
        name(at: range.lowerBound, limit: clause.upperBound, strong: false, soft: true)?.range == range || isPaddedUnambiguous(range)
    }

    /// `为省侨联副主席。`: 为 at `at`, then up to sixteen Han characters ending in a title before
    /// punctuation; the range after 为 (the post), or nil.
    func postAfterAs(at: Int, _ clause: Range<Int>) -> Range<Int>? {
        guard UTF8Scan.hasPrefix(Self.appointedAs, in: bytes, at: at) else { return nil }
        let start = at + Self.appointedAs.count
        var i = start
        var count = 0
        while count < 16, han(i, clause.upperBound) != nil {
            if let title = words.titles.longestMatch(in: bytes, at: i, end: clause.upperBound), han(title.range.upperBound, clause.upperBound) == nil {
                return start..<title.range.upperBound
            }
            i += 3
            count += 1
        }
        return nil
    }

    /// `张某、向兵、冉某`: a doubtful member (an ambiguous surname and one given character) between
    /// two sure names (or, after 等 and a collective, two kept full names) is one of them, unless it is an ordinary word.
    func isBetweenSure(_ k: Int, _ names: [Range<Int>], _ sure: [Range<Int>]) -> Bool {
        k > 0 && k + 1 < names.count && sure.contains(names[k - 1]) && sure.contains(names[k + 1]) && isPlausible(names[k])
    }

    /// `甲、乙、丙、韩国武等在主席台上就座`: in a list of four names or more that a verb closes, three characters whose
    /// first is a surname of the table are a name though the first two are a word (韩国), unless the three are one too.
    func isListedFullName(_ range: Range<Int>, listOf count: Int) -> Bool {
        guard count >= 4, range.count == 9, let first = han(range.lowerBound, range.upperBound), words.surnames.contains(first) else { return false }
        return isPlausible(range, listed: true) && !words.isOrdinary(scalars(range))
    }

    /// `邵 敏`: a name padded to three whose surname is unambiguous, as sure as an unpadded one.
    func isPaddedUnambiguous(_ range: Range<Int>) -> Bool {
        guard range.count > 6, bytes[range.lowerBound + 3] == 0x20, let first = han(range.lowerBound, range.upperBound) else { return false }
        return !words.ambiguousSurnames.contains(first)
    }

    /// `等市四套班子领导`, `等全国、市、区政协委员`: a run of up to twelve Han characters (and 、
    /// between them) from `at` ending in a collective role (领导, 委员, 同志) before punctuation or a
    /// following word; its range.
    func collectivePhrase(at: Int, _ clause: Range<Int>) -> Range<Int>? {
        var i = at
        var count = 0
        while count < 12, han(i, clause.upperBound) != nil {
            if let c = words.collectives.longestMatch(in: bytes, at: i, end: clause.upperBound) {
                let end = c.range.upperBound
                if let next = han(end, clause.upperBound) {
                    if words.followers.longestMatch(in: bytes, at: end, end: clause.upperBound) != nil || words.clinging.contains(next) { return at..<end }
                } else {
                    return at..<end
                }
            }
            i += 3
            count += 1
            // 等全国、市、区政协委员: levels joined by 、 inside the phrase.
            if count < 12, UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: i), han(i + 3, clause.upperBound) != nil { i += 3 }
        }
        return nil
    }

    /// `等26人`, `等多名`: 等 and a count of persons at `at`; where the count ends.
    func countedAfterEtc(_ at: Int, _ clause: Range<Int>) -> Int? {
        guard UTF8Scan.hasPrefix(Self.etc, in: bytes, at: at) else { return nil }
        return countOfPersons(from: at + Self.etc.count, clause, afterEtc: true).end
    }

    /// `甲等28位盟员`, `乙等会员`: the member word after one name's 等 (and a count) says the
    /// group's party, so it is kept as the group's role; other collectives (等委员) say nothing of one member.
    func memberWordAfterEtc(_ at: Int, _ clause: Range<Int>) -> Range<Int>? {
        guard UTF8Scan.hasPrefix(Self.etc, in: bytes, at: at) else { return nil }
        let start = at + Self.etc.count
        let i = countOfPersons(from: start, clause, afterEtc: true).end ?? start
        if let word = words.collectives.longestMatch(in: bytes, at: i, end: clause.upperBound),
           Self.memberWords.contains(where: { $0 == Array(bytes[word.range]) }) {
            return start..<word.range.upperBound
        }
        // 甲等民进界别市政协委员: a collective of the seats a party's sector holds says the group's party too.
        guard let phrase = collectivePhrase(at: i, clause), Self.overlaps(parties, phrase) else { return nil }
        return start..<phrase.upperBound
    }

    /// The number the figures in `range` write (`14`, `十四`), if they are one.
    func counted(_ range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        let text = String(decoding: bytes[range], as: UTF8.self)
        return Int(text) ?? ChineseNumeral.value(text)
    }

    /// The words a party calls its members by.
    static let memberWords = ["盟员", "会员", "社员", "党员"].map { Array($0.utf8) }

    /// A count of persons from `start` (`三位`, `3名`; after 等 also `97人`, `多名`, `20余人`):
    /// where its figures end, and where its count word ends (nil when none follows them).
    func countOfPersons(from start: Int, _ clause: Range<Int>, afterEtc: Bool) -> (figuresEnd: Int, end: Int?) {
        var i = start
        while i < clause.upperBound, let c = han(i, clause.upperBound) ?? (bytes[i] < 0x80 ? UInt32(bytes[i]) : nil),
              Self.counters.contains(c) || ((afterEtc || i > start) && Self.approximately.contains(c)) {
            i += bytes[i] < 0x80 ? 1 : 3
        }
        guard i > start, let word = (afterEtc ? Self.countWordsAfterEtc : Self.countWords).first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: i) })
        else { return (i, nil) }
        return (i, i + word.count)
    }

    /// The name ending just before a `、` that ends just before `at` (three characters, else two).
    func nameBefore(_ at: Int, _ clause: Range<Int>) -> Range<Int>? {
        guard at >= clause.lowerBound + 9, UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: at - 3) else { return nil }
        var end = at - 3
        // 卢某(女)、: a note between the name and the 、 (`skipNotes` read forwards).
        if bytes[end - 1] == 0x29, let open = (max(clause.lowerBound, end - 40)..<end).last(where: { bytes[$0] == 0x28 }),
           skipNotes(open, limit: end) == end {
            end = open
        }
        for count in [3, 2] where end - 3 * count >= clause.lowerBound {
            let start = end - 3 * count
            // 副主席覃丽、: the first of three characters ends a title.
            if count == 3, titleEnds(at: start + 3, floor: clause.lowerBound) { continue }
            // 主席由向东、: a word that is also a rare surname (由, 以) before a common one opens no name.
            if count == 3, let first = han(start, end), words.openers.contains(first), !words.commonSurnames.contains(first),
               let second = han(start + 3, end), words.commonSurnames.contains(second) { continue }
            if let found = name(at: start, limit: end + 3, strong: true, listed: true), found.range.upperBound == end { return found.range }
        }
        return nil
    }

    /// `专委会甲、乙副主任`: the names joined by 、 before `name` (read with its honorific), not yet found, which share
    /// its `roles`. (Out of line: `readLeftBounded` stays small enough for its seat test to be inlined.)
    @inline(never)
    func namesSharingHonorific(before name: Range<Int>, roles: [Range<Int>], _ clause: Range<Int>, found: [PersonMention]) -> [PersonMention] {
        var earlier = name
        var before: [PersonMention] = []
        while let name = nameBefore(earlier.lowerBound, clause), !found.contains(where: { $0.nameRange.overlaps(name) }) {
            before.insert(PersonMention(name: personName(name), nameRange: name, roles: roles, sentence: clause, evidence: .honorific), at: 0)
            earlier = name
        }
        return before
    }

    /// `市领导甲、布小林、云光中、乙出席`: inside a title's list, an item of two or three Han
    /// characters between `、` that no reading of names takes (a rare or word-like surname) is a
    /// name where the list says one stands: the item after it is another (a name, or an item of
    /// the same shape), or it closes the list before 等, punctuation or a verb of the list of two
    /// characters or more. No title opens it, and no ordinary word or lexicon term is one.
    /// `first`: the list's first item, which needs a name after it and an item after that.
    func itemInNamedList(at p: Int, _ clause: Range<Int>, first: Bool = false) -> (range: Range<Int>, next: Range<Int>)? {
        guard let end = listItemEnd(at: p, clause) else { return nil }
        let after = end + Self.enumerationComma.count
        if UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: end) {
            guard let next = name(at: after, limit: clause.upperBound, strong: true, listed: true) else {
                return !first && listItemEnd(at: after, clause) != nil ? (p..<end, end..<end) : nil
            }
            guard first else { return (p..<end, end..<end) }
            let third = skipNotes(next.range.upperBound, limit: clause.upperBound)
            guard UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: third),
                  name(at: third + 3, limit: clause.upperBound, strong: true, listed: true) != nil || listItemEnd(at: third + 3, clause) != nil
            else { return nil }
            return (p..<end, end..<end)
        }
        return first ? nil : (p..<end, end..<end)
    }

    /// Where a list item of two to four Han characters at `p` ends (before `、`, or before what
    /// closes a list), when it can be a name at all; the longest tried first. An item of four
    /// (达哇才仁, 安旺扎美) must be spelled from another language: three of its characters or more
    /// of the transliteration list.
    /// `李從正`, `王从军` between 、: a name of three characters whose surname is a common one may hold a
    /// character that opens no name elsewhere (从, 为) as its last two; the surname never.
    private func mayHoldFunctionCharacter(_ p: Int, _ k: Int, _ count: Int) -> Bool {
        count == 3 && k > 0 && han(p, p + 3).map(words.commonSurnames.contains) == true
    }

    private func listItemEnd(at p: Int, _ clause: Range<Int>) -> Int? {
        guard words.titles.longestMatch(in: bytes, at: p, end: clause.upperBound) == nil else { return nil }
        for count in [4, 3, 2] {
            let end = p + 3 * count
            guard end < clause.upperBound,
                  count < 4 || (0..<count).filter({ han(p + 3 * $0, clause.upperBound).map(words.transliteration.contains) == true }).count >= 3,
                  (0..<count).allSatisfy({ k in han(p + 3 * k, clause.upperBound).map { !Self.neverGiven.contains($0) || mayHoldFunctionCharacter(p, k, count) } ?? false }),
                  words.titles.longestMatch(in: bytes, at: p + 3, end: clause.upperBound) == nil,
                  UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: end) || bytes[end] == 0x2C
                    || UTF8Scan.hasPrefix(Self.etc, in: bytes, at: end) || UTF8Scan.hasPrefix(Self.fullStop, in: bytes, at: end)
                    || listVerbOfTwoOrMore(at: end, limit: clause.upperBound)
                    // 耿健、羌薇(女)当选为…: a note of sex or people after the item.
                    || skipNotes(end, limit: clause.upperBound) > end,
                  isPlausible(p..<end) else { continue }
            return end
        }
        return nil
    }

    /// `骨干党员甲(召陵区政协委员)、乙、丙前往…`: a member's post in brackets, closed by a title, before the list's
    /// next `、` is the member's note (read with the member's roles elsewhere); the list goes on after it.
    func skipRoleNote(_ at: Int, _ clause: Range<Int>) -> Int {
        guard at < clause.upperBound, bytes[at] == 0x28,
              let close = UTF8Scan.find([0x29], in: bytes, from: at, to: min(clause.upperBound, at + Self.longestRoleNote)),
              UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: close + 1),
              (1...6).contains(where: { k in
                  close - 3 * k > at && words.titles.longestMatch(in: bytes, at: close - 3 * k, end: close)?.range.upperBound == close
              }) else { return at }
        return close + 1
    }
    /// The longest bracket of a post after a listed name, in bytes (some 20 characters).
    static let longestRoleNote = 64

    /// Adverbs a verb of taking part may carry after a list (`甲、乙也在主席台就座`, `丙、丁一同出席`).
    static let listAdverbs = ["也", "还", "均", "都", "亦", "一同", "一起", "同时", "共同"].map { Array($0.utf8) }

    /// `甲、乙、丙,市政协秘书长丁在主席台就座`: a list closed by a comma, after which one more person, titled,
    /// closes the clause with a verb of the list, which is the list's verb too.
    @inline(never)
    func listVerbAfterTitledName(at: Int, _ clause: Range<Int>) -> Bool {
        guard at < clause.upperBound, bytes[at] == 0x2C else { return false }
        let limit = min(clause.upperBound, at + 1 + Self.longestTitledPart)
        var p = at + 1
        while p < limit, bytes[p] != 0x2C, bytes[p] != 0x3B, !UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: p) {
            if words.listVerbs.longestMatch(in: bytes, at: p, end: clause.upperBound) != nil {
                // The person right before the verb, two to four characters, a title right before the name.
                return [6, 9, 12].contains { length in
                    let start = p - length
                    return start > at && name(at: start, limit: p, strong: true)?.range.upperBound == p
                        && (1...6).contains { k in
                            start - 3 * k > at && words.titles.longestMatch(in: bytes, at: start - 3 * k, end: start)?.range.upperBound == start
                        }
                }
            }
            p += 1
        }
        return false
    }
    /// How far after the comma the titled person's verb may stand, in bytes (`市政协党组成员、秘书长某某某在主席台就座`).
    static let longestTitledPart = 3 * 24

    /// Whether two in three of `names` at least are full names of three characters, the rest of two, all plain.
    func mostlyFullPlainNames(_ names: [Range<Int>], _ clause: Range<Int>) -> Bool {
        names.filter({ $0.count == 9 }).count * 3 >= names.count * 2
            && names.allSatisfy { ($0.count == 9 || $0.count == 6) && isPlainName($0, clause) }
    }

    /// Whether `at` stands inside quotes opened earlier in the clause (a `“` with no `”` after it before `at`).
    func isQuoted(_ at: Int, _ clause: Range<Int>) -> Bool {
        guard let open = UTF8Scan.findLast(Self.openingQuote, in: bytes, from: clause.lowerBound, to: at) else { return false }
        return UTF8Scan.find(Self.closingQuote, in: bytes, from: open, to: at) == nil
    }

    /// `甲、乙、丙和全国政协原副主席丁…出席`: a joining word after the list, then another person, titled (a title
    /// within `longestJoinedTitle` characters, a name right after it): the list is of persons as that one is.
    @inline(never)
    func joinedTitledName(at: Int, _ clause: Range<Int>) -> Bool {
        guard let joined = words.joiners.longestMatch(in: bytes, at: at, end: clause.upperBound) else { return false }
        var p = joined.range.upperBound
        let limit = min(clause.upperBound, p + 3 * Self.longestJoinedTitle)
        while p < limit, han(p, clause.upperBound) != nil {
            if let title = words.titles.longestMatch(in: bytes, at: p, end: clause.upperBound),
               name(at: title.range.upperBound, limit: clause.upperBound, strong: true) != nil {
                return true
            }
            p += 3
        }
        return false
    }
    static let longestJoinedTitle = 12

    /// Whether an adverb at `at` and a verb of taking part after it close a list of names.
    func listVerbAfterAdverb(at: Int, _ clause: Range<Int>) -> Bool {
        guard let adverb = Self.listAdverbs.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }) else { return false }
        return words.listVerbs.longestMatch(in: bytes, at: at + adverb.count, end: clause.upperBound) != nil
    }
}
