import Graph

extension SpeakerRoles {
    /// The roles reader of one document: its city and province, and the district or town
    /// its headline or manifest names, whose bare 工商联, 妇联 and 团区委 are their own.
    /// Every reader of persons takes it from here, so a role reads the same in each.
    static func of(_ prepared: PreparedDocument, index: LexiconIndex) -> SpeakerRoles {
        var roles = SpeakerRoles(index: index, city: prepared.city, province: prepared.province)
        let headline = DocumentDistrict.headline(prepared.text.bytes, lines: prepared.lines)
        roles.district = headline.flatMap(DocumentDistrict.of)
        roles.town = headline.flatMap(DocumentDistrict.town)
        // A district's document (开福区): its 区妇联 is the district's, its 市妇联 the city's the text names (长沙市开福区).
        if let (district, city) = DocumentDistrict.ofPlace(prepared.city, bytes: prepared.text.bytes)
            ?? DocumentDistrict.ofPlace(prepared.city.flatMap { DocumentDistrict.countyWritten($0, bytes: prepared.text.bytes) }, bytes: prepared.text.bytes) {
            roles.district = district
            roles.city = city
        }
        // A county's page under a manifest that names it bare (通道): no city of its own.
        else if let city = prepared.city, DocumentDistrict.isBareCounty(city, bytes: prepared.text.bytes) { roles.city = nil }
        if let city = roles.city, let level = Self.cityLevel(of: city, bytes: prepared.text.bytes) {
            roles.cityLevel = level
            // 迪庆州 written 迪庆藏族自治州 too: its bodies are also called by the full name, the text's or the table's.
            if level == "州" {
                roles.cityFullName = DocumentDistrict.autonomousPrefecture(city, bytes: prepared.text.bytes) ?? DocumentCity.provinces.autonomousNames[city]
            }
        }
        // 区政协十届三次会议 … 民革槐荫区总支部委员会: a district's CPPCC writing of itself under its city's manifest.
        if roles.district == nil, prepared.city != nil { roles.district = DocumentDistrict.ownCommitteeDistrict(prepared.text.bytes) }
        if roles.district == nil {
            roles.countyCity = headline.flatMap { DocumentDistrict.countyCity(headline: $0, city: prepared.city) }
            roles.openingDistrict = DocumentDistrict.opening(prepared.text.bytes)
            // A county's page under its prefecture's manifest (安庆, 绍兴): the county the text names.
            if let city = prepared.city, DocumentCity.province(ofCity: city) != nil {
                let named = DocumentDistrict.named(prepared.text.bytes, city: city)
                roles.namedCounty = named.county
                if roles.countyCity == nil { roles.countyCity = named.countyCity }
            }
            if prepared.city != nil { roles.namedDistrict = DocumentDistrict.namedDistrict(prepared.text.bytes) }
            // A province's document (广东省) naming one of its cities with a body: its bare 市工商联 is that city's.
            if roles.city == nil, roles.countyCity == nil, let province = prepared.province {
                roles.countyCity = DocumentDistrict.namedPrefecture(prepared.text.bytes, province: province)
            }
        }
        roles.text = prepared.text.bytes
        roles.nationalSession = roles.city == nil && roles.province == nil && roles.district == nil
            && UTF8Scan.find(Self.nationalCPPCC, in: prepared.text.bytes, from: 0) != nil
        return roles
    }

