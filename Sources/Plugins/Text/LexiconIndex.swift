import Foundation

/// Every entry of a set of lexicons behind one `Gazetteer`, so a single scan of
/// a document finds agencies, parties, districts, organizations and industries.
///
/// Entries are identified by label and name; when two lexicons list the same
/// surface form, the lexicon first in id order wins, so results do not depend on
/// dictionary order.
public struct LexiconIndex: Sendable {
    /// One entry, flattened from its lexicon.
    public struct Entry: Sendable, Hashable {
        public var lexicon: String
        public var label: String
        public var name: String
        public var aliases: [String]
        public var properties: [String: String]
        /// The city the entry belongs to: its `city` field, else the city its
        /// name spells (武汉市政协 → 武汉); nil for an entry of any city.
        public var city: String? = nil
        /// The city each alias spells (武汉市发展和改革委员会 → 武汉), by alias
        /// index; empty when no alias spells one.
        public var aliasCities: [String?] = []
        /// The one city the entry and its aliases name, if they name only one:
        /// in that city's documents every name of the entry binds.
        public var soleCity: String? = nil
        /// Whether the entry binds differently by the document's city.
        var isCityBound: Bool { city != nil || !aliasCities.isEmpty }

        /// The aliases that hold in a document of `documentCity`: none that
        /// spells another city, and for an entry of another city only those
        /// that name its city (a Hangzhou document's 武汉市政协 is not 市政协).
        public func aliases(in documentCity: String?) -> [String] {
            guard isCityBound else { return aliases }
            // No city: an entry of a city was bound by a surface naming it; another entry keeps no city's alias.
            guard let documentCity else { return city != nil ? aliases : zip(aliases, aliasCities).filter { $0.1 == nil }.map(\.0) }
            guard soleCity != documentCity else { return aliases }
            if let city, city != documentCity { return aliases.filter { $0.contains(city) } }
            guard !aliasCities.isEmpty else { return aliases }
            return zip(aliases, aliasCities).filter { $0.1.map { $0 == documentCity } ?? true }.map(\.0)
        }
    }

    /// One occurrence of an entry: the byte range in the scanned text and the entry.
    public struct Hit: Sendable {
        public var range: Range<Int>
        public var entry: Int
    }

    public let entries: [Entry]
    /// Per entry, whether it binds by city, and its sole city: read per hit
    /// without copying the entry.
    private let cityBound: [Bool]
    private let soleCities: [String?]
    /// Per entry, whether it is a topic (`Industry`), whose short terms are words only where segmented so.
    private let isTopic: [Bool]
    /// Per entry, the UTF-8 of its own city, if it has one.
    private let ownCities: [[UInt8]?]
    /// Distinguishes indexes built from different lexicons (for caches).
    public let serial: Int
    private let gazetteer: Gazetteer
    private let byName: [LabelledName: Int]
    /// Aliases that stand only before a few words (`九三` before 中央, 委员会, 省委 …), by payload − `boundPayload`:
    /// the entry each names and the words. Most names need no context; these would be words or dates alone.
    private let boundTerms: [(entry: Int, before: [[UInt8]])]
    static let boundPayload = 1 << 24
    /// How many Han characters of a place may stand between a bound alias and its word (`九三陕西省委`).
    static let boundReach = 4

    public init(lexicons: [Lexicon]) {
        var entries: [Entry] = []
        var terms: [(term: String, payload: Int)] = []
        var byName: [LabelledName: Int] = [:]
        var boundTerms: [(entry: Int, before: [[UInt8]])] = []
        for lexicon in lexicons.sorted(by: { $0.id < $1.id }) {
            for e in lexicon.entries {
                let aliases = e.properties["aliases"].map { $0.split(separator: "|").map(String.init) } ?? []
                var properties = e.properties
                properties["aliases"] = nil
                properties["city"] = nil
                let index = entries.count
                if let bound = properties.removeValue(forKey: "bound-aliases"), let before = properties.removeValue(forKey: "bound-before") {
                    let words = before.split(separator: "|").map { Array($0.utf8) }
                    for alias in bound.split(separator: "|") {
                        terms.append((String(alias), Self.boundPayload + boundTerms.count))
                        boundTerms.append((index, words))
                    }
                }
                var entry = Entry(lexicon: lexicon.id, label: e.label, name: e.name, aliases: aliases, properties: properties)
                entry.city = e.properties["city"] ?? DocumentCity.spelled(in: e.name)
                let aliasCities = aliases.map(DocumentCity.spelled(in:))
                if aliasCities.contains(where: { $0 != nil }) { entry.aliasCities = aliasCities }
                let cities = Set(([entry.city] + aliasCities).compactMap { $0 })
                if cities.count == 1 { entry.soleCity = cities.first }
                entries.append(entry)
                for t in e.triggers { terms.append((t, index)) }
                for n in [e.name] + aliases where byName[LabelledName(label: e.label, name: n)] == nil {
                    byName[LabelledName(label: e.label, name: n)] = index
                }
            }
        }
        self.entries = entries
        cityBound = entries.map(\.isCityBound)
        soleCities = entries.map(\.soleCity)
        ownCities = entries.map { $0.city.map { Array($0.utf8) } }
        isTopic = entries.map { $0.label == "Industry" }
        self.byName = byName
        self.boundTerms = boundTerms
        // Names first: a bound alias never hides an entry's own name of the same spelling.
        gazetteer = Gazetteer(terms: terms.filter { $0.payload < Self.boundPayload } + terms.filter { $0.payload >= Self.boundPayload })
        serial = Self.nextSerial()
    }

