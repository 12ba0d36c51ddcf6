import Graph

/// The persons a democratic party's own news names only by a seat: its members
/// in the people's congress and the CPPCC (`市人大代表甲`, `乙、丙等委员`,
/// `丁委员`, `当选政协常务委员会委员`). Such news introduces guests by their
/// posts (市委常委, 市政协副主席) and its own members by their seats, so a
/// person whose every role in the document is a seat, or a word of address,
/// is taken for a member of the party the document is about. One post, party
/// or sector anywhere in the document rules that out. (A person named with
/// no role at all is the extractor's to judge: in a party's own news a member.)
struct SeatMembers {
    /// What one mention says.
    enum Seen {
        /// No role at all.
        case nothing
        /// Only seats (and words of address), quoting `span`.
        case seat(Range<Int>)
        /// Anything else: a post, a party, a sector.
        case other
        /// Only a job outside the state, the parties and the assemblies (佛教协会会长, 某大学教授), quoting `span`.
        case job(Range<Int>)
        /// A byline or credit; `newly`: the person was no writer before this document;
        /// `labeled`: a credit's label says so (签发人:甲), not a name alone closing a paragraph or the page.
        case byline(newly: Bool, labeled: Bool)
    }

    /// The role written on the membership it gives.
    static let role = "代表委员"
    /// A deputy's seat written alone after a name (张三代表), or the verb of speaking for a body.
    static let deputy = "代表"
    /// The last words of a seat (市政协委员, 人大常务委员会常委, 代表).
    static let seatEnds = ["委员", "常委", "代表"]
    /// Words of a post, which a seat does not hold (常务委员会副主任, 专门委员会主任).
    static let postWords = ["主任", "主席", "书记", "秘书长", "长", "主委", "召集人"]
    /// The year an honour is given for (2023年度优秀政协委员).
    static let yearOfHonour = "年度"
    /// Verbs of an honour written before it, longest first.
    static let honourVerbs = ["被评选为", "被评为", "获评"]
    /// Words of an honour before a seat (优秀政协委员, 履职优秀代表), longest first.
    static let honours = ["履职优秀", "优秀"]
    /// Bare seats and their modifiers as written (列席委员, 特邀委员, 新增补的政协委员, 企业家委员, 女委员).
    static let seatModifiers = ["列席", "特邀", "新增补的", "新增", "增补", "界别", "民营企业家", "企业家", "专家", "青年", "女"]
    /// Seats written alone (委员, 代表), after `bare`; `代表委员` after a list (`甲、乙等代表委员`) is one or the other.
    static let bareSeats: Set<String> = ["委员", "代表", "常委", "常务委员", "代表委员"]
    /// Words of address that say nothing either way (甲同志).
    static let address: Set<String> = ["同志", "先生", "女士"]

    private var firstSeat: [NodeID: Range<Int>] = [:]
    private var ruledOut: Set<NodeID> = []
    private var order: [NodeID] = []

    mutating func note(_ person: NodeID, _ seen: Seen) {
        switch seen {
        // A byline says nothing either way: one who signs the party's news and is named by a seat in it
        // (`刘某委员的发言…(刘某)`) is a member who wrote it; one who only signs is no member.
        case .nothing, .byline: break
        case .other, .job: ruledOut.insert(person)
        case .seat(let span):
            if firstSeat[person] == nil { firstSeat[person] = span; order.append(person) }
        }
    }

    /// Whether no mention of `person` so far gave a post, party or sector (a guest with a title is none of a group's members).
    func isUntitled(_ person: NodeID) -> Bool { !ruledOut.contains(person) }

    /// The persons named by seats only, in the order first named, with the span of their first seat.
    var members: [(NodeID, Range<Int>)] {
        order.filter { !ruledOut.contains($0) }.map { ($0, firstSeat[$0]!) }
    }

