/// A university's short name of two characters (`山大` for 山东大学, `海大` for 中国海洋大学) read
/// as a name between a party and its post (`民盟山大副主委`): a university is no person.
/// Such a name is one character, then 大. It is a university's where the document names that
/// university in full (a character of its name, then 大学), or where it stands between a party's
/// name and a post of the party's body there (`民建海大总支副主委`), as no person's name is written;
/// a person's name ending in 大 stands anywhere else.
enum UniversityShortName {
    static let university = Array("大学".utf8)
    static let big: Unicode.Scalar = "大"
    /// How many characters before 大学 may hold the short name's first (中国海洋|大学).
    static let longestName = 8
    /// Posts and bodies of a party at a university, written after its short name.
    static let partyBodyPosts = ["副主委", "主委", "总支", "支部", "基层委", "委员会"].map { Array($0.utf8) }

    /// Whether the mention's name is a university's short name. `partyEnds`: where each party name
    /// of the document ends. O(n) per name of this shape, O(1) for any other.
    static func isShortName(_ mention: PersonMention, in bytes: [UInt8], partyEnds: Set<Int>) -> Bool {
        let scalars = Array(mention.name.unicodeScalars)
        guard scalars.count == 2, scalars[1] == big else { return false }
        if partyEnds.contains(mention.nameRange.lowerBound),
           partyBodyPosts.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: mention.nameRange.upperBound) }) { return true }
        let first = Array(String(scalars[0]).utf8)
        var from = 0
        while let at = UTF8Scan.find(university, in: bytes, from: from) {
            from = at + university.count
            var start = at
            while start >= 3, at - start < 3 * longestName, UTF8Scan.isHan(bytes, at: start - 3) { start -= 3 }
            if UTF8Scan.find(first, in: bytes, from: start, to: at) != nil { return true }
        }
        return false
    }
}