    /// Writes what `claims` say about `person`: SERVES_ON, MEMBER_OF (with
    /// `role`, `level` and the document's `date`), WORKS_AT, and an academy
    /// membership, each quoting `range`. Shared by every reader of persons, so a
    /// role reads the same in a speaker line and in running prose. A membership
    /// the text does not state carries `inferred: true` and `reason`.
    func write(_ claims: [Claim], for person: NodeID, date: Value, at range: Range<Int>, inferred reason: String? = nil,
               writer: inout FactWriter) throws {
        for claim in claims {
            switch claim {
            case .serves(let body, let entry, let role):
                let org = try entry.map { try writer.entity(index.entries[$0], at: range) }
                    ?? writer.entity("Organization", body, at: range)
                try writer.relate("SERVES_ON", person, org, properties: ["role": .string(role), "date": date], at: range)
            case .member(let party, let level, let role, let surface):
                // 民盟市委, 市民盟, 民盟武汉市委员会 become aliases of 中国民主同盟;
                // a city's 工商联 is a body of its own (see `localBody`).
                let node = try localBody(party, level: level, surface: surface, at: range, writer: &writer)
                    ?? writer.entity(index.entries[party], surface: surface, at: range)
                var props: [String: Value] = ["role": .string(role), "date": date]
                if let level { props["level"] = .string(level) }
                if let reason {
                    props["inferred"] = true
                    props["reason"] = .string(reason)
                }
                try writer.relate("MEMBER_OF", person, node, properties: props, at: range)
            case .sector(let name, let role):
                // 医药界: a sector the lexicon does not know, named as the text writes it.
                let node = try writer.entity("Party", name, properties: ["kind": "界别"], at: range)
                try writer.relate("MEMBER_OF", person, node, properties: ["role": .string(role), "date": date], at: range)
            case .works(let employer, let entry, let label, let title):
                let node = try entry.map { try writer.entity(index.entries[$0], at: range) }
                    ?? writer.entity(label, employer, at: range)
                try writer.relate("WORKS_AT", person, node, properties: ["title": .string(title), "date": date], at: range)
            case .academician(let academy, let entry):
                let node = try entry.map { try writer.entity(index.entries[$0], at: range) }
                    ?? writer.entity("Organization", academy, at: range)
                try writer.relate("MEMBER_OF", person, node, properties: ["role": "院士", "date": date], at: range)
                try writer.graph.setProperty("academician", to: .string(academy + "院士"), on: person)
            case .other:
                break
            }
        }
    }

    /// A federation (工商联, 妇联, 共青团 …: an entry with a `local` name) is
    /// that of a place: the city's, province's or district's own body
    /// (`武汉市工商业联合会`, kind 界别, level 市, city 武汉), PART_OF the
    /// national one. A bare `工商联` (`市工商联`, `工商联界`) in a city's
    /// document is the city's; in a document of no known place it is a local
    /// body whose place is not known (`placeUnknown`), never the national one.
    /// Nil for a party, or where the text names the national body (全国工商联,
    /// 中华全国工商业联合会) or the document is national.
    static let termOpening = "第"
    static let levelOfPlace: [Character: String] = ["省": "省委", "市": "市委", "区": "区委", "县": "县委"]

