import Foundation

extension SpeakerRoles {
    static let placeLevels = ["自治区", "街道", "省", "市", "区", "县", "州", "盟", "旗", "镇", "乡"]
    /// Levels whose bodies are named by their own level word (开福区妇联, 石牌镇妇联, 梅湾街道总工会); the others are a city's.
    static let ownLevels: Set<String> = ["区", "县", "旗", "镇", "乡", "街道"]
    /// What a national body is written after (全国妇联, 中国科协, 中华全国工商业联合会).
    static let nationalPrefixes: Set<String> = ["全国", "中华全国", "中国"]
    /// A school's or institute's own word before its party body (`校民盟`, `院九三学社`, `我校民盟委员会`).
    static let institutionPrefixes: Set<String> = ["校", "院", "我校", "本校", "该校", "我院", "本院"]
    /// The 届 of a term (`新一届`) before a body.
    static let termMarker = "届"

    /// `湖北省工商联副主席`, `全国工商联副主席`, `上海市民盟委员`: a party or
    /// federation after a place and its level (the place may be any city's).
    func placedMembership(_ item: String) -> Claim? {
        let bytes = Array(item.utf8)
        guard let hit = index.hits(in: bytes).first(where: { index.entries[$0.entry].label == "Party" }), hit.range.lowerBound > 0
        else { return nil }
        let place = String(decoding: bytes[..<hit.range.lowerBound], as: UTF8.self)
        // 新一届市工商联, 第五届区工商联: the term is no place; the body is the one after it.
        if let term = place.range(of: Self.termMarker, options: .backwards) {
            let body = String(decoding: bytes[place.utf8.distance(from: place.startIndex, to: term.upperBound)...], as: UTF8.self)
            return membership(body) ?? placedMembership(body)
        }
        let level: String?
        if Self.nationalPrefixes.contains(place) {
            level = "中央"
        } else if Self.institutionPrefixes.contains(place) {
            // 校民盟主委, 院农工党主委: the party's body at the school or institute.
            level = nil
        } else if let own = ownPlaceLevel(place) {
            level = own
        } else if DocumentCity.provinceLevel(place, bytes: []) != nil {
            // 福建侨联副主席, 内蒙古民盟: a name only a province bears, written bare before the body.
            level = "省委"
        } else if let marker = Self.placeLevels.first(where: { place.hasUTF8Suffix($0) }), place.unicodeScalars.count <= 8,
                  place.unicodeScalars.allSatisfy({ $0.value >= 0x3400 && $0.value <= 0x9FFF }) {
            level = marker == "省" || marker == "自治区" ? "省委" : (Self.ownLevels.contains(marker) ? marker + "委" : "市委")
        } else {
            return nil
        }
        var rest = String(decoding: bytes[hit.range.upperBound...], as: UTF8.self)
        // 上海市民盟市委: a level word may follow the party too.
        if let l = Self.partyLevels.first(where: { rest.hasUTF8Prefix($0) }) { rest.removeFirst(l.count) }
        // 四川民盟新联会会长: a post of an association the party keeps.
        if namesPartyAssociation(of: hit.entry, rest) { return nil }
        let surface = String(decoding: bytes[..<hit.range.upperBound], as: UTF8.self)
        return .member(party: hit.entry, level: level, role: rest.isEmpty ? "成员" : rest, surface: surface)
    }

    /// `莆田民革党员`, `福建民盟盟员`: the document's own city or province written without its level
    /// word before a party; the level of that party's committee there. Another bare place is no
    /// place here (a word before the party's name may be anything).
    func ownPlaceLevel(_ place: String) -> String? {
        guard place.unicodeScalars.count >= 2 else { return nil }
        if let city, place == city || place + cityLevel == city { return "市委" }
        if let province, province == place + "省" || province == place + "自治区" { return "省委" }
        return nil
    }

    static let communistPrefix = "中共"
    static let leagueBytes = Array("团".utf8)
    /// A committee of the Communist Party: of a province, city, district, county, prefecture (州, 地委),
    /// league (盟委) or banner (旗委), its discipline commission, and the committees of an organ or zone
    /// (党委, 党组, 党工委, and 工委 of 机关工委 or 开发区工委, a party's only with a secretary's post).
    static let committeeMarkers = ["省委", "市委", "区委", "县委", "州委", "盟委", "地委", "旗委", "镇委", "乡委", "纪委", "党委", "党组", "党工委", "工委"]
    /// Markers whose committee is the Communist Party's only with a secretary's post (关工委主任, 少工委主任 are no party's;
    /// a town's 镇委委员 is a seat readers take for no statement of membership, its 镇委副书记 one).
    static let secretaryOnlyMarkers: Set<String> = ["工委", "镇委", "乡委"]
    /// The committees of an organ, a school or a firm (机关党委, 党组), whose body's name comes before them.
    static let organCommittees: Set<String> = ["党委", "党组", "党工委"]
    static let secretaryPosts = ["书记", "副书记", "常务副书记", "专职副书记"].map { Array($0.utf8) }
    /// The united front department (统战部): its head (部长) and its deputy heads (副部长, 常务副部长) are the
    /// Party's. Readers key them so, 16 of 23 for a deputy, and the guide lists 统战部长 among the Party's
    /// posts. Its staff (党派处处长) are not: the department employs members of other parties too.
    static let unitedFront = Array("统战部".utf8)
    static let unitedFrontHeads = ["部长", "长", "副部长", "常务副部长"].map { Array($0.utf8) }