    private static let serialLock = NSLock()
    nonisolated(unsafe) private static var serialCounter = 0
    private static func nextSerial() -> Int {
        serialLock.lock()
        defer { serialLock.unlock() }
        serialCounter += 1
        return serialCounter
    }

    /// Leftmost-longest occurrences of any entry in `range` of `bytes`.
    public func hits(in bytes: [UInt8], range: Range<Int>? = nil) -> [Hit] {
        let found = gazetteer.matches(in: bytes, range: range)
        // Most texts hold no bound alias: the matches are the hits. (Closures here capture locals, not `self`:
        // capturing the index copied it on every call.)
        guard found.contains(where: { $0.payload >= Self.boundPayload }) else { return found.map { Hit(range: $0.range, entry: $0.payload) } }
        let bound = boundTerms
        return found.compactMap { Self.stands($0, in: bytes, bound: bound) ? Self.hit($0, bound: bound) : nil }
    }

    /// The hit of a match: a bound alias's payload read as its entry.
    static func hit(_ match: Gazetteer.Match, bound: [(entry: Int, before: [[UInt8]])]) -> Hit {
        Hit(range: match.range, entry: match.payload < boundPayload ? match.payload : bound[match.payload - boundPayload].entry)
    }

    /// Whether `match` stands: any name does; a bound alias only where one of its words follows it,
    /// right after or past up to `boundReach` Han characters (a place: `九三陕西省委`).
    static func stands(_ match: Gazetteer.Match, in bytes: [UInt8], bound: [(entry: Int, before: [[UInt8]])]) -> Bool {
        guard match.payload >= boundPayload else { return true }
        // 一九三五年: inside a number or a date it is none.
        if match.range.lowerBound >= 3, UTF8Scan.isHan(bytes, at: match.range.lowerBound - 3),
           numberCharacters.contains(UTF8Scan.scalar(bytes, at: match.range.lowerBound - 3)) { return false }
        return precedes(bound[match.payload - boundPayload].before, at: match.range.upperBound, in: bytes)
    }

