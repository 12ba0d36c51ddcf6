/// Which lexicon hits of topics (`Industry` entries) say what a sentence is
/// about. A topic word that is part of a name is not a topic: an institute,
/// a school or an employer (`江汉大学武汉生物医学研究院院长`, `…人工智能科技有限公司董事长`).
/// Nor is a negated one (`非化工类企业` is about companies that are not
/// chemical): such hits are left out, not marked.
enum TopicHits {
    /// Words that end the name of an institution: a topic word followed by one
    /// within `nameReach` Han characters of the same clause is part of that name.
    static let institutionWords = [
        "研究院", "研究所", "研究中心", "研究会", "学院", "大学", "医院", "公司", "集团", "实验室", "协会", "学会",
        "商会", "基金会", "事务所",
    ].map { Array($0.utf8) }
    /// The same words as a trie: one walk at each place instead of a comparison with each word
    /// (this runs at up to seven places after every topic hit, 19M instructions of 100 documents).
    static let institutionTrie = Gazetteer(terms: institutionWords.map { (String(decoding: $0, as: UTF8.self), 0) })
    static let nameReach = 6
    static let negation = Array("非".utf8)

    /// Whether the topic hit at `span` is what its sentence is about.
    static func isTopic(_ span: Range<Int>, in bytes: [UInt8]) -> Bool {
        if UTF8Scan.hasSuffix(negation, in: bytes, 0..<span.lowerBound) { return false }
        var at = span.upperBound
        for _ in 0...nameReach {
            if institutionTrie.longestMatch(in: bytes, at: at, end: bytes.count) != nil { return false }
            guard DocumentCity.isHan(bytes, at) else { break }
            at += 3
        }
        return true
    }
}
