import Foundation

extension SpeakerRoles {
    static let placeLevels = ["自治区", "省", "市", "区", "县", "州", "盟", "旗"]

    /// `湖北省工商联副主席`, `全国工商联副主席`, `上海市民盟委员`: a party or
    /// federation after a place and its level (the place may be any city's).
    func placedMembership(_ item: String) -> Claim? {
        let bytes = Array(item.utf8)
        guard let hit = index.hits(in: bytes).first(where: { index.entries[$0.entry].label == "Party" }), hit.range.lowerBound > 0
        else { return nil }
        let place = String(decoding: bytes[..<hit.range.lowerBound], as: UTF8.self)
        let level: String
        if place == "全国" || place == "中华全国" {
            level = "中央"
        } else if let marker = Self.placeLevels.first(where: { place.hasSuffix($0) }), place.unicodeScalars.count <= 8,
                  place.unicodeScalars.allSatisfy({ $0.value >= 0x3400 && $0.value <= 0x9FFF }) {
            level = marker == "省" || marker == "自治区" ? "省委" : (marker == "区" || marker == "县" || marker == "旗" ? marker + "委" : "市委")
        } else {
            return nil
        }
        var rest = String(decoding: bytes[hit.range.upperBound...], as: UTF8.self)
        // 上海市民盟市委: a level word may follow the party too.
        if let l = Self.partyLevels.first(where: { rest.hasPrefix($0) }) { rest.removeFirst(l.count) }
        let surface = String(decoding: bytes[..<hit.range.upperBound], as: UTF8.self)
        return .member(party: hit.entry, level: level, role: rest.isEmpty ? "成员" : rest, surface: surface)
    }

    static let communistPrefix = "中共"
    static let committeeMarkers = ["省委", "市委", "区委", "县委", "州委", "旗委", "纪委", "党委", "党组", "党工委"]
    /// Posts that only a member of the Communist Party holds, wherever they appear in a role.
    static let communistPosts = ["总书记", "党组书记", "党组副书记", "党组成员", "党委书记", "党委副书记", "党工委书记", "党工委副书记",
                                 "党支部书记", "纪委书记", "纪委副书记", "中共党员", "党员"]

    /// What follows 市委 (or 省委, 纪委 …) in a party post: a post or an organ of the committee.
    static let partyOrganPosts = ["书记", "副书记", "常务副书记", "常委", "委员", "秘书长", "副秘书长", "统战部", "组织部", "宣传部",
                                  "政法委", "办公厅", "办公室", "政策研究室", "政研室", "农办", "网信办", "外办", "编办", "金融委",
                                  "金融办", "巡察", "社会工作部", "监委", "副主任", "主任"]

    /// A post of the Communist Party (中共): `市委书记`, `省委常委`, `武汉市委副书记`,
    /// `中共湖北省委常委`, `市纪委书记`, `党组书记`, `中共党员`. Nil for a democratic
    /// party's committee (民盟市委, handled by `membership`) or another job.
    func communistPost(_ item: String) -> Claim? {
        guard let party = entry("Party", "中国共产党") else { return nil }
        var text = Substring(item)
        var explicit = false
        if text.hasPrefix(Self.communistPrefix) { text = text.dropFirst(2); explicit = true }
        // The place: up to six Han characters before the committee marker.
        for marker in Self.committeeMarkers {
            guard let r = text.utf8Range(of: marker) else { continue }
            let place = text[..<r.lowerBound]
            let role = String(text[r.upperBound...])
            guard place.unicodeScalars.count <= 6, Self.partyOrganPosts.contains(where: { role.hasPrefix($0) }),
                  marker.count == 2 || !place.isEmpty || explicit,
                  // 政协 and 人大 are read as seats; their 党组 posts are matched below.
                  !place.contains("政协"), !place.contains("人大")
            else { continue }
            let level = marker == "纪委" || marker == "党委" || marker == "党组" || marker == "党工委" ? nil : String(marker)
            return .member(party: party, level: level, role: marker == "纪委" ? "纪委" + role : (level == nil ? marker + role : role),
                           surface: Self.communistPrefix)
        }
        if explicit, !text.isEmpty {
            return .member(party: party, level: nil, role: String(text), surface: Self.communistPrefix)
        }
        if let post = Self.communistPosts.first(where: { item.hasSuffix($0) || item.contains($0) }) {
            return .member(party: party, level: nil, role: post, surface: Self.communistPrefix)
        }
        return nil
    }
}