    func localBody(_ party: Int, level: String?, surface: String, at range: Range<Int>, writer: inout FactWriter) throws -> NodeID? {
        let entry = index.entries[party]
        guard let local = entry.properties["local"], level != "中央", !surface.contains("全国"), surface != entry.name else { return nil }
        // A national document's bare 台联 is the nation's; its 江苏省台联 is still 江苏's.
        let nationalDocument = Self.nationalPlaces.contains(city ?? "")
        if nationalDocument, level == nil { return nil }
        let city = nationalDocument ? nil : city
        let prefix = entry.properties["local-prefix"] ?? ""
        // 省科学技术协会第八届委员会兼职副主席: a term's committee read as the level; the place's level is written before it.
        var level = level
        if let term = level, term.hasUTF8Prefix(Self.termOpening), let cut = surface.utf8Range(of: Self.termOpening) {
            let place = surface[..<cut.lowerBound]
            if let last = place.last(where: { Self.levelOfPlace[$0] != nil }) { level = Self.levelOfPlace[last] }
        }
        // A bare 工商联 in a town's own news (大涌镇工商联(商会)…,工商联(商会)主席甲) is the town's.
        guard let level = level ?? district?.level ?? town?.level ?? (city != nil ? "市委" : province != nil ? "省委" : nil) else {
            if nationalSession { return nil }
            return try placeUnknownBody(entry, name: prefix + local, at: range, writer: &writer)
        }
        let marker: String
        switch level {
        case "省委": marker = "省"
        case "区委": marker = "区"
        case "县委": marker = "县"
        case "旗委": marker = "旗"
        case "镇委": marker = "镇"
        case "乡委": marker = "乡"
        case "街道委": marker = "街道"
        default: marker = "市"
        }
        // The place the text names (湖北省工商联, 共青团涪城区委), else the document's city for a city body.
        // 团市委, 共青团区委: the league's own word is no place.
        let placed = !prefix.isEmpty && surface.hasUTF8Prefix(prefix) ? String(surface.dropFirst(prefix.count)) : surface
        let named = Self.placePrefix(of: placed, before: marker).flatMap { prefix.hasUTF8Suffix($0) ? nil : $0 }
        // A manifest may write the city with its level (哈尔滨市): the body is 哈尔滨市工商业联合会, not 哈尔滨市市….
        let cityName = city.map { $0.hasUTF8Suffix("市") ? String($0.dropLast()) : $0 }
        // 市科协 in a banner's or a county's document (库伦旗, 平阴县): its prefecture's, which the manifest does not name
        // (a bare 工商联 there is the banner's own).
        let cityOfManifest = cityName.flatMap { name in placed.utf8Range(of: "市") != nil && ["旗", "县"].contains(where: { name.hasUTF8Suffix($0) }) ? nil : name }
        var place = named ?? (marker == "市" ? (countyCity ?? cityOfManifest ?? "") : "")
        // 工商联 or 团区委 in 黄埔区政协's document: 黄埔区's; 镇妇联 in a town's news (王店镇召开…): that town's.
        if named == nil, let district, district.level == level { place = district.name }
        // 高新区科协 in the document of 天津滨海高新技术产业开发区: the zone written short is the district's zone.
        if let short = named, let district, district.level == level, short.count == 2, district.name.count > 4,
           DocumentDistrict.zoneStems.contains(where: { district.name.hasUTF8Suffix($0) }), district.name.containsText(short) {
            place = district.name
        }
        if named == nil, let town, town.level == level { place = town.name }
        // 区工商联 in a document whose dateline is 静安区讯: 静安区's.
        if named == nil, place.isEmpty, let openingDistrict, openingDistrict.level == level { place = openingDistrict.name }
        // 县妇联, 我县工商联 in 安庆's document that names 怀宁县 alone: 怀宁县's.
        if named == nil, place.isEmpty, let namedCounty, level == "县委" { place = namedCounty }
        // 区妇联, 团区委 in 鹤岗's document that names 兴山区妇联 alone: 兴山区's.
        if named == nil, place.isEmpty, let namedDistrict, level == "区委" { place = namedDistrict }
        // 旗工商联 in a document whose manifest names the banner (苏尼特左旗) or the county (某某县): that place's.
        let manifestPlace = named == nil && place.isEmpty && marker != "市" && city.map { $0.count > marker.count + 1 && $0.hasUTF8Suffix(marker) } == true
        if manifestPlace, let city { place = String(city.dropLast(marker.count)) }
        // 上海静安区工商联, 成都市武侯区妇联: the district's body, the city written before the district.
        // (A development zone keeps its city: 合肥高新技术产业开发区 is its name, 高新技术产业开发区 any city's.)
        var writtenPlace: String?
        if marker == "区" || marker == "县", let cityName, !cityName.isEmpty, !DocumentDistrict.zoneStems.contains(where: { place.hasUTF8Suffix($0) }) {
            for lead in [cityName + "市", cityName] where place.hasUTF8Prefix(lead) && place.count >= lead.count + 2 {
                writtenPlace = place
                place = String(place.dropFirst(lead.count))
                break
            }
        }
        // 省工商联 in a province's (or one of its cities') document: that province's.
        // 自治区侨联 in 广西壮族自治区's document: 广西壮族自治区归国华侨联合会.
        var levelWord = marker
        // 工商联 in 恩施's document that writes 恩施州: 恩施州工商业联合会.
        if named == nil, marker == "市", place == cityName, place != countyCity { levelWord = cityLevel }
        // 内蒙古自治区侨联, 内蒙古侨联, 福建侨联: a region's or a province's body, written with 自治区 or bare.
        let writtenProvince = named == nil && marker == "省" ? Self.provinceWritten(before: placed) : nil
        if let writtenProvince {
            place = writtenProvince.place
            levelWord = writtenProvince.level
        }
        if named == nil, writtenProvince == nil, marker == "省", var province {
            // A city's province from the table is written short (新疆 of 乌鲁木齐): its full name.
            province = DocumentCity.regionNames[province] ?? province
            if province.hasUTF8Suffix("省") { place = String(province.dropLast()) }
            if province.hasUTF8Suffix("自治区") { place = String(province.dropLast(3)); levelWord = "自治区" }
        }
        // 市工商联 in a document of no known city: a city's body, which city not known.
        if place.isEmpty { return try placeUnknownBody(entry, name: prefix + levelWord + local, at: range, writer: &writer) }
        // 武侯区工商联 in 成都's document: 武侯区工商业联合会, also called 成都市武侯区工商业联合会.
        var cityPrefix = ""
        if !place.isEmpty, !manifestPlace, marker == "区" || marker == "县", let cityName, !cityName.isEmpty, cityName != place,
           !Self.nationalPlaces.contains(cityName) {
            cityPrefix = cityName + "市"
        }
        // 东城区工商联 in a document whose manifest names the district, where the text writes 北京市东城区…: also called
        // with that city.
        if cityPrefix.isEmpty, !place.isEmpty, marker == "区" || marker == "县",
           let written = DocumentDistrict.cityWritten(before: place + levelWord, in: text, isCity: DocumentCity.isCity) {
            cityPrefix = written + "市"
        }
        let name = prefix + place + levelWord + local
        var properties: [String: Value] = ["kind": .string(entry.properties["kind"] ?? "界别"), "level": .string(marker)]
        if let short = entry.properties["short"] { properties["short"] = .string(short) }
        if marker == "市", !place.isEmpty { properties["city"] = .string(place) }
        if marker != "市", !place.isEmpty { properties["place"] = .string(place) }
        var aliases: [String] = []
        if let short = entry.properties["short"], !place.isEmpty, prefix.isEmpty { aliases.append(place + levelWord + short) }
        if !cityPrefix.isEmpty { aliases.append(prefix + cityPrefix + place + levelWord + local) }
        if let writtenPlace, !aliases.contains(prefix + writtenPlace + levelWord + local) { aliases.append(prefix + writtenPlace + levelWord + local) }
        // 迪庆州妇女联合会, also 迪庆藏族自治州妇女联合会 where the text writes the prefecture so.
        if let cityFullName, place == cityName, levelWord == cityLevel { aliases.append(prefix + cityFullName + local) }
        // 城厢镇侨联 in 武平县's document: also 武平县城厢镇归国华侨联合会, the town's body with its county written;
        // in a city's with no county between (中山): also 中山市大涌镇工商业联合会.
        if Self.townLevelWords.contains(marker), !place.isEmpty {
            if let district, let level = district.level.first {
                if !place.hasUTF8Prefix(district.name) { aliases.append(prefix + district.name + String(level) + place + levelWord + local) }
            } else if let cityName, !cityName.isEmpty, !Self.nationalPlaces.contains(cityName), !place.hasUTF8Prefix(cityName), cityLevel == "市" {
                aliases.append(prefix + cityName + "市" + place + levelWord + local)
            }
        }
        let node = try writer.entity("Party", name, properties: properties, aliases: aliases, at: range)
        let national = try writer.entity(entry, at: range)
        try writer.relate("PART_OF", node, national, at: range)
        return node
    }