    /// Whether one of `before` starts at `at`, or past up to `boundReach` Han characters of no number or date (a place).
    static func precedes(_ before: [[UInt8]], at start: Int, in bytes: [UInt8]) -> Bool {
        var at = start
        for _ in 0...boundReach {
            if before.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }) { return true }
            guard UTF8Scan.isHan(bytes, at: at), !numberCharacters.contains(UTF8Scan.scalar(bytes, at: at)) else { return false }
            at += 3
        }
        return false
    }

    /// Characters of numbers and dates, which no place's name between a bound alias and its word holds.
    static let numberCharacters: Set<UInt32> = Set("〇零一二三四五六七八九十百千万年月日号届次".unicodeScalars.map(\.value))

    /// Leftmost-longest occurrences of any entry that stand as whole words
    /// (`words` decides; see `WordBoundaries`): 化工 in 非化工类企业, not in 标准化工作.
    ///
    /// A false hit across a word boundary is a short term's (化工 in 标准化工作,
    /// 民建 in 市民建言): topic terms of up to three characters and names of
    /// two are segmented around; longer ones (人工智能, 市发改委,
    /// 市发展和改革委员会) are compounds in themselves and taken where found,
    /// as segmenting around every name would double the cost of a build.
    public func wholeWordHits(in bytes: [UInt8], range: Range<Int>? = nil, words: inout WordBoundaries) -> [Hit] {
        let bound = boundTerms, topics = isTopic
        return gazetteer.matches(in: bytes, range: range, accept: { match in
            // A bound alias's words are its test (ICU reads 九三 as a numeral's characters).
            guard match.payload < Self.boundPayload else { return Self.stands(match, in: bytes, bound: bound) }
            return match.range.count >= (topics[match.payload] ? 12 : 9) || words.isWhole(match.range)
        }).map { Self.hit($0, bound: bound) }
    }

    /// The longest entry whose surface form starts exactly at `start`.
    public func hit(in bytes: [UInt8], at start: Int, end: Int) -> Hit? {
        guard let match = gazetteer.longestMatch(in: bytes, at: start, end: end) else { return nil }
        guard match.payload >= Self.boundPayload else { return Hit(range: match.range, entry: match.payload) }
        // A bound alias that does not stand here: a shorter name may not hide under it (none is that short).
        return Self.stands(match, in: bytes, bound: boundTerms) ? Self.hit(match, bound: boundTerms) : nil
    }

    /// The entry with `label` whose name or alias is exactly `name`.
    public func entry(label: String, named name: String) -> Int? { byName[LabelledName(label: label, name: name)] }

    /// The entry with `label` named `name`, if that name binds in a document of `city` (see `admits`).
    public func entry(label: String, named name: String, city: String?) -> Int? {
        guard let e = byName[LabelledName(label: label, name: name)] else { return nil }
        return admits(e, surface: name, city: city) ? e : nil
    }

    /// Whether `surface` means entry `entry` in a document of `city`. Lexicons
    /// are written for one city: an entry of another city binds only where the
    /// text names that city (武汉市政协, not 市政协 inside 杭州市政协; not a
    /// generic 市科技局 of 市科技创新局), and a surface that spells another
    /// city (武汉市发展和改革委员会 in a 杭州 document) binds nothing.
    /// A document that names no city binds only what its surface spells (武汉市政协, not 市政协).
    public func admits(_ entry: Int, surface: String, city: String?) -> Bool {
        guard cityBound[entry] else { return true }
        let e = entries[entry]
        guard let city else {
            // 江夏区, 东湖高新区 name one place wherever they are written; 市科创局 is the bureau of a city not named.
            if let own = e.city {
                return UTF8Scan.find(Array(own.utf8), in: Array(surface.utf8), from: 0) != nil
                    || !Self.relativePrefixes.contains(where: { surface.hasPrefix($0) })
            }
            let named = DocumentCity.spelled(in: surface)
            return named == nil || named == e.soleCity
        }
        guard soleCities[entry] != city else { return true }
        if let named = DocumentCity.spelled(in: surface), named != city, named != e.city { return false }
        if let own = e.city, own != city, UTF8Scan.find(Array(own.utf8), in: Array(surface.utf8), from: 0) == nil { return false }
        return true
    }

    /// Names written relative to the document's own place (市政协, 省政府, 区委, 县政府).
    static let relativePrefixes = ["市", "省", "区", "县", "本市", "全市"]
    static let relativePrefixBytes = relativePrefixes.map { Array($0.utf8) }

    /// The hits of `hits` that bind in a document of `city` (`bytes` is the text scanned).
    public func admitted(_ hits: [Hit], in bytes: [UInt8], city: String?) -> [Hit] {
        // In the lexicons' own city (and for entries of any city) every hit stands: no string is made.
        func certain(_ e: Int) -> Bool { !cityBound[e] || (city != nil && soleCities[e] == city) }
        guard hits.contains(where: { !certain($0.entry) }) else { return hits }
        if city == nil {
            // No city: compared in place (an entry of a city binds where the text names it or writes no relative prefix).
            return hits.filter { hit in
                guard cityBound[hit.entry] else { return true }
                guard let own = ownCities[hit.entry] else {
                    return admits(hit.entry, surface: String(decoding: bytes[hit.range], as: UTF8.self), city: nil)
                }
                return UTF8Scan.find(own, in: bytes, from: hit.range.lowerBound, to: hit.range.upperBound) != nil
                    || !Self.relativePrefixBytes.contains { UTF8Scan.hasPrefix($0, in: bytes, at: hit.range.lowerBound) }
            }
        }
        return hits.filter { hit in
            certain(hit.entry)
                || admits(hit.entry, surface: String(decoding: bytes[hit.range], as: UTF8.self), city: city)
        }
    }

    // MARK: Cache

    /// The index for the lexicons of `context`, built once per distinct set of
    /// lexicons (extractors run once per document; building the trie is not free).
    public static func shared(for context: ExtractionContext) -> LexiconIndex {
        cache.index(for: context.lexicons)
    }

    private static let cache = Cache()

    private final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var lexicons: [String: Lexicon] = [:]
        private var index: LexiconIndex?

        func index(for wanted: [String: Lexicon]) -> LexiconIndex {
            lock.lock()
            defer { lock.unlock() }
            // Equal dictionaries share storage across documents, so this compare is cheap.
            if let index, lexicons == wanted { return index }
            let built = LexiconIndex(lexicons: Array(wanted.values))
            lexicons = wanted
            index = built
            return built
        }
    }
}
