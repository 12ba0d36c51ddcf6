/// A session's discussion group named in the clause before a speaker's roles (`在中国共产党界讨论组,
/// 市政协主席甲说`, `在群众团体、工商联讨论组,委员乙表示`), which a reader may take in as a role.
extension SpeakerRoles {
    static let groupOpening = "在"
    static let discussionGroup = "讨论组"
    /// Words of a sector's group after 界 or 界别 (`经济界别小组`, `文艺界组`).
    static let sectorGroupWords = ["小组", "组"]
    static let groupJoiners = ["、", "和", "及", "与"]

    /// What a clause naming a discussion group says: `.some(sector)` for the group of one sector written
    /// with 界 or 界别 (its members sit for it), `.some(nil)` for any other group (several sectors joined:
    /// no one's sector is said; a federation named there is no body of the speaker's), nil for a clause
    /// that names no group (`市委巡察组`, `领导小组` are bodies: only 讨论组, or 组 after a sector, is a group).
    static func discussionGroup(_ clause: Substring) -> String?? {
        var name = clause.hasUTF8Prefix(groupOpening) ? clause.dropFirst(groupOpening.count) : clause
        if name.hasUTF8Suffix(discussionGroup) {
            name = name.dropLast(discussionGroup.count)
        } else if let word = sectorGroupWords.first(where: { name.hasUTF8Suffix($0) }),
                  name.dropLast(word.count).hasUTF8Suffix(sectorMarker) || name.dropLast(word.count).hasUTF8Suffix(sectorGroup) {
            name = name.dropLast(word.count)
        } else {
            return nil
        }
        guard !name.isEmpty, !groupJoiners.contains(where: { name.utf8Range(of: $0) != nil }),
              name.hasUTF8Suffix(sectorMarker) || name.hasUTF8Suffix(sectorGroup)
        else { return .some(nil) }
        return .some(String(name))
    }
}
