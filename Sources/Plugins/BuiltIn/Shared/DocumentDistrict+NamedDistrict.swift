/// The one district a city's document names in its text with one of its bodies or its news
/// (`兴山区妇联第六届执委会`, `,郊区工商业联合会第六届会员代表大会`, `辽阳市太子河区侨联`):
/// a district's page under its city's manifest, whose bare `区妇联`, `团区委` are that district's.
extension DocumentDistrict {
    static let districtLevel = Array("区".utf8)
    /// What follows a district's name when the text names one of its bodies by its full name.
    static let districtBodyMarkers = ["工商业联合会", "妇女联合会", "归国华侨联合会", "妇女代表大会"].map { Array($0.utf8) }
    /// Characters no district's name opens with: words before a level (我区, 全区, 各区, 该区…);
    /// 和 may open one (和平区).
    static let notDistrictOpenings: Set<UInt32> = notNameCharacters.subtracting("和与及".unicodeScalars.map(\.value))
    static let longestDistrictName = 4
    /// A district's name right after its city's (承德市鹰手营子矿区) may be longer.
    static let longestNameAfterCity = 6
    /// How many characters of a verb before the name a run may take in (`选举产生|某区`), cut off by `FederationPlace.placeStart`.
    static let boundaryReach = 4
    /// Words inside a run before 区 that make it a clause, not a name (`肯定了兴山区`, `是某区`).
    static let notDistrictCharacters: Set<UInt32> = Set("的了在是把等到对并就于以被让使".unicodeScalars.map(\.value))
    /// How often the text must write the district with its level: a district's own page names it
    /// again and again, while a clause before a bare `区妇联` (`并对下步区妇联`) is written once.
    static let minimumDistrictMentions = 2

    /// The district (its name without 区) the text names with a body or its news, when it names
    /// exactly one: the name is the whole run of Han characters before 区 back to punctuation, a
    /// line's start or its city's 市 (one to four characters; one only for `oneCharacterDistricts`),
    /// and no community, park or area (`FederationPlace.notPlaces`), written with 区 twice at least.
    /// A search for 区 by memchr; each new name is counted once. O(n) per name.
    static func namedDistrict(_ bytes: [UInt8]) -> String? {
        var found: Set<String> = []
        var from = 3
        while let at = UTF8Scan.find(districtLevel, in: bytes, from: from) {
            from = at + 1
            let fullBody = districtBodyMarkers.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at + 3) })
            guard fullBody || namedPlaceMarkers.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at + 3) }) else { continue }
            var start = at
            while start >= 3, DocumentCity.isHan(bytes, start - 3), scalar(bytes, at: start - 3) != prefectureLevel,
                  at - start <= 3 * longestDistrictName + 3 * boundaryReach { start -= 3 }
            // 选举产生西湖管理区妇女联合会: the name begins after the verb; 承德市鹰手营子矿区: after its city, whole.
            let afterCity = (at - start) / 3 > longestDistrictName && follows(knownCityAt: start, bytes)
            if !afterCity { start = FederationPlace.placeStart(bytes, start..<(at + 3)) }
            let count = (at - start) / 3
            guard count >= 1, count <= (afterCity ? longestNameAfterCity : longestDistrictName), !notDistrictOpenings.contains(scalar(bytes, at: start)),
                  stride(from: start, to: at, by: 3).allSatisfy({ !notDistrictCharacters.contains(scalar(bytes, at: $0)) }) else { continue }
            let name = String(decoding: bytes[start..<at], as: UTF8.self)
            guard count > 1 || SpeakerRoles.oneCharacterDistricts.contains(name),
                  !FederationPlace.notPlaces.contains(where: { (name + "区").hasSuffix($0) }),
                  !verbsBeforeBodies.contains(name) else { continue }
            guard !found.contains(name) else { continue }
            // A body's full name (某管理区妇女联合会) names its district once; a short one may be a clause's end.
            guard fullBody || PartyContext.occurrences(of: Array((name + "区").utf8), in: bytes) >= minimumDistrictMentions else { continue }
            found.insert(name)
            if found.count > 1 { return nil }
        }
        return found.first
    }

    /// Whether `start` of `bytes` follows a prefecture city the table knows and its 市 (`承德市`).
    static func follows(knownCityAt start: Int, _ bytes: [UInt8]) -> Bool {
        guard start >= 9, scalar(bytes, at: start - 3) == prefectureLevel else { return false }
        return knownCity(endingAt: start - 3, bytes, lengths: [2, 3]) != nil
    }
}
