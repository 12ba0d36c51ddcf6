import Foundation
import Yams

/// The data the prose person reader works from, read from
/// `Resources/lexicons/surnames.yaml` and `person-words.yaml`: surnames,
/// titles, honorifics, bylines, verbs, characters no given name holds, and
/// ordinary words that look like names.
///
/// Characters are kept as code points (a Han character is one `UInt32`) and
/// words in byte tries, so the reader tests a position without making strings.
struct PersonWords: Sendable {
    var surnames: HanSet
    var ambiguousSurnames: HanSet
    /// The 300 most frequent single surnames (the head of `single`, which lists them by frequency):
    /// 由 and 以 are surnames, but before a common one (由向东) they are words.
    var commonSurnames: HanSet
    /// The 30 most frequent (李, 王, 张 … about seven persons in ten): seldom a given character.
    var leadingSurnames: HanSet
    /// Two-character surnames, each packed as `first << 32 | second` (tested without building an array).
    var compoundSurnames: HanPairSet
    var notGiven: HanSet
    /// Characters of `notGiven` that given names do hold (李会昌, 卢展工, 吴竹科): admitted
    /// only where the context says a name stands and punctuation ends it.
    var softGiven: HanSet
    var clinging: HanSet
    /// Characters a name with an honorific may follow inside a clause (来自经济界的孙浩然委员).
    var openers: HanSet
    var ordinary: Set<[UInt32]>
    /// The last characters of the ordinary words of three characters or more (特 of 呼和浩特): a name the next character
    /// may make such a word of is looked up only before one of these.
    var ordinaryLasts: HanSet
    /// Two-character words that end with a surname (有关, 海关, 回应, 平和), packed
    /// `first << 32 | second`: the surname there is the end of a word, no name's start.
    var wordEnds: HanPairSet
    /// Place names that look like names: no name where the evidence is weak.
    var places: Set<[UInt32]>
    /// Titles before a name (市政协主席, 教授 …).
    var titles: Gazetteer
    /// Payloads of `titles` from here on are occupations (群众, 职工, 村民): titles that open ordinary phrases too.
    var occupationsFrom = 0
    /// Titles (payload `titleAnchor`) and byline labels (`bylineAnchor`) in one trie: one scan finds both.
    var anchors: Gazetteer
    /// The last characters of the byline labels (者 of 记者, 员 of 通讯员): a line ending in none opens no byline.
    var bylineEnds: Set<UInt32>
    static let titleAnchor = 0
    static let bylineAnchor = 1
    /// Verbs that name the person they appoint or elect (补选张三为…, 任命李四为…): a name, no role.
    static let appointmentAnchor = 2
    /// Names of the country's leaders and historical figures that documents name
    /// without a title (习近平总书记指出): a person wherever written, but not inside the name of a doctrine or of what is named after the person (`doctrines`: 宋庆龄故居).
    static let wellKnownAnchor = 3
    /// The well-known names themselves: a party's own news that names one without a role (纪念毛泽东同志…) tells no member by it.
    var wellKnown: Set<String>
    /// What follows a well-known name in a doctrine or a thing named after the person (新时代中国特色社会主义思想, 理论, 故居, 基金会): no mention of the person.
    var doctrines: Gazetteer
    /// Notes in brackets after a name that say nothing of a role (女, 回族, 特邀).
    var notes: Set<[UInt32]>
    /// Words joining the last names of a list (张三、李四和王五; 张三以及李四).
    var joiners: Gazetteer
    /// The characters names written in Han from another language are spelled with (洛桑江村, 乌云其木格).
    var transliteration: HanSet
    /// Common elements of such names (其其格, 扎西, 古丽): a short one (赛音, 乌恩其) must begin with one.
    var nameElements: Gazetteer
    /// Credits after a name (`(司马骏 摄)`, `张三/摄影`): the name is a byline.
    var creditsAfter: Gazetteer
    /// Words after a name: verbs, honorifics (the name ends where one begins).
    var followers: Gazetteer
    var honorifics: Gazetteer
    var reporting: Gazetteer
    var collectives: Gazetteer
    /// Verbs that close a list of names with no role (张三、李四出席).
    var listVerbs: Gazetteer

