import Graph

/// Writes the persons `PersonReader` finds in any document: a Person node
/// (with its `roles` as written and the sentence as a source),
/// `(Document)-[:MENTIONS {roles, participant, evidence, date}]->(Person)`,
/// and what the roles say: SERVES_ON, MEMBER_OF (party or sector, 中共 from
/// party posts), WORKS_AT, read by the same `SpeakerRoles` as speaker lines.
///
/// Speaker lines and speaker sentences are read by `SpeechExtractor` first;
/// where it already wrote a person's roles from the same words, they are not
/// written twice.
struct ProsePersonExtractor: Extractor {
    var id: String { "people-prose" }

    let words: PersonWords

    func extract(from document: SourceDocument, context: ExtractionContext, into graph: inout PropertyGraph) throws {
        let index = LexiconIndex.shared(for: context)
        let prepared = PreparedDocument.shared(for: document, index: index)
        var terms: [Range<Int>] = []
        var parties: [Range<Int>] = []
        for hit in prepared.hits {
            switch index.entries[hit.entry].label {
            case "Party": parties.append(hit.range); terms.append(hit.range)
            case "District", "Agency", "Organization", "Industry": terms.append(hit.range)
            default: break
            }
        }
        // 民盟山大副主委: a university's short name is no person.
        let partyEnds = Set(parties.map(\.upperBound))
        var mentions = read(prepared, terms: terms, parties: parties, sectorNotes: SectorNotes.stems(in: index)).filter {
            !UniversityShortName.isShortName($0, in: prepared.text.bytes, partyEnds: partyEnds) && !namesAPlaceAfterThem($0, in: prepared.text.bytes)
                && !isPlaceName($0)
        }
        guard !mentions.isEmpty else { return }
        mentions = Self.completedNames(pastJoinedNames(mentions, bytes: prepared.text.bytes), bytes: prepared.text.bytes)
        let roles = SpeakerRoles.of(prepared, index: index)
        let context = PartyContext(bytes: prepared.text.bytes, hits: prepared.hits, index: index)
        var nameEnds: [Int: Int] = [:], nameStarts: [Int: Int] = [:], chainEnds: [Int: Int] = [:]
        var byEnd: [Int: Int] = [:]
        for (n, mention) in mentions.enumerated() {
            nameEnds[mention.nameRange.lowerBound] = mention.nameRange.upperBound
            // Where a name with its roles before it starts (`某院士丙`), for lists of such names (`PartyContext.electedListEnd`).
            if let first = mention.roles.first, first.lowerBound < mention.nameRange.lowerBound { chainEnds[first.lowerBound] = mention.nameRange.upperBound }
            nameStarts[mention.nameRange.upperBound] = mention.nameRange.lowerBound
            if !mention.roles.isEmpty, byEnd[mention.nameRange.upperBound] == nil { byEnd[mention.nameRange.upperBound] = n }
        }
        try FactWriter.write(document, prepared.text, city: prepared.city, into: &graph) { writer in
            let documentNode = try writer.documentNode()
            let date: Value = writer.document.date.map(Value.calendarDate) ?? .null
            // A person named again with the same roles and evidence says nothing new.
            // Keys are bytes: hashing a Chinese `String` normalizes it first.
            var written: Set<[UInt8]> = []
            let bytes = prepared.text.bytes
            // 省政协副主席张三 in a city's document is the province's 张三, and so is
            // 张三 where the document names him again without roles (张三指出).
            let texts = mentions.map { $0.roles.map(prepared.text.string) }
            // Those the document names by a CPPCC seat or post (省政协副主席甲): a sector's discussion they join
            // (甲在参加民革界别讨论时说, a sentence of its own) is their group's. Most documents report no discussion.
            let cppccSeated = UTF8Scan.find(PartyContext.discussion, in: bytes, from: 0) == nil
                || !PartyContext.groupDiscussions.contains(where: { UTF8Scan.find($0, in: bytes, from: 0) != nil }) ? []
                : Set(zip(mentions, texts).filter { $0.1.contains { $0.containsText(Self.cppcc) } }.map(\.0.name))
            var groupsJoined: [String: [String]] = [:]
            // Each mention's roles with the body it shares with the name before it (`sharedEmployer`).
            var sharedRoles: [Int: String] = [:]
            let places = texts.map { PersonPlace.of(roles: $0, city: prepared.city, province: prepared.province) }
            // 江苏省政协党组成员、秘书长黄继鹏 … 黄继鹏秘书长: a bare title after a name that the name's roles elsewhere
            // end in, after a body, repeats that post; it is no bare office for the document's party.
            // Only the names some mention gives a bare title alone are looked up (by bytes: most documents have none).
            var bareTitled: Set<String> = []
            for (mention, roleTexts) in zip(mentions, texts) where roleTexts.count == 1
                && Self.repeatedTitles.contains(where: { $0.utf8.count == roleTexts[0].utf8.count && roleTexts[0].utf8.elementsEqual($0.utf8) }) {
                bareTitled.insert(mention.name)
            }
            var fullTitles: [String: Set<String>] = [:]
            if !bareTitled.isEmpty {
                for (mention, roleTexts) in zip(mentions, texts) where bareTitled.contains(mention.name) {
                    for text in roleTexts {
                        for title in Self.repeatedTitles where text.hasUTF8Suffix(title) && text.utf8.count > title.utf8.count {
                            fullTitles[mention.name, default: []].insert(title)
                        }
                    }
                }
            }
            var provincial: [String: String] = [:]
            for (mention, place) in zip(mentions, places) where place != nil && place != prepared.city && provincial[mention.name] == nil {
                provincial[mention.name] = place
            }
            var seats = SeatMembers()
            // Those a seat follows (`甲委员`), whatever their other roles: members of a group the document reports.
            var seated: [(NodeID, Range<Int>)] = [], headed: [(NodeID, Range<Int>)] = [], listed: [(NodeID, Range<Int>)] = []
            // Those named by a job outside the state who give their views (佛教协会会长甲表示): in a sector's group, its members.
            var speakingWorkers: [(NodeID, Range<Int>)] = []
            // Those named with no role and given no post after the name.
            var namedAlone: [(NodeID, Range<Int>)] = []
            var writers: Set<NodeID> = [], takingPart: Set<NodeID> = []
            // Per sentence, where the last name whose own roles name a democratic party ends.
            var partyStated: [Int: Int] = [:]
            var biographies: [String: [String]] = [:]
            // Most documents hold no profile's verb at all: then no name's occurrences are searched.
            let mayHaveBiographies = context.mayHaveBiographies
            // Most documents quote no one saying 我是 or 作为: then no speaker's words are read.
            let mayHaveOwnWords = PartyContext.selfWords.contains { UTF8Scan.find($0, in: bytes, from: 0) != nil }
            // The person each mention was written as (none for a mention that said nothing new).
            var personOf: [Int: NodeID] = [:]
            for (n, (mention, place)) in zip(mentions, places).enumerated() {
                var key = Array(bytes[mention.nameRange])
                key += mention.evidence.rawValue.utf8
                for r in mention.roles { key.append(0); key += bytes[r] }
                // 甲、乙当选为副主席 … 甲、乙分别为民盟某市委主委和…: a later mention with the same roles
                // may still say more after the name.
                // 吴某副主席代表市农工党所作的发言: what the text says after an honorific written after the name.
                // (Not 代表 itself: 甲代表区妇联 is read from the name's end.)
                let honorific = mention.roles.first {
                    $0.lowerBound == mention.nameRange.upperBound && $0.count <= Self.longestHonorific && !UTF8Scan.hasPrefix(Self.onBehalf, in: bytes, at: $0.lowerBound)
                }
                var phrases = context.phrasesAfter(honorific?.upperBound ?? mention.nameRange.upperBound, limit: mention.sentence.upperBound,
                                                   nameEnds: nameEnds, chainEnds: chainEnds)
                // 甲出生于…,现任…: a profile's sentence elsewhere that the name opens (read once a name).
                if mayHaveBiographies {
                    if biographies[mention.name] == nil { biographies[mention.name] = context.biographyPosts(named: mention.nameRange, nameEnds: nameEnds) }
                    phrases += biographies[mention.name]!.filter { !phrases.contains($0) }
                }
                if cppccSeated.contains(mention.name) {
                    if groupsJoined[mention.name] == nil { groupsJoined[mention.name] = context.groupsJoined(named: mention.nameRange) }
                    phrases += groupsJoined[mention.name]!.filter { !phrases.contains($0) }
                }
                // “我是来自工商联界别的政协委员…”甲说: the speaker's own words, where the roles say no party or sector.
                if mayHaveOwnWords, phrases.isEmpty {
                    phrases += context.ownWords(of: mention.nameRange, rolesStart: mention.roles.first.map { min($0.lowerBound, mention.nameRange.lowerBound) } ?? mention.nameRange.lowerBound,
                                                limit: mention.sentence.upperBound)
                }
                for phrase in phrases { key.append(1); key += phrase.utf8 }
                guard written.insert(key).inserted else { continue }
                let named = mention.roles.isEmpty && mention.isParticipant ? provincial[mention.name] ?? place : place
                // The name just before this one's roles, if any (mentions are in the order the readers found them).
                // (统战部常务副部长甲,副部长乙: after a comma too, for a bare title of the same ladder.)
                let before = mention.roles.first.flatMap { byEnd[$0.lowerBound - Self.enumerationComma.count] ?? byEnd[$0.lowerBound - 1] }
                // (The name before may have shared the body of the one before it: 民进某市委副秘书长甲、组织处处长乙、办公室主任丙.)
                let shared = before.flatMap { sharedEmployer(mention, texts[n], after: mentions[$0], sharedRoles[$0].map { [$0] } ?? texts[$0], bytes: bytes, roles: roles) }
                    ?? bodyBeforeName(mention, texts[n], bytes: bytes, roles: roles, context: context)
                    ?? deputyAfterHead(mention, texts[n], mentions: mentions, texts: texts, roles: roles)
                if let shared { sharedRoles[n] = shared }
                let repeatsTitle = !fullTitles.isEmpty && texts[n].count == 1 && fullTitles[mention.name]?.contains(texts[n][0]) == true
                var (person, seen) = try write(mention, roleTexts: texts[n], sharedRole: shared, repeatsTitle: repeatsTitle, document: documentNode, date: date, place: named,
                                               roles: roles, context: context, phrasesAfter: phrases, nameStarts: nameStarts, nameEnds: nameEnds,
                                               writer: &writer)
                // 市各民主党派、工商联负责人甲 at a party's congress: the heads of many bodies are its guests, not its members.
                if texts[n].contains(where: SpeakerRoles.namesManyParties) { seen = .other }
                // 民盟某支部委员、区政协委员甲,区政协常委乙、丙: the sentence says whose party it is; a later
                // group named by seats alone, after a comma, is not stated to be the host party's.
                // (Its seats written before the names: 乙满票当选为委员 is a clause of its own.)
                // 主委甲,副主委乙、丙,委员丁、戊出席: a bare 委员 after the party's officers is its committee's seat.
                if case .seat = seen, let stated = partyStated[mention.sentence.lowerBound], let first = mention.roles.first,
                   first.upperBound <= mention.nameRange.lowerBound, stated <= first.lowerBound,
                   UTF8Scan.find([0x2C], in: bytes, from: stated, to: first.lowerBound) != nil,
                   !Self.bareCommitteeSeats.contains(Array(bytes[first])),
                   !Self.ourBody.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: first.lowerBound) }) {
                    seen = .other
                }
                if mention.roles.contains(where: { namesDemocraticParty($0, prepared: prepared, index: index) }) {
                    partyStated[mention.sentence.lowerBound] = mention.nameRange.upperBound
                }
                personOf[n] = person
                seats.note(person, seen)
                if let seat = Self.bareCommitteeSeats.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: mention.nameRange.upperBound) }),
                   !UTF8Scan.hasPrefix(Self.committee, in: bytes, at: mention.nameRange.upperBound) {
                    seated.append((person, mention.nameRange.upperBound..<(mention.nameRange.upperBound + seat.count)))
                } else if mention.evidence == .heading, mention.roles.isEmpty {
                    // 甲:…: a speaker heading the words of a digest, in a party's own news or a report of one group its member.
                    headed.append((person, mention.nameRange))
                } else if case .nothing = seen, mention.isParticipant, !words.wellKnown.contains(mention.name) {
                    // 委员们…甲、乙、丙等先后发言: named with no role at all, in a report of one group its member.
                    listed.append((person, mention.nameRange))
                    // 甲提交的提案获评优秀提案 in a party's own news; not 乙任某学会主任委员, 丙任顾问: a post of another body.
                    // (A post cut off with the page, 为副, is no word of one.)
                    // (学习了甲、乙同志先进事迹: models whose deeds were studied, no members named.)
                    if !phrases.contains(where: { $0.count >= 2 }), !Self.namesModel(mention, bytes: bytes) { namedAlone.append((person, mention.nameRange)) }
                }
                if case .job(let span) = seen, context.givesViews(after: mention.nameRange.upperBound) { speakingWorkers.append((person, span)) }
                switch seen {
                case .byline(let newly, let labeled): if newly && !labeled { writers.insert(person) }
                case .seat, .other, .job: takingPart.insert(person)
                case .nothing: break
                }
            }
            // 来自太原民进的省人大代表甲,省政协委员乙,…丙参加了…: the party a list opens with is each listed person's.
            for (claim, span, members) in Self.listsFromAParty(mentions, bytes: bytes, roles: roles) {
                for n in members {
                    guard let person = personOf[n], !hasMembership(person, writer: writer) else { continue }
                    try roles.write([claim], for: person, date: date, at: span, writer: &writer)
                }
            }
            // …主持。(paragraph) 甲: a name alone closing the page, of one who takes part with a role, is no writer's
            // signature; one a credit's label names (作者:甲, 签发人:甲) wrote the page, whatever part he also took.
            for person in writers.intersection(takingPart) {
                try writer.graph.setProperty("reporter", to: .null, on: person)
            }
            // 市人大代表甲、市政协委员乙 in a party's own news: its members, named by their seats;
            // so are those a list names as attending (出席会议的有甲、乙), and likewise at a federation's own meeting.
            if let claim = hostClaim(context, roles: roles) {
                // 工商联界别委员 in the group's news: the sector's seats, whether written 界别委员 or 委员甲 (a seat for the federation).
                // In a party's own news, so are those it names with no role at all (甲个人建议《…》获评, 乙、丙被授予…).
                let untitled = context.hostParty == nil ? [] : namedAlone.filter { seats.isUntitled($0.0) }
                // 秀洲区民族宗教界政协委员热议…: in the report of a sector's group, those who speak from their jobs.
                let workers = context.hostParty == nil && context.headlineSector != nil ? speakingWorkers : []
                // The page never says those named with no role are members: the link is inferred, and says so.
                let unstated = Set(untitled.map(\.0))
                for (person, span) in seats.members + headed + untitled + workers where !hasMembership(person, writer: writer) {
                    try roles.write([claim], for: person, date: date, at: span,
                                    inferred: unstated.contains(person) ? Self.namedInHostNews : nil, writer: &writer)
                }
            } else if let group = context.openingGroup(),
                      case .member(let party, let level, _, let surface)? = roles.membership(group) ?? roles.placedMembership(group) {
                // 今天,全国政协妇联小组讨论会…。…甲委员说: with no host, the members of the one group the whole report is about;
                // so are those named by seats alone (委员甲、乙等, 丙、丁等5名委员).
                let claim = SpeakerRoles.Claim.member(party: party, level: level, role: SeatMembers.role, surface: surface)
                for (person, span) in seated + seats.members + headed + listed.filter({ seats.isUntitled($0.0) }) + speakingWorkers
                where !hasMembership(person, writer: writer) {
                    try roles.write([claim], for: person, date: date, at: span, writer: &writer)
                }
            }
        }
    }

    /// `来自太原民进的省人大代表甲,省政协委员、某集团董事长乙,…`: a list whose first roles open with
    /// 来自 and a party or federation (up to 的) names that body's members, each with roles of their own;
    /// the list runs on while the next name's roles start right after the last name and a `,` or `、`.
    /// Each list: the body's claim, the phrase's span, and the indices of the mentions after the first.
    static func listsFromAParty(_ mentions: [PersonMention], bytes: [UInt8], roles: SpeakerRoles)
        -> [(claim: SpeakerRoles.Claim, span: Range<Int>, members: [Int])] {
        // Cheap test: most documents write no 来自…的 before a name.
        guard mentions.contains(where: { $0.roles.first.map { UTF8Scan.hasPrefix(comesFrom, in: bytes, at: $0.lowerBound) } == true }) else { return [] }
        func start(_ m: PersonMention) -> Int { min(m.roles.first?.lowerBound ?? m.nameRange.lowerBound, m.nameRange.lowerBound) }
        var byStart: [Int: Int] = [:]
        for (n, m) in mentions.enumerated() where byStart[start(m)] == nil { byStart[start(m)] = n }
        var lists: [(claim: SpeakerRoles.Claim, span: Range<Int>, members: [Int])] = []
        for m in mentions {
            guard let first = m.roles.first, first.upperBound <= m.nameRange.lowerBound,
                  UTF8Scan.hasPrefix(comesFrom, in: bytes, at: first.lowerBound),
                  let of = UTF8Scan.find(PersonReader.of, in: bytes, from: first.lowerBound + comesFrom.count, to: first.upperBound),
                  of - first.lowerBound <= 3 * 14 else { continue }
            let body = String(decoding: bytes[(first.lowerBound + comesFrom.count)..<of], as: UTF8.self)
            guard let claim = roles.membership(body) ?? roles.placedMembership(body), case .member = claim else { continue }
            var members: [Int] = []
            var end = m.nameRange.upperBound
            while end < m.sentence.upperBound {
                let separator = bytes[end] == 0x2C ? 1 : UTF8Scan.hasPrefix(enumerationComma, in: bytes, at: end) ? enumerationComma.count : 0
                guard separator > 0, let next = byStart[end + separator], mentions[next].sentence == m.sentence else { break }
                members.append(next)
                end = mentions[next].nameRange.upperBound
            }
            if !members.isEmpty { lists.append((claim, first.lowerBound..<(of + PersonReader.of.count), members)) }
        }
        return lists
    }
    static let comesFrom = Array(SpeakerRoles.comesFrom.utf8)

    /// `参观了某某同志纪念馆`, `某某故居`: a name opening the name of a place or a body called after the person
    /// (`PersonWords.doctrines`, written after 同志 or 先生 too) is no mention of the person.
    func namesAPlaceAfterThem(_ mention: PersonMention, in bytes: [UInt8]) -> Bool {
        guard mention.isParticipant else { return false }
        var at = mention.nameRange.upperBound
        if let address = Self.addressWords.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }) { at += address.count }
        return words.doctrines.longestMatch(in: bytes, at: at, end: min(bytes.count, at + 30)) != nil
    }
    static let addressWords = SeatMembers.address.map { Array($0.utf8) }

    /// `分别代表马鞍山、芜湖、铜陵四市`: a name read where a city's or a province's name stands is the place,
    /// unless an honorific or a byline goes with it (黄山委员, 记者 金华).
    func isPlaceName(_ mention: PersonMention) -> Bool {
        guard mention.evidence != .honorific, mention.evidence != .byline else { return false }
        // The table itself, not `isProvince`, which takes any name when the table could not be read.
        return DocumentCity.isCity(mention.name) || DocumentCity.provinces.names.contains(mention.name)
    }

    /// The mentions `PersonReader` finds, read past the noise between a list's items (`SeparatorRuns`).
    func read(_ prepared: PreparedDocument, terms: [Range<Int>], parties: [Range<Int>], sectorNotes: Set<[UInt32]>) -> [PersonMention] {
        guard let runs = SeparatorRuns.collapsed(prepared.text.bytes) else {
            return PersonReader(bytes: prepared.text.bytes, words: words, terms: terms, parties: parties, lines: prepared.lines,
                                sectorNotes: sectorNotes).mentions()
        }
        let reader = PersonReader(bytes: runs.bytes, words: words, terms: terms.map(runs.collapsed), parties: parties.map(runs.collapsed),
                                  lines: prepared.lines.map(runs.collapsed), sectorNotes: sectorNotes)
        return reader.mentions().map(runs.original)
    }

    /// Bare titles a name may repeat from its full post (`黄继鹏秘书长` after `省政协秘书长黄继鹏`).
    static let repeatedTitles = SpeakerRoles.committeeSecretaries + SpeakerRoles.chairOffices + SpeakerRoles.partyOffices

    /// Writes one mention of a person keyed to `place` (`PersonPlace`); `roleTexts` are its roles' text.
    /// A bare office takes its party from `context`; what follows the name
    /// (`当选为…`, `代表…`) may state a membership too; `sharedRole` is the
    /// role a bare title means with the employer of the name before it (`sharedEmployer`).
    /// Returns the person and what the mention says of a seat (`SeatMembers.Seen`).
    @discardableResult
    func write(
        _ mention: PersonMention, roleTexts: [String], sharedRole: String? = nil, repeatsTitle: Bool = false, document: NodeID, date: Value, place: String?, roles: SpeakerRoles,
        context: PartyContext, phrasesAfter: [String], nameStarts: [Int: Int] = [:], nameEnds: [Int: Int] = [:], writer: inout FactWriter
    ) throws -> (NodeID, SeatMembers.Seen) {
        var mention = mention, roleTexts = roleTexts
        // 甲代表基层委发言: the 代表 after the name speaks for a body; it is no deputy's seat.
        if roleTexts == [SeatMembers.deputy], let role = mention.roles.first, role.lowerBound == mention.nameRange.upperBound,
           context.speaksForBody(at: role.lowerBound, limit: mention.sentence.upperBound) {
            mention.roles = []
            roleTexts = []
        }
        let person = try writer.person(mention.name, place: place, at: mention.nameRange)
        if writer.graph.nodes[person.rawValue].sources.count < FactWriter.maximumNodeSources {
            writer.graph.addSource(writer.source(mention.sentence), to: person)
        }
        let rolesText = roleTexts.joined(separator: "、")
        var properties: [String: Value] = [
            "participant": .bool(mention.isParticipant), "evidence": .string(mention.evidence.rawValue), "date": date,
        ]
        if !rolesText.isEmpty { properties["roles"] = .string(rolesText) }
        try writer.relate("MENTIONS", document, person, properties: properties, at: mention.sentence)
        if !mention.isParticipant {
            let newly = writer.graph.node(person).properties["reporter"] != .bool(true)
            try writer.graph.setProperty("reporter", to: .bool(true), on: person)
            // (…力量。(民盟某支部 甲): a signature in brackets closing the text credits its writer as a label does.)
            let bracketed = mention.nameRange.upperBound < context.bytes.count && context.bytes[mention.nameRange.upperBound] == 0x29
            return (person, .byline(newly: newly, labeled: !mention.roles.isEmpty || bracketed))
        }
        if !rolesText.isEmpty { try PersonRoles.add(rolesText, to: person, writer: &writer) }
        let around = repeatsTitle ? SpeakerRoles.Context() : context.context(at: mention.nameRange.lowerBound)
        // What the text says after the name (`当选为…`, `代表…`), read once by the caller.
        var after = phrasesAfter
        // Roles may stand after the name (an honorific): the sector is before whichever comes first.
        let first = min(mention.roles.first?.lowerBound ?? mention.nameRange.lowerBound, mention.nameRange.lowerBound)
        if let sector = context.sectorBefore(first) { after.append(sector) }
        // 甲委员参加了民盟组的讨论: the group the member sits in, after the name.
        // (`政协委员甲在宗教界分组讨论会上发言`: a member named by the seat before the name speaks in their group too.)
        if let group = context.groupJoined(after: mention.nameRange.upperBound, limit: mention.sentence.upperBound,
                                           seated: rolesText.containsText(Self.memberSeatWord)) { after.append(group) }
        // 习近平总书记指出: a well-known name read without roles, then its party post.
        if mention.roles.isEmpty, let post = context.postAfterName(mention.nameRange.upperBound) { after.append(post) }
        // 文艺界的新委员…,他们中间有作家甲: the sector of the paragraph, for one it names with no role or only by a seat or a job.
        if rolesText.isEmpty, after.isEmpty, let sector = context.paragraphSector(at: mention.nameRange.lowerBound) { after.append(sector) }
        guard !rolesText.isEmpty || !after.isEmpty else {
            // 参加会议的还有甲、乙: attending a body's own meeting is a seat there, as far as the text says;
            // so is presiding over it (大会由甲、乙主持), and making up the committee it elected (委员会。由甲、乙…).
            let attending = context.inAttendanceList(mention.nameRange.lowerBound, nameStarts: nameStarts)
                || context.presides(mention.nameRange, nameStarts: nameStarts, nameEnds: nameEnds)
                || context.composesBody(mention.nameRange, nameStarts: nameStarts)
            return (person, attending ? .seat(mention.nameRange) : .nothing)
        }
        // The roles and the name, quoted together: 市政协主席吴志明.
        let lower = min(mention.roles.map(\.lowerBound).min() ?? mention.nameRange.lowerBound, mention.nameRange.lowerBound)
        let upper = max(mention.roles.map(\.upperBound).max() ?? mention.nameRange.upperBound, mention.nameRange.upperBound)
        let span = lower..<upper
        // Roles a speaker reader already wrote are not written twice; only a membership it could not see
        // (a bare 副主委 in a party's own document, 当选为…) is added.
        let read = alreadyRead(person, span: span, writer: writer)
        guard !read || !hasMembership(person, writer: writer) else { return (person, .other) }
        // 代表各民主党派、工商联: what a person speaks for on behalf of many is none of theirs.
        // 县长甲以及乙、丙等: roles before the name of a chain that 以及 or 和 ended are not theirs.
        let claimed = zip(mention.roles, roleTexts).filter { !context.speaksForMany($0.0) && !context.chainEnded($0.0, before: mention.nameRange.lowerBound, nameStarts: nameStarts) }
            .map(\.1).joined(separator: "、")
        var claims = roles.claims(sharedRole ?? claimed, context: around)
        var afterClaims: [SpeakerRoles.Claim] = []
        for phrase in after { afterClaims += roles.claims(phrase, context: around) }
        var seen = SeatMembers.seen(roles: claims, after: afterClaims, span: span)
        if case .other = seen, afterClaims.isEmpty, SeatMembers.isOutsideJob(claims) { seen = .job(span) }
        switch seen {
        case .seat, .job:
            if !rolesText.isEmpty, !(claims + afterClaims).contains(where: Self.isMembership),
               let sector = context.paragraphSector(at: mention.nameRange.lowerBound) {
                afterClaims += roles.claims(sector, context: around)
            }
        default: break
        }
        // A list's roles belong to the group (3位市政协常委、委员): no member's seat is
        // known from them, but a party or sector stated for the list (3名会员) is each one's.
        if mention.evidence == .list { claims = claims.filter(Self.isMembership) }
        claims += afterClaims.filter(Self.isMembership)
        if read { claims = claims.filter(Self.isMembership) }
        try roles.write(claims, for: person, date: date, at: span, writer: &writer)
        return (person, seen)
    }

    /// The membership a document's host gives those named only by seats or as attending:
    /// its democratic party, else the federation whose own meeting the headline names, else the
    /// sector whose group the headline reports.
    func hostClaim(_ context: PartyContext, roles: SpeakerRoles) -> SpeakerRoles.Claim? {
        if let host = context.hostParty {
            return .member(party: host, level: nil, role: SeatMembers.role, surface: roles.index.entries[host].name)
        }
        if let sector = context.headlineSector {
            let entry = roles.index.entries[sector]
            return .member(party: sector, level: nil, role: SeatMembers.role, surface: entry.properties["short"] ?? entry.name)
        }
        guard let headline = context.hostFederation,
              case .member(let party, let level, _, let surface)? = roles.membership(headline) ?? roles.placedMembership(headline)
        else { return nil }
        return .member(party: party, level: level, role: SeatMembers.role, surface: surface)
    }

    /// Whether this document already gave `person` a party or sector.
    func hasMembership(_ person: NodeID, writer: FactWriter) -> Bool {
        let id = writer.document.id
        return writer.graph.outgoing(person).suffix(64).contains { rid in
            let r = writer.graph.relationships[rid.rawValue]
            return r.type == "MEMBER_OF" && r.sources.contains { $0.document == id }
        }
    }

    /// Why a person named with no role in a party's own news is taken for its member.
    static let namedInHostNews = "named with no role of their own in the party's own news"
    static let enumerationComma = Array("、".utf8)
    /// A role naming the CPPCC (`省政协副主席`): its holder sits in it.
    static let cppcc = "政协"
    /// A CPPCC member's seat among a person's roles.
    static let memberSeatWord = "政协委员"
    /// Seats written bare, with no other body, after a party's officers: its own committee's; and right
    /// after a name (`甲委员`, not `甲委员会`), a member's seat in a group the document reports.
    static let bareCommitteeSeats: Set<[UInt8]> = [Array("委员".utf8), Array("常委".utf8)]
    /// How a party's own news says its own (`我会的市政协委员甲、乙`): the seats are of its members,
    /// wherever the list stands. (Not 我党, which is also the Communist Party's word.)
    static let ourBody = ["我会", "我社", "我盟", "本会"].map { Array($0.utf8) }
    static let committee = Array("委员会".utf8)
    static let onBehalf = Array("代表".utf8)
    /// The longest honorific after a name (`常务副主席`), in bytes.
    static let longestHonorific = 15

    /// Whether the role at `range` names a democratic party (民盟某区支部组织委员).
    func namesDemocraticParty(_ range: Range<Int>, prepared: PreparedDocument, index: LexiconIndex) -> Bool {
        prepared.hits(in: range).contains { index.entries[$0.entry].label == "Party" && index.entries[$0.entry].properties["kind"] == "民主党派" }
    }

    /// `彭某与民革中央原副主席甲`: roles read back to the clause's start may open with the name of a
    /// person the document names (there or elsewhere) and the word joining them (与, 和, 同); the roles start after it.
    /// (`张某副主委和我会市委委员乙`: the name's honorific may stand before the joining word.)
    func pastJoinedNames(_ mentions: [PersonMention], bytes: [UInt8]) -> [PersonMention] {
        let names = Set(mentions.map { bytes[$0.nameRange] })
        return mentions.map { mention in
            var mention = mention
            for (k, role) in mention.roles.enumerated() where role.upperBound <= mention.nameRange.lowerBound {
                for length in [9, 6, 12] where role.count > length {
                    var end = role.lowerBound + length
                    guard names.contains(bytes[role.lowerBound..<end]) else { continue }
                    // (代表 is also a deputy's seat: as a joining word first.)
                    if !UTF8Scan.hasPrefix(Self.onBehalf, in: bytes, at: end),
                       let honorific = words.honorifics.longestMatch(in: bytes, at: end, end: role.upperBound) { end = honorific.range.upperBound }
                    guard let joiner = Self.joiningWords.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: end) }),
                          end + joiner.count < role.upperBound else { continue }
                    mention.roles[k] = (end + joiner.count)..<role.upperBound
                    break
                }
            }
            return mention
        }
    }

    /// (代表: `甲代表民进中央主席乙`, the one who speaks on another's behalf.)
    static let joiningWords = ["与", "和", "同", "代表"].map { Array($0.utf8) }

    /// `自治区副主席铁力瓦尔迪·阿不都热西提到会` … `铁力瓦尔迪·阿不都热西提说`: a name read one character short,
    /// where that character opened a word (提到), is the longer name the document reads elsewhere when the
    /// character stands after it here too. No role may start where the name ended.
    static func completedNames(_ mentions: [PersonMention], bytes: [UInt8]) -> [PersonMention] {
        let names = Set(mentions.filter { $0.nameRange.count >= 9 }.map { bytes[$0.nameRange] })
        guard names.count > 1 else { return mentions }
        return mentions.map { mention in
            let end = mention.nameRange.upperBound
            guard end + 3 <= mention.sentence.upperBound, UTF8Scan.scalarLength(bytes[end]) == 3,
                  names.contains(bytes[mention.nameRange.lowerBound..<(end + 3)]),
                  !mention.roles.contains(where: { $0.lowerBound < end + 3 && $0.upperBound > end }) else { return mention }
            var longer = mention
            longer.nameRange = mention.nameRange.lowerBound..<(end + 3)
            longer.name = String(decoding: bytes[longer.nameRange], as: UTF8.self)
            return longer
        }
    }

    /// A body's secretaries-general, and the heads of the bodies that have one (政协, 人大常委会, a party's committee, an association).
    static let secretaryTitles: Set<String> = ["秘书长", "副秘书长", "常务副秘书长"]
    static let secretaryLadderHeads = ["主席", "主任", "主委", "会长", "理事长"]

    /// `区委统战部常务副部长甲、副部长乙`: a bare title right after the
    /// name before it shares that name's employer (`区委统战部副部长`).
    func sharedEmployer(
        _ mention: PersonMention, _ texts: [String], after previous: PersonMention, _ previousTexts: [String], bytes: [UInt8], roles: SpeakerRoles
    ) -> String? {
        // (After a comma only a bare title of the same ladder: 统战部常务副部长甲,副部长乙、丙.)
        guard mention.evidence == .title, texts.count == 1, let start = mention.roles.first?.lowerBound else { return nil }
        let afterComma = previous.nameRange.upperBound + 1 == start && bytes[previous.nameRange.upperBound] == 0x2C
        guard afterComma || previous.nameRange.upperBound + Self.enumerationComma.count == start
                && UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: previous.nameRange.upperBound),
              let title = roles.splitTitle(texts[0]), !afterComma || title.employer.isEmpty,
              // 区长, 副县长: a title that names its level is its own place's government's, no one else's employer.
              !(title.title.first.map(Self.levelCharacters.contains) ?? false),
              // (各民主党派、工商联原主委甲,主委乙: the posts of many bodies, shared with none.)
              !previousTexts.contains(where: SpeakerRoles.namesManyParties),
              let last = previousTexts.last.flatMap({ SpeakerRoles.roleItems($0).last }),
              let before = roles.splitTitle(last), !before.employer.isEmpty
        else { return nil }
        // 常务副部长甲、副部长乙: a title of the same ladder (not 副主席甲、董事长乙, a firm's).
        // 市政协副主席甲、秘书长乙: a secretary-general is on the ladder of a body that a chair or a director heads.
        if title.employer.isEmpty {
            let sameLadder = title.title.hasSuffix(String(before.title.suffix(2)))
                || Self.secretaryTitles.contains(title.title) && Self.secretaryLadderHeads.contains { before.title.hasSuffix($0) }
            return sameLadder ? before.employer + title.title : nil
        }
        // 民盟中央办公厅副主任甲、组织部副部长乙: a department named bare is one of the same body's;
        // 民革某市委会专职副主委甲、组织部部长乙: of the committee itself.
        guard Self.isBareDepartment(title.employer),
              // (市妇联主席甲、副主席乙、权益部部长丙: a federation's departments too.)
              let body = Self.withoutDepartment(before.employer) ?? (before.employer.last.map(Self.sharingBodyEnds.contains) == true ? before.employer : nil)
        else { return nil }
        return body + title.employer + title.title
    }

    /// `城乡环境建设委员会主任甲主持会议,副主任乙、丙参加`: a bare deputy's title later in the sentence that names a
    /// body's head (the same title without 副) is a deputy of that body: `城乡环境建设委员会副主任`.
    func deputyAfterHead(_ mention: PersonMention, _ texts: [String], mentions: [PersonMention], texts all: [[String]], roles: SpeakerRoles) -> String? {
        guard mention.evidence == .title || mention.evidence == .list, texts.count == 1, texts[0].hasUTF8Prefix(Self.deputy),
              Self.headTitles.contains(String(texts[0].dropFirst(Self.deputy.count))),
              let start = mention.roles.first?.lowerBound, start < mention.nameRange.lowerBound else { return nil }
        let head = String(texts[0].dropFirst(Self.deputy.count))
        // The last name before the title in the sentence whose roles end in the head's title after a body.
        let earlier = mentions.indices.filter {
            mentions[$0].sentence == mention.sentence && mentions[$0].nameRange.upperBound <= start && !all[$0].isEmpty
        }.max { mentions[$0].nameRange.upperBound < mentions[$1].nameRange.upperBound }
        guard let earlier, let last = all[earlier].last.flatMap({ SpeakerRoles.roleItems($0).last }),
              let before = roles.splitTitle(last), !before.employer.isEmpty, before.title == head else { return nil }
        return before.employer + texts[0]
    }
    static let deputy = "副"
    /// Heads' titles whose deputies a sentence names after them bare (`主任…,副主任…`).
    static let headTitles: Set<String> = ["主任", "主席", "会长", "部长", "秘书长", "院长", "理事长", "社长", "所长", "处长", "局长"]

    /// `盟省委政研室汪某副主任`: a body written before the name and its head's title after it, as reports of who
    /// attended write them; the title with that body (`盟省委政研室副主任`) where that states a membership.
    func bodyBeforeName(_ mention: PersonMention, _ texts: [String], bytes: [UInt8], roles: SpeakerRoles, context: PartyContext) -> String? {
        guard mention.evidence == .honorific, texts.count == 1, let title = mention.roles.first, title.lowerBound == mention.nameRange.upperBound,
              SpeakerRoles.organHeads.contains(texts[0]) else { return nil }
        // Back from the name over Han characters to punctuation, and past the last word that opens a phrase (了, 的, 由 …).
        var start = mention.nameRange.lowerBound
        while start - 3 >= mention.sentence.lowerBound, mention.nameRange.lowerBound - start < 3 * Self.longestBody, UTF8Scan.isHan(bytes, at: start - 3) {
            if Self.phraseOpeners.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: start - 3) }) { break }
            start -= 3
        }
        let body = start..<mention.nameRange.lowerBound
        guard body.count >= 6, Self.bodyBeforeNameEnds.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: body.upperBound - 3) }) else { return nil }
        let role = String(decoding: bytes[body], as: UTF8.self) + texts[0]
        return roles.claims(role, context: context.context(at: mention.nameRange.lowerBound)).contains(where: Self.isMembership) ? role : nil
    }
    static let longestBody = 12
    static let phraseOpeners = ["了", "的", "由", "向", "请", "和", "与", "及", "在"].map { Array($0.utf8) }
    /// How a body before a name ends (某政研室, 某局, 盟市委): a unit whose head's title may follow the name.
    static let bodyBeforeNameEnds = ["室", "处", "科", "部", "办", "厅", "局", "委", "会"].map { Array($0.utf8) }

    /// How a body's office is named (办公厅, 办公室), and how its departments end (组织部, 组织处 too).
    static let officeNames = ["办公厅", "办公室"]
    static let departmentEndings = officeNames + ["部", "处"]

    /// A department written without its body (`组织部`, `社会服务部`), not a place's (`市委组织部`) or a body of its own.
    static func isBareDepartment(_ name: String) -> Bool {
        name.count <= 6 && departmentEndings.contains(where: { name.hasSuffix($0) })
            && !(name.first.map(levelCharacters.contains) ?? true) && !name.hasPrefix("中")
            // 党委统战部: a department written with its own body.
            && !name.dropLast().contains(where: bodyEnds.contains)
    }

    /// `body` without the department closing it (`民盟中央办公厅` → `民盟中央`), when it closes with one.
    static func withoutDepartment(_ employer: String) -> String? {
        if let ending = officeNames.first(where: { employer.hasSuffix($0) }), employer.count > ending.count + 1 {
            return String(employer.dropLast(ending.count))
        }
        // 区委统战部: the department's name is the characters after the body's own last word (委, 央, 会).
        // (组织处: a committee's organ names its departments 处 too.)
        guard employer.hasSuffix("部") || employer.hasSuffix("处"), let end = employer.dropLast().lastIndex(where: { Self.bodyEnds.contains($0) }) else { return nil }
        let body = String(employer[...end])
        return body.count >= 2 ? body : nil
    }

    /// Whether the name's clause goes on, over names, 、 and 同志 only, to the deeds studied (`甲、乙同志先进事迹`,
    /// `丙的事迹`): a model whose example is set, not a person taking part.
    static func namesModel(_ mention: PersonMention, bytes: [UInt8]) -> Bool {
        let end = min(mention.sentence.upperBound, mention.nameRange.upperBound + 3 * modelReach)
        guard let deeds = UTF8Scan.find(deedsWord, in: bytes, from: mention.nameRange.upperBound, to: end) else { return false }
        return UTF8Scan.find([0x2C], in: bytes, from: mention.nameRange.upperBound, to: deeds) == nil
    }
    static let deedsWord = Array("事迹".utf8)
    /// How far after a name its deeds may be written (`、乙同志先进事迹`), in characters.
    static let modelReach = 14

    static let bodyEnds: Set<Character> = ["委", "央", "会"]
    /// How a body ends whose departments a chain names bare after its officers: a committee, and a federation (妇联, 侨联).
    static let sharingBodyEnds: Set<Character> = bodyEnds.union(["联"])

    /// The levels a government's title opens with (区长, 市长, 县长; 副县长 opens with 副 and shares).
    static let levelCharacters: Set<Character> = ["省", "市", "区", "县", "州", "镇", "乡", "旗"]

    static func isMembership(_ claim: SpeakerRoles.Claim) -> Bool {
        switch claim {
        case .member, .sector: return true
        default: return false
        }
    }

    /// Whether another reader (a speaker line, a speaker sentence) already wrote
    /// this person's roles from text overlapping `span` of this document.
    func alreadyRead(_ person: NodeID, span: Range<Int>, writer: FactWriter) -> Bool {
        let original = writer.text.originalRange(span)
        let id = writer.document.id
        // The speaker readers ran just before on this document: their relationships are the
        // newest, so a person named in thousands of documents costs no more than one named once.
        for rid in writer.graph.outgoing(person).suffix(64).reversed() {
            let type = writer.graph.relationships[rid.rawValue].type
            guard type == "MEMBER_OF" || type == "SERVES_ON" || type == "WORKS_AT" || type == "GAVE" else { continue }
            for source in writer.graph.relationships[rid.rawValue].sources where source.document == id {
                if source.offset < original.upperBound, original.lowerBound < source.offset + source.length { return true }
            }
        }
        return false
    }
}