    /// What a mention's `roles` and the claims of what follows its name (`after`: 当选为…,
    /// 担任…) say of a seat. Text after the name that names no body (担任节目主持人) says nothing.
    static func seen(roles: [SpeakerRoles.Claim], after: [SpeakerRoles.Claim], span: Range<Int>) -> Seen {
        var seat = false
        for (claim, isAfter) in roles.map({ ($0, false) }) + after.map({ ($0, true) }) {
            switch claim {
            case .serves(_, _, let role):
                guard isSeat(role) else { return .other }
                seat = true
            case .works(let employer, _, _, let title):
                // 当选为某市第五届人民代表大会某委员会委员: a seat in the congress, written in full.
                // 被评为2023年度优秀政协委员: an honour given to a seat, read as an employer's title.
                guard isSeat(title), assemblies.contains(where: { employer.containsText($0) }) || bareSeats.contains(bare(employer + title))
                else { return .other }
                seat = true
            case .other(let text):
                if address.contains(text) { continue }
                if bareSeats.contains(bare(text)) { seat = true } else if !isAfter { return .other }
            default:
                return .other
            }
        }
        return seat ? .seat(span) : .nothing
    }

    /// Whether `claims` hold only jobs outside the state, the parties and the assemblies: a sector's member
    /// is known in its group's report by the job that seats them (佛教协会会长, 天主教堂负责人, 某公司董事长),
    /// while an official who joins the group (区政协副主席, 区发改局局长) is none of its members.
    static func isOutsideJob(_ claims: [SpeakerRoles.Claim]) -> Bool {
        !claims.isEmpty && claims.allSatisfy { claim in
            switch claim {
            case .works(let employer, _, let label, _):
                return label != "Agency" && !stateBodyEnds.contains { employer.hasUTF8Suffix($0) } && !stateWords.contains { employer.containsText($0) }
            case .academician: return true
            case .other(let text): return !stateWords.contains { text.containsText($0) } && !stateTitles.contains { text.hasUTF8Suffix($0) }
            default: return false
            }
        }
    }
    /// The last characters of a state body's name (发改局, 民宗委, 统战部, 区人民政府, 街道).
    static let stateBodyEnds = ["局", "厅", "委", "部", "办", "办公室", "政府", "法院", "检察院", "街道", "镇", "乡", "所", "队"]
    /// Words that name the state, a party or an assembly anywhere in a role.
    static let stateWords = ["政府", "政协", "人大", "党", "纪委", "监委", "纪律检查"]
    /// Posts of the state written alone (代区长, 副县长, 书记).
    static let stateTitles = ["长", "书记", "主任", "委员", "常委", "代表", "主席"]

    static let assemblyShortNames = ["政协", "人大"]
    static let seatLevels = ["全国", "省", "市", "区", "县"]

    /// The congress and the CPPCC written in full, whose committees' members hold seats.
    static let assemblies = ["人民代表大会", "政治协商会议"]

    /// `text` without a modifier of a bare seat and a count before it (2名列席委员 → 委员).
    static func bare(_ text: String) -> String {
        var rest = Substring(SpeakerRoles.droppingCount(Substring(text)))
        rest = rest.drop { SpeakerRoles.countCharacters.contains($0) }
        // 被评为2023年度优秀政协委员, 履职优秀代表: an honour of the year given to a seat is the seat.
        for verb in honourVerbs where rest.hasUTF8Prefix(verb) { rest = rest.dropFirst(verb.count); break }
        if let year = rest.utf8Range(of: yearOfHonour), rest[..<year.lowerBound].allSatisfy(\.isNumber) { rest = rest[year.upperBound...] }
        for word in honours where rest.hasUTF8Prefix(word) { rest = rest.dropFirst(word.count); break }
        for word in seatModifiers where rest.hasUTF8Prefix(word) { rest = rest.dropFirst(word.count) }
        // 优秀市政协委员: the seat's level before its body.
        for level in seatLevels where rest.hasUTF8Prefix(level) && assemblyShortNames.contains(where: { rest.dropFirst(level.count).hasUTF8Prefix($0) }) {
            rest = rest.dropFirst(level.count)
            break
        }
        for body in assemblyShortNames where rest.hasUTF8Prefix(body) { rest = rest.dropFirst(body.count) }
        // 政协优秀委员: the honour after the body.
        for word in honours where rest.hasUTF8Prefix(word) { rest = rest.dropFirst(word.count); break }
        return String(rest)
    }

    /// A seat: ends with 委员, 常委 or 代表 and holds no word of a post.
    static func isSeat(_ role: String) -> Bool {
        seatEnds.contains { role.hasUTF8Suffix($0) } && !postWords.contains { role.containsText($0) }
    }
}