    /// Whether the 统战部 at `at` of `bytes` is followed by its head's or a deputy head's post (`统战部部长`,
    /// `统战部常务副部长`), not a staff post.
    static func namesUnitedFrontHead(_ bytes: [UInt8], at: Int) -> Bool {
        unitedFrontHeads.contains { UTF8Scan.hasPrefix($0, in: bytes, at: at + unitedFront.count) }
    }
    /// Posts that only a member of the Communist Party holds, wherever they appear in a role.
    static let communistPosts = ["总书记", "党组书记", "党组副书记", "党组成员", "党委书记", "党委副书记", "党工委书记", "党工委副书记",
                                 "党支部书记", "党支部副书记", "党总支书记", "党总支副书记", "党委委员", "纪委书记", "纪委副书记", "中共党员", "党员",
                                 // A zone's one department for the Party's propaganda and united front work, with its
                                 // organization work or not (区组宣统部部长): only the Party has one. 统战部 alone is no
                                 // party's (`unitedFront`), and a democratic party's committee may have a 组宣部 of its own.
                                 "组宣统部", "宣统部", "组织宣传统战部"]

    /// What follows 市委 (or 省委, 纪委 …) in a party post: a post or an organ of the committee.
    static let partyOrganPosts = ["书记", "副书记", "常务副书记", "专职副书记", "常委", "委员", "秘书长", "副秘书长", "统战部", "组织部", "宣传部",
                                  "政法委", "办公厅", "办公室", "政策研究室", "政研室", "农办", "网信办", "外办", "编办", "金融委",
                                  "金融办", "巡察", "社会工作部", "监委", "副主任", "主任"]