    /// The province or autonomous region a federation's surface opens with, written with 自治区
    /// (`内蒙古自治区侨联`) or bare (`内蒙古侨联`, `福建侨联`: a name only a province bears), as its
    /// place and level word (`内蒙古`, `自治区`; `福建`, `省`).
    static func provinceWritten(before surface: String) -> (place: String, level: String)? {
        if surface.utf8Range(of: "自治区") != nil {
            // The region's full name wherever it stands in the surface (产生广西壮族自治区归国华侨联合会).
            guard let full = DocumentCity.regionNames.values.first(where: { surface.containsText($0) }) else { return nil }
            return (String(full.dropLast(3)), "自治区")
        }
        for count in [3, 2] where surface.count > count {
            guard let full = DocumentCity.provinceLevel(String(surface.prefix(count)), bytes: []) else { continue }
            if full.hasUTF8Suffix("自治区") { return (String(full.dropLast(3)), "自治区") }
            if full.hasUTF8Suffix("省") { return (String(full.dropLast()), "省") }
        }
        return nil
    }

    /// Levels of a prefecture that is no 市: an autonomous prefecture (州), a prefecture (地区) or a league (盟).
    static let prefectureLevels = ["州", "地区", "盟"]

    /// The level a manifest's city takes in the text when it is not 市 (`恩施` written `恩施州`),
    /// for a prefecture of the provinces table or a place it does not hold (its cities are 市); a few finds.
    /// None (empty) when the manifest writes the level itself (`锡林郭勒盟`).
    static func cityLevel(of city: String, bytes: [UInt8]) -> String? {
        // 锡林郭勒盟, 阿里地区, 延边朝鲜族自治州: a manifest that writes the prefecture with its level; nothing to
        // add (温州, 梅州 end in 州 and are cities).
        // 镶黄旗, 平阴县: a banner or a county the manifest names with its level is no city to add 市 to.
        if ["盟", "地区", "自治州", "旗", "县"].contains(where: { city.hasUTF8Suffix($0) }) { return "" }
        guard !city.hasUTF8Suffix("市"), DocumentCity.provinces.prefectures.contains(city) || DocumentCity.province(ofCity: city) == nil,
              !DocumentCity.provinces.names.contains(city),
              UTF8Scan.find(Array((city + "市").utf8), in: bytes, from: 0) == nil else { return nil }
        // 甘孜: an autonomous prefecture is a 州 where the text only writes 州科协, 州委 and never the place with its level.
        return prefectureLevels.first { UTF8Scan.find(Array((city + $0).utf8), in: bytes, from: 0) != nil }
            ?? (DocumentCity.provinces.autonomousNames[city] != nil ? "州" : nil)
    }

