/// One place where a document names a person, as the prose reader found it.
struct PersonMention: Equatable {
    /// How the text introduces the person: the reader's evidence.
    enum Evidence: String, Equatable {
        /// A title or role just before the name (市政协主席吴志明, 市领导应勇、沙海林).
        case title
        /// An honorific just after the name (曹振华委员, 王五同志).
        case honorific
        /// Roles in brackets after the name (王海峰(民进杭州市委会)), or after it on its line (张三,民盟市委委员).
        case bracketed
        /// A list of names before a collective role (李家华、吴余龙、姜志权三位常委).
        case list
        /// A name opening a line before a colon and a title (张三:加快…), as speech digests head a speech.
        case heading
        /// A reporting verb after the name at the start of a clause (李强表示).
        case reported
        /// A name in a roster: after a label (出席会议的有:, 副主席:), under a party heading, or in a member table.
        case roster
        /// A byline or credit (记者张懿, (记者 王敏)): the person wrote, not took part.
        case byline
    }

    var name: String
    /// Byte range of the name in the normalized text.
    var nameRange: Range<Int>
    /// The roles as written, each a byte range (`市政协常委、湖北大学教授`, `民革平顶山市委会` after 代表).
    var roles: [Range<Int>]
    /// The clause the mention was read from.
    var sentence: Range<Int>
    var evidence: Evidence

    /// Bylines name writers, not participants.
    var isParticipant: Bool { evidence != .byline }
}