    /// A post of the Communist Party (中共): `市委书记`, `省委常委`, `武汉市委副书记`,
    /// `中共湖北省委常委`, `市纪委书记`, `党组书记`, `中共党员`. Nil for a democratic
    /// party's committee (民盟市委, handled by `membership`) or another job.
    /// Byte searches: this runs for every role item of every person.
    func communistPost(_ item: String) -> Claim? {
        let bytes = Array(item.utf8)
        // 区政协副主席、统战部部长: the department's head written bare in a chain is the place's Party
        // committee's (no democratic party has a united front department).
        if UTF8Scan.hasPrefix(Self.unitedFront, in: bytes, at: 0), Self.namesUnitedFrontHead(bytes, at: 0), let party = entry("Party", "中国共产党") {
            return .member(party: party, level: nil, role: item, surface: Self.communistPrefix)
        }
        // 集美大学统战部部长: the head of any body's united front department is the Party's (no democratic
        // party or federation has one), whatever body is written before it.
        if let at = UTF8Scan.find(Self.unitedFront, in: bytes, from: 0), at > 0, Self.namesUnitedFrontHead(bytes, at: at),
           UTF8Scan.find(Self.committeeChar, in: bytes, from: 0, to: at) == nil, let party = entry("Party", "中国共产党") {
            return .member(party: party, level: nil, role: item, surface: Self.communistPrefix)
        }
        // 中央书记处书记, 中央政治局委员, 中央顾问委员会副主任: the Party's central organs, written without 中共
        // (not 团中央书记处, a federation's 书记处: another body's name before them).
        if Self.centralOrgans.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: 0) }), let party = entry("Party", "中国共产党") {
            return .member(party: party, level: nil, role: item, surface: Self.communistPrefix)
        }
        // Cheap test first: every post below holds 委, 党, 中共 or (a joined department) 宣.
        guard UTF8Scan.find(Self.committeeChar, in: bytes, from: 0) != nil || UTF8Scan.find(Self.partyChar, in: bytes, from: 0) != nil
                || UTF8Scan.find(Self.propagandaChar, in: bytes, from: 0) != nil,
              let party = entry("Party", "中国共产党") else { return nil }
        var start = 0
        let explicit = UTF8Scan.hasPrefix(Self.communistBytes, in: bytes, at: 0)
        if explicit { start = Self.communistBytes.count }
        // The place: up to six Han characters before the committee marker.
        for (marker, markerBytes) in Self.committeeMarkerBytes {
            guard let at = UTF8Scan.find(markerBytes, in: bytes, from: start) else { continue }
            var place = start..<at
            // 学习了市委书记: a long run before 市委 is no place; the post stands alone.
            if UTF8Scan.scalarCount(bytes, place) > 6, marker.unicodeScalars.count == 2, !explicit,
               Self.leaderPosts.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at + markerBytes.count) }),
               Self.placeLevelChars.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }) {
                place = at..<at
            }
            let roleStart = at + markerBytes.count
            // An organ's committee (某学院机关党委) may follow a body's name of any length; a place is short.
            guard UTF8Scan.scalarCount(bytes, place) <= 6 || Self.organCommittees.contains(marker), roleStart < bytes.count,
                  Self.partyOrganPostBytes.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: roleStart) }),
                  marker.unicodeScalars.count == 2 || Self.organCommittees.contains(marker) || !place.isEmpty || explicit,
                  // 政协 and 人大 are read as seats; their 党组 posts are matched below.
                  UTF8Scan.find(Self.cppccBytes, in: bytes, from: place.lowerBound, to: place.upperBound) == nil,
                  UTF8Scan.find(Self.congressBytes, in: bytes, from: place.lowerBound, to: place.upperBound) == nil,
                  // 团市委书记, 共青团区委副书记: the Youth League's committee, not the Party's.
                  UTF8Scan.find(Self.leagueBytes, in: bytes, from: place.lowerBound, to: place.upperBound) == nil
            else { continue }
            if Self.secretaryOnlyMarkers.contains(marker), !Self.secretaryPosts.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: roleStart) }) { continue }
            // 市委统战部党派处处长: a staff post of the department (its heads are the Party's); written with 中共
            // (中共某市委统战部处长) the text states the Party, and readers take it for a member.
            if UTF8Scan.hasPrefix(Self.unitedFront, in: bytes, at: roleStart),
               !Self.namesUnitedFrontHead(bytes, at: roleStart), !explicit { return nil }
            let role = String(decoding: bytes[roleStart...], as: UTF8.self)
            // 省委办公厅督查室二级调研员: a staff grade in the committee's offices (their heads are read as the Party's).
            if !explicit, Self.officeOrgans.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: roleStart) }), Self.isStaffPost(role) { return nil }
            let level = marker == "纪委" || marker == "党委" || marker == "党组" || marker == "党工委" || marker == "工委" ? nil : marker
            return .member(party: party, level: level, role: marker == "纪委" ? "纪委" + role : (level == nil ? marker + role : role),
                           surface: Self.communistPrefix)
        }
        // 中共十八届六中全会, 中共某省第十次党代会: a meeting of the Party, no post.
        if explicit, start < bytes.count, !PersonReader.meetingNames.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, start..<bytes.count) }) {
            return .member(party: party, level: nil, role: String(decoding: bytes[start...], as: UTF8.self), surface: Self.communistPrefix)
        }
        if let post = Self.communistPostBytes.first(where: { UTF8Scan.find($0.1, in: bytes, from: 0) != nil }) {
            // 莆田民革党员, 致公党党员: a bare 党员 after another party's name is that party's member.
            if post.0 == Self.bareMember, let at = UTF8Scan.find(post.1, in: bytes, from: 0),
               index.hits(in: bytes).contains(where: { $0.range.upperBound <= at && index.entries[$0.entry].label == "Party" && $0.entry != party }) {
                return nil
            }
            return .member(party: party, level: nil, role: post.0, surface: Self.communistPrefix)
        }
        return nil
    }

    /// The Party's central organs, a post in which names the Party even written without 中共.
    static let centralOrgans = ["中央书记处", "中央政治局", "中央顾问委员会", "中顾委"].map { Array($0.utf8) }
    static let committeeChar = Array("委".utf8)
    static let officeOrgans = ["办公厅", "办公室", "政策研究室", "政研室"].map { Array($0.utf8) }
    static let leaderPosts = ["书记", "副书记", "常委"].map { Array($0.utf8) }
    static let placeLevelChars = ["市", "省", "区", "县"].map { Array($0.utf8) }
    static let partyChar = Array("党".utf8)
    static let propagandaChar = Array("宣".utf8)
    static let communistBytes = Array(communistPrefix.utf8)
    static let cppccBytes = Array("政协".utf8)
    static let congressBytes = Array("人大".utf8)
    static let committeeMarkerBytes = committeeMarkers.map { ($0, Array($0.utf8)) }
    static let partyOrganPostBytes = partyOrganPosts.map { Array($0.utf8) }
    static let bareMember = "党员"
    static let communistPostBytes = communistPosts.map { ($0, Array($0.utf8)) }
}