    /// The level words of a town's bodies (石牌镇妇联, 某乡侨联, 梅湾街道总工会).
    static let townLevelWords: Set<String> = ["镇", "乡", "街道"]

    /// Manifest places that mean the national level.
    static let nationalPlaces: Set<String> = ["全国", "中央"]
    static let nationalCPPCC = Array("全国政协".utf8)

    /// A local federation whose place neither the text nor the manifest gives.
    func placeUnknownBody(_ entry: LexiconIndex.Entry, name: String, at range: Range<Int>, writer: inout FactWriter) throws -> NodeID {
        var properties: [String: Value] = ["kind": .string(entry.properties["kind"] ?? "界别"), "placeUnknown": .bool(true)]
        if let short = entry.properties["short"] { properties["short"] = .string(short) }
        let node = try writer.entity("Party", name, properties: properties, at: range)
        try writer.relate("PART_OF", node, writer.entity(entry, at: range), at: range)
        return node
    }

    /// `湖北` of `湖北省工商联` (the place before the level marker), if the surface names one (团市委 names none).
    static func placePrefix(of surface: String, before marker: String) -> String? {
        guard let r = surface.utf8Range(of: marker) else { return nil }
        var place = String(surface[..<r.lowerBound])
        // `…等市领导,以及江门市侨联主席甲`: the joining word before a role is no part of its place.
        if let joiner = leadingJoiners.first(where: { place.hasUTF8Prefix($0) }) {
            place = String(place.unicodeScalars.dropFirst(joiner.unicodeScalars.count))
        }
        // A place's name has two characters at least (the 团 of 团市委 is none), but for the
        // districts named by one character and their level (长治市城区, 阳泉市郊区).
        // `委员是|省`, `副会长暨|集美区`: the place is the word after the text's last ending.
        if !place.isEmpty {
            let bytes = Array(place.utf8)
            if bytes.count % 3 == 0, (0..<(bytes.count / 3)).allSatisfy({ DocumentCity.isHan(bytes, $0 * 3) }) {
                let start = FederationPlace.placeStart(bytes, 0..<bytes.count, levelLength: 0)
                if start > 0 { place = String(decoding: bytes[start...], as: UTF8.self) }
            }
        }
        // 浙江舟山市侨联: the province written before one of its cities is no part of the city's name.
        if place.unicodeScalars.count >= 4, let city = DocumentCity.withoutProvince(place) { place = city }
        // 湖州团市委: the league's 团 after the place is no part of it (a corps, 兵团, keeps its own).
        if place.unicodeScalars.count >= 3, place.hasUTF8Suffix("团"), !place.hasUTF8Suffix("兵团") { place = String(place.dropLast()) }
        if marker == "区", oneCharacterDistricts.contains(place) { return place }
        return place.unicodeScalars.count < 2 || place.unicodeScalars.count > 6 ? nil : place
    }

    /// Words that join a role to the list before it; no place begins with them (和 does: 和平区).
    static let leadingJoiners = ["以及", "及"]

    /// Districts whose name is one character and 区: several cities have a 城区, a 郊区 or a 矿区.
    static let oneCharacterDistricts: Set<String> = ["城", "郊", "矿"]
}