    /// The built-in word lists (read once per process).
    static func builtIn() throws -> PersonWords {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return cached }
        guard let folder = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw PluginError("the Plugins resource bundle has no Resources folder; rebuild the package")
        }
        func read(_ name: String) throws -> [String: Yams.Node] {
            let url = folder.appendingPathComponent("lexicons/\(name).yaml")
            let text = try String(contentsOf: url, encoding: .utf8)
            guard let map = try Yams.compose(yaml: text)?.mapping else {
                throw PluginError("built-in word list \(name).yaml is not a mapping")
            }
            var result: [String: Yams.Node] = [:]
            for (k, v) in map { if let key = k.string { result[key] = v } }
            return result
        }
        let names = try read("surnames")
        let words = try read("person-words")
        let made = try PersonWords(surnames: names, words: words)
        cached = made
        return made
    }

    /// Whether `s` is an ordinary word, in either script (應有 as 应有): the list is simplified.
    func isOrdinary(_ s: [UInt32]) -> Bool {
        if ordinary.contains(s) { return true }
        guard s.contains(where: { ScriptFolding.fold($0) != nil }) else { return false }
        return ordinary.contains(s.map { ScriptFolding.fold($0) ?? $0 })
    }

    /// Whether `name` is spelled as a personal name, with no context to go on: a
    /// surname of the table (single or compound) and one or two given characters that
    /// names hold, not an ordinary word; or a name written in Han from another language
    /// (all its characters `transliteration`). For readers that take a name from a line's
    /// layout (`张三 市政协委员`), where 字号 or 社会实践 would pass a length test.
    func spells(_ name: String) -> Bool {
        let s = name.unicodeScalars.map(\.value)
        guard s.count >= 2 else { return false }
        if s.allSatisfy(transliteration.contains) { return true }
        let compound = s.count >= 3 && compoundSurnames.contains(UInt64(s[0]) << 32 | UInt64(s[1]))
        guard compound || surnames.contains(s[0]) else { return false }
        let given = s.dropFirst(compound ? 2 : 1)
        guard (1...2).contains(given.count), given.allSatisfy({ !notGiven.contains($0) || softGiven.contains($0) }) else { return false }
        return !ordinary.contains(s)
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cached: PersonWords?

    static let commonSurnameCount = 300
    static let leadingSurnameCount = 30

    init(surnames names: [String: Yams.Node], words: [String: Yams.Node]) throws {
        func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.filter { !$0.properties.isWhitespace }.map(\.value) }
        func text(_ map: [String: Yams.Node], _ key: String) throws -> String {
            guard let s = map[key]?.string else { throw PluginError("built-in word list: `\(key)` is missing or not text") }
            return s
        }
        func list(_ map: [String: Yams.Node], _ key: String) throws -> [String] {
            guard let seq = map[key]?.sequence else { throw PluginError("built-in word list: `\(key)` is missing or not a list") }
            return seq.compactMap(\.string)
        }
        func trie(_ terms: [String]) -> Gazetteer { Gazetteer(terms: terms.enumerated().map { ($0.element, $0.offset) }) }
        let ordered = scalars(try text(names, "single"))
        let single = Set(ordered)
        surnames = HanSet(single)
        commonSurnames = HanSet(ordered.prefix(Self.commonSurnameCount))
        leadingSurnames = HanSet(ordered.prefix(Self.leadingSurnameCount))
        ambiguousSurnames = HanSet(Set(scalars(try text(names, "ambiguous"))).intersection(single))
        /// Two-character terms packed `first << 32 | second`; `what` names them in the error.
        func pairs(_ terms: [String], _ what: String) throws -> HanPairSet {
            try HanPairSet(Set(terms.map { term in
                let s = scalars(term)
                guard s.count == 2 else { throw PluginError("\(what) \(term) is not two characters") }
                return UInt64(s[0]) << 32 | UInt64(s[1])
            }))
        }
        compoundSurnames = try pairs(list(names, "compound"), "surnames.yaml: compound surname")
        notGiven = HanSet(scalars(try text(words, "not-given")))
        softGiven = HanSet(scalars(try text(words, "soft-given")))
        clinging = HanSet(scalars(try text(words, "clinging")))
        openers = HanSet(scalars(try text(words, "openers")))
        ordinary = Set(try list(words, "ordinary").map(scalars))
        ordinaryLasts = HanSet(ordinary.filter { $0.count >= 3 }.compactMap(\.last))
        wordEnds = try pairs(list(words, "word-ends"), "person-words.yaml: word-ends entry")
        places = Set(try list(words, "places").map(scalars))
        let postTitles = try list(words, "titles")
        occupationsFrom = postTitles.count
        let titleList = postTitles + (try list(words, "occupations"))
        titles = trie(titleList)
        let bylineList = try list(words, "bylines")
        let wellKnownList = try list(words, "well-known")
        bylineEnds = Set(bylineList.compactMap { $0.unicodeScalars.last?.value })
        anchors = Gazetteer(terms: titleList.map { ($0, Self.titleAnchor) } + bylineList.map { ($0, Self.bylineAnchor) }
            + (try list(words, "appointments")).map { ($0, Self.appointmentAnchor) }
            + wellKnownList.map { ($0, Self.wellKnownAnchor) })
        wellKnown = Set(wellKnownList)
        doctrines = trie(try list(words, "doctrines"))
        notes = Set(try list(words, "notes").map(scalars))
        joiners = trie(try list(words, "joiners"))
        transliteration = HanSet(scalars(try text(words, "transliteration")))
        nameElements = trie(try list(words, "name-elements"))
        creditsAfter = trie(try list(words, "credits-after"))
        let honorificList = try list(words, "honorifics")
        honorifics = trie(honorificList)
        followers = trie(try list(words, "verbs") + honorificList)
        reporting = trie(try list(words, "reporting"))
        collectives = trie(try list(words, "collectives"))
        listVerbs = trie(try list(words, "list-verbs"))
    }
}
