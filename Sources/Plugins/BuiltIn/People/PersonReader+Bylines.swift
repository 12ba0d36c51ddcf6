/// Bylines and credits: the persons who wrote, photographed, edited or checked
/// the document (not participants), in the layouts news pages use.
extension PersonReader {
    /// `记者张懿`, `(记者 王敏 李想)`, `责任编辑:周洁`, `二审 | 张三`, `(记者张原通讯员关跃忠左维峥)`,
    /// and a name before the first label of a bracket (`(田家声 记者 王斌)`: a correspondent).
    /// `】` closing a label set in brackets (`【编辑】:王某`).
    static let closingLabelBracket = Array("】".utf8)

    func readBylines(_ clause: Range<Int>, labels: [Range<Int>], into found: inout [PersonMention]) {
        for label in labels {
            // 来源 and 报道 are nouns too (专题报道 >> 政协活动) and a source names a paper or a site
            // far more often than a person (来源:南宁日报): after them only a colon opens a credit,
            // and only a name read as one (a surname and given characters) counts.
            let nounLabel = Self.nounLabels.contains { label.count == $0.count && UTF8Scan.hasPrefix($0, in: bytes, at: label.lowerBound) }
            if nounLabel, label.upperBound >= clause.upperBound || bytes[label.upperBound] != 0x3A { continue }
            for before in namesOpeningBracket(before: label.lowerBound, clause) {
                found.append(PersonMention(name: personName(before), nameRange: before, roles: [],
                                           sentence: clause, evidence: .byline))
            }
            var at = label.upperBound
            // 记者 张懿, 责任编辑:周洁, 文/岑雪松, 编辑 | 喻文杰, 供稿丨钱某 (丨, a Han character set as a bar), 【编辑】:王某
            while at < clause.upperBound {
                if bytes[at] == 0x20 || bytes[at] == 0x3A || bytes[at] == 0x2F || bytes[at] == 0x7C { at += 1; continue }
                if at == label.upperBound, UTF8Scan.hasPrefix(Self.closingLabelBracket, in: bytes, at: at) { at += Self.closingLabelBracket.count; continue }
                guard UTF8Scan.hasPrefix(Self.barCharacter, in: bytes, at: at) else { break }
                at += Self.barCharacter.count
            }
            let contentStart = at
            // 供稿:区政协办公室 卜春生: the writer's office, then the writer; 作者:某市委会办公室甲: glued to it.
            // (记者媛媛 通讯员…): a name of any characters glued to a credit's label, up to a space or the bracket's end.
            if at == label.upperBound, !nounLabel, opensCredit(label.lowerBound, clause), bylineName(at: at, limit: clause.upperBound) == nil,
               let person = delimitedName(at: at, clause, glued: true) {
                found.append(PersonMention(name: personName(person), nameRange: person, roles: [label], sentence: clause, evidence: .byline))
                at = person.upperBound
                while at < clause.upperBound, bytes[at] == 0x20 { at += 1 }
            }
            if bylineName(at: at, limit: clause.upperBound) == nil {
                var run = at
                while run < clause.upperBound, han(run, clause.upperBound) != nil { run += 3 }
                // (供稿:某县政协甲): the credit may close a bracket.
                if (run == clause.upperBound || bytes[run] == 0x20 || bytes[run] == 0x29), let person = nameAfterOffice(at..<run, weak: false) {
                    found.append(PersonMention(name: personName(person), nameRange: person, roles: [label], sentence: clause, evidence: .byline))
                    // 作者:日报刘平 徐丽: the names after it, parted by spaces, are the credit's too.
                    guard run < clause.upperBound, bytes[run] == 0x20 else { continue }
                    at = run
                    while at < clause.upperBound, bytes[at] == 0x20 { at += 1 }
                } else if let space = UTF8Scan.find([0x20], in: bytes, from: at, to: min(clause.upperBound, at + 60)),
                   UTF8Scan.find([0x3A], in: bytes, from: at, to: space) == nil,
                   space - at != 9 || han(space - 3, space).map(Self.officeEnds.contains) == true {
                    at = space
                    while at < clause.upperBound, bytes[at] == 0x20 { at += 1 }
                }
            }
            // (图:甲(右)在茶园里…): after 文: or 图: a caption names who is shown; a credit's name ends the credit.
            let captionLabel = Self.captionLabels.contains { label.count == $0.count && UTF8Scan.hasPrefix($0, in: bytes, at: label.lowerBound) }
            // (记者 甲 摄乙说…): the credit closing the byline, and the next paragraph glued to it, name no writer.
            while at < clause.upperBound, !startsLabel(at, clause), !placeDispatch(at: at, limit: clause.upperBound),
                  !UTF8Scan.hasPrefix(Self.shot, in: bytes, at: at),
                  let person = bylineName(at: at, limit: clause.upperBound) ?? (nounLabel ? nil : delimitedName(at: at, clause)),
                  !captionLabel || endsCredit(at: person.upperBound, clause) {
                // 来源:金黔在线: right after a noun label the name must stand alone, not open the words of a site or paper
                // (names glued to each other later in the credit are read as names: `来源:某网 甲乙丙`).
                if nounLabel, person.lowerBound == contentStart, han(person.upperBound, clause.upperBound) != nil, !startsLabel(person.upperBound, clause) { break }
                // 内容来源:萧山网: after a noun label, a name closing as an office or an outlet does (网, 报, 台) is the outlet.
                if nounLabel, let last = han(person.upperBound - 3, person.upperBound), Self.outletEnds.contains(last) { break }
                found.append(PersonMention(name: personName(person), nameRange: person, roles: [label],
                                           sentence: clause, evidence: .byline))
                at = person.upperBound
                // 记者 甲 乙 文 丙 丁 图: the word of a credit after its names, then the next credit's names.
                if let credit = creditAfter(at, clause) { at = credit.upperBound }
                // (文/图 某宣传部 甲/乙: names parted by a slash.)
                while at < clause.upperBound, bytes[at] == 0x20 || bytes[at] == 0x2C || bytes[at] == 0x2F { at += 1 }
                if UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: at) { at += 3 }
            }
        }
    }

    /// `(记者 田格斯 青普力)`, `责编:沙衣力克`: in a byline, two to four Han characters standing
    /// alone between a space, colon or bracket and a space, bracket or the clause's end are a
    /// name, whatever its characters (not a title, an office or a term of the lexicons).
    /// `glued`: the name follows its label with nothing between (`(记者媛媛 通讯员…)`), which `opensCredit` allows.
    func delimitedName(at p: Int, _ clause: Range<Int>, glued: Bool = false) -> Range<Int>? {
        guard p > clause.lowerBound, glued || [0x20, 0x3A, 0x28, 0x2F].contains(bytes[p - 1]) else { return nil }
        var end = p
        while end - p < 12, han(end, clause.upperBound) != nil { end += 3 }
        guard end - p >= 6, han(end, clause.upperBound) == nil,
              end == clause.upperBound || bytes[end] == 0x20 || bytes[end] == 0x29 || bytes[end] == 0x0A || bytes[end] == 0x2F,
              words.anchors.matches(in: bytes, range: p..<end).isEmpty, !Self.overlaps(terms, p..<end),
              // 编辑: 管理员: a site's account, no writer; (责任编辑:某报): a paper or site, no writer.
              !words.isOrdinary(scalars(p..<end)), !isCityName(p..<end), han(end - 3, end).map({ !Self.outletEnds.contains($0) }) ?? true,
              !namesTheSource(p..<end),
              // 作者: 调研处: an office signs its own piece.
              han(end - 3, end).map({ !Self.bureauEnds.contains($0) }) ?? true,
              // (记者 王敏 报道), (记者 王敏 杭州报道): a credit closing the piece, or a verb standing alone, is none.
              !words.creditsAfter.matches(in: bytes, range: p..<end).contains(where: { $0.range.upperBound == end }),
              words.followers.longestMatch(in: bytes, at: p, end: end)?.range.upperBound != end else { return nil }
        return p..<end
    }

    /// Whether the page gives `range` as its source too (`作者:石榴云` over `来源:石榴云`): an outlet, not a writer.
    func namesTheSource(_ range: Range<Int>) -> Bool {
        var from = 0
        while let at = UTF8Scan.find(bytes[range].map { $0 }, in: bytes, from: from) {
            from = at + 1
            if at >= Self.sourceLabel.count, UTF8Scan.hasPrefix(Self.sourceLabel, in: bytes, at: at - Self.sourceLabel.count) { return true }
        }
        return false
    }

    static let sourceLabel = Array("来源:".utf8)

    /// Whether `range` is a city's name (成都, 长春), which a credit gives for its desk, not a writer.
    func isCityName(_ range: Range<Int>) -> Bool {
        words.places.contains(scalars(range)) || DocumentCity.isCity(String(decoding: bytes[range], as: UTF8.self))
    }

    /// The last characters of an office's name that no given name ends with (调研处, 办公室, 宣传部).
    static let bureauEnds: Set<UInt32> = Set("处室局厅办部".unicodeScalars.map(\.value))

    /// The last characters of a paper's or a site's name (某报, 某网, 某刊).
    static let outletEnds: Set<UInt32> = Set("报网刊".unicodeScalars.map(\.value))

    /// Whether the label at `at` opens a bracket or its line (`(记者…`): a credit, not a word of the prose (`记者会`).
    func opensCredit(_ at: Int, _ clause: Range<Int>) -> Bool {
        at == clause.lowerBound || bytes[at - 1] == 0x28 || bytes[at - 1] == 0x0A
            // `□记者甲`, `■记者甲`, `★通讯员乙`: a mark opening the line (a symbol of U+2000…U+2BFF, led by E2).
            || at >= clause.lowerBound + 3 && bytes[at - 3] == 0xE2 && (at == clause.lowerBound + 3 || bytes[at - 4] == 0x0A)
    }

    /// Whether a byline label (通讯员, 记者) starts at `at`.
    func startsLabel(_ at: Int, _ clause: Range<Int>) -> Bool {
        words.anchors.longestMatch(in: bytes, at: at, end: clause.upperBound)?.payload == PersonWords.bylineAnchor
    }

    /// A name in a byline: ended by punctuation, a space or a following word as anywhere,
    /// and also by the next label (`记者张原通讯员…`) or, for a three-character name, by the
    /// next writer's name written without a space (`关跃忠左维峥`, and so on: `陈某琳沈某玲钱某玲`).
    func bylineName(at p: Int, limit: Int, glued: Bool = true) -> Range<Int>? {
        bylineName(at: p, limit: limit, gluedNames: glued ? Self.longestGluedRun : 0)
    }

    /// How many writers' names a byline may write glued one to the next, after the first.
    static let longestGluedRun = 3

    /// `bylineName`, where `gluedNames` more names may follow this one with no space between.
    private func bylineName(at p: Int, limit: Int, gluedNames: Int) -> Range<Int>? {
        // 通讯员俞某上海报道: a place's dispatch closes the name before any reading that runs into the place.
        // (Cheap test first: a dispatch word two to four characters after a two- or three-character name.)
        if (12...21).contains(where: { offset in
            p + offset + 3 <= limit && Self.dispatchWords.contains { UTF8Scan.hasPrefix($0, in: bytes, at: p + offset) }
        }) {
            for end in [p + 6, p + 9] where end < limit && placeDispatch(at: end, limit: limit) && isPlausible(p..<end) {
                return p..<end
            }
        }
        // 记者 吕巍张园: four characters alone, two names of two glued (one surname has at most two given characters).
        if gluedNames > 0, let first = twoGluedPairs(at: p, limit: limit) { return first }
        if let found = name(at: p, limit: limit, strong: true, soft: true) {
            // 编辑:成都: a city's name closing a credit is the desk's, no person's.
            if isCityName(found.range), found.range.upperBound == limit || bytes[found.range.upperBound] == 0x20 { return nil }
            if namesTheSource(found.range) { return nil }
            // 记者张某摄: the credit after a two-character name is no given character.
            if found.range.count == 9, UTF8Scan.hasPrefix(Self.shot, in: bytes, at: found.range.upperBound - 3),
               name(at: p, limit: found.range.upperBound - 3, strong: true, soft: true)?.range.count == 6 { return p..<(p + 6) }
            return found.range
        }
        if let found = transliterated(at: p, limit: limit, beforeTitle: true) { return found.range }
        // 记者格桑卓嘎实习生…: a name of no surname runs on to the next label.
        var end = p
        while end - p < 21, let c = han(end, limit), words.transliteration.contains(c) {
            end += 3
            if end - p >= 6, startsLabel(end, p..<limit) { return p..<end }
        }
        if let found = paddedInByline(at: p, limit: limit) { return found }
        let ends = candidates(at: p, limit: limit, soft: true).ends
        for k in 0..<ends.count {
            let end = ends[k]
            guard isPlausible(p..<end) else { continue }
            // 驻京记者铁某十日电: the day of a dispatch closes the name.
            if datelineDay(at: end, limit: limit) || placeDispatch(at: end, limit: limit) { return p..<end }
            if words.anchors.longestMatch(in: bytes, at: end, end: limit)?.payload == PersonWords.bylineAnchor { return p..<end }
            if gluedNames > 0, end - p == 9, bylineName(at: end, limit: limit, gluedNames: gluedNames - 1) != nil { return p..<end }
        }
        // 记者:杨柳 喻小芬: a credit's name that is a word too (杨柳), set apart by a space or the line's end, with an
        // unambiguous surname and no place's name.
        let (wordEnds, ambiguous) = candidates(at: p, limit: limit, soft: true)
        if !ambiguous, let end = (0..<wordEnds.count).map({ wordEnds[$0] }).first(where: { $0 >= limit || bytes[$0] == 0x20 || bytes[$0] == 0x0A }),
           !isCityName(p..<end), !words.places.contains(scalars(p..<end)) {
            return p..<end
        }
        return nil
    }

    /// The first of two names of two characters glued in a byline (`吕巍张园`): a run of exactly four Han characters,
    /// a surname of the table opening it (no compound one) and a common surname its third, each half a plausible name.
    func twoGluedPairs(at p: Int, limit: Int) -> Range<Int>? {
        let end = p + 12
        guard end <= limit, end == limit || han(end, limit) == nil,
              let a = han(p, limit), let b = han(p + 3, limit), words.surnames.contains(a),
              !words.compoundSurnames.contains(UInt64(a) << 32 | UInt64(b)),
              let c = han(p + 6, limit), words.commonSurnames.contains(c), han(p + 9, limit) != nil,
              isPlausible(p..<(p + 6)), isPlausible((p + 6)..<end) else { return nil }
        return p..<(p + 6)
    }

    /// `责任编辑:王　晶`, `记者 和 平 通讯员…`: a surname, one or two spaces and one given
    /// character, then the end, a space, a comma or a bracket (a name padded to the width of three).
    func paddedInByline(at p: Int, limit: Int) -> Range<Int>? {
        guard let i = paddedGiven(at: p, limit: limit, soft: true) else { return nil }
        let end = i + 3
        guard end >= limit || bytes[end] == 0x20 || bytes[end] == 0x29 || bytes[end] == 0x2C
                || UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: end) else { return nil }
        return p..<end
    }

    static let nounLabels = ["来源", "信息来源", "报道"].map { Array($0.utf8) }
    /// Labels that open a caption as often as a credit (`图:`, `文:`).
    static let captionLabels = ["文:", "图:"].map { Array($0.utf8) }

    /// Whether a credit's name ending at `at` closes it: the clause's or bracket's end, a space, a slash
    /// before the next credit, or a credit after the name (`供稿`, `摄`).
    func endsCredit(at: Int, _ clause: Range<Int>) -> Bool {
        at >= clause.upperBound || [0x20, 0x2F, 0x29, 0x0A].contains(bytes[at]) || creditAfter(at, clause) != nil
            // 文:甲,图:乙: a comma before the next credit's label.
            || bytes[at] == 0x2C && startsLabel(at + 1, clause)
    }

    /// `…11月12日讯 (山东台 甲 乙)`: after a dispatch's 讯 or 电, a bracket that opens with an outlet (a Han run ending
    /// as a paper, a site or a station does: 报, 网, 台, 社) and then names parted by single spaces, all of it up to
    /// the bracket's close: the reporters.
    func dispatchBracketNames() -> [PersonMention] {
        var found: [PersonMention] = []
        // One pass over the opening brackets (a few hundred a document), each looked back at for 讯 or 电.
        var next = 0
        while let open = UTF8Scan.find([0x28], in: bytes, from: next) {
            next = open + 1
            var back = open
            if back > 0, bytes[back - 1] == 0x20 { back -= 1 }
            guard back >= 3, Self.datelineEnds.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: back - 3) }) else { continue }
            let from = open + 1
            guard let close = UTF8Scan.find([0x29], in: bytes, from: from, to: min(bytes.count, from + 60)) else { continue }
            let parts = bytes[from..<close].split(separator: 0x20, omittingEmptySubsequences: true).map { $0.startIndex..<$0.endIndex }
            guard parts.count >= 2, let outlet = parts.first, (6...18).contains(outlet.count), outlet.count % 3 == 0,
                  stride(from: outlet.lowerBound, to: outlet.upperBound, by: 3).allSatisfy({ han($0, outlet.upperBound) != nil }),
                  let last = han(outlet.upperBound - 3, outlet.upperBound), Self.stationEnds.contains(last) else { continue }
            let names = parts.dropFirst().compactMap { part -> Range<Int>? in
                guard (6...9).contains(part.count), let read = name(at: part.lowerBound, limit: part.upperBound, strong: true, listed: true),
                      read.range == part else { return nil }
                return part
            }
            guard names.count == parts.count - 1 else { continue }
            found += names.map { PersonMention(name: personName($0), nameRange: $0, roles: [outlet], sentence: from..<close, evidence: .byline) }
        }
        return found
    }
    static let datelineEnds = ["讯", "电"].map { Array($0.utf8) }
    /// How an outlet's name ends: a paper, a site, a broadcaster, an agency.
    static let stationEnds: Set<UInt32> = Set("报网台社".unicodeScalars.map(\.value))

    /// Figures of a day (十, 廿三, 10) and then 日电 or 日讯 at `at`: a dispatch's dateline.
    func datelineDay(at: Int, limit: Int) -> Bool {
        var i = at
        while i < limit, let c = han(i, limit) ?? (bytes[i] < 0x80 ? UInt32(bytes[i]) : nil), Self.dayFigures.contains(c) {
            i += bytes[i] < 0x80 ? 1 : 3
        }
        return i > at && Self.dispatchDays.contains { UTF8Scan.hasPrefix($0, in: bytes, at: i) }
    }

    /// A city or province the tables know, then 报道 or 电 closing the byline (`记者甲北京报道】`): where the
    /// correspondent filed from, no part of the name.
    func placeDispatch(at: Int, limit: Int) -> Bool {
        for length in 2...4 {
            let end = at + 3 * length
            guard end <= limit, (0..<length).allSatisfy({ han(at + 3 * $0, limit) != nil }) else { break }
            let place = String(decoding: bytes[at..<end], as: UTF8.self)
            guard DocumentCity.province(ofCity: place) != nil || DocumentCity.provinces.names.contains(place) else { continue }
            var after = end
            if UTF8Scan.hasPrefix(Self.cityLevel, in: bytes, at: after) { after += Self.cityLevel.count }
            guard let word = Self.dispatchWords.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: after) }) else { continue }
            let close = after + word.count
            return close >= limit || han(close, limit) == nil
        }
        return false
    }

    static let dispatchWords = ["报道", "电"].map { Array($0.utf8) }
    static let cityLevel = Array("市".utf8)

    static let dayFigures = Set("一二三四五六七八九十廿卅0123456789".unicodeScalars.map(\.value))
    static let dispatchDays = ["日电", "日讯"].map { Array($0.utf8) }

    /// `(田家声 记者 王斌)`, `(甲 乙 记者 丙/文图)`: the names between an opening bracket and the spaces before a
    /// label, parted by single spaces (correspondents named before the reporter).
    func namesOpeningBracket(before label: Int, _ clause: Range<Int>) -> [Range<Int>] {
        var names: [Range<Int>] = []
        var end = label
        while names.count < Self.mostNamesBeforeLabel {
            let spaces = end
            while end > clause.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
            guard end < spaces else { return [] }
            guard let name = [3, 2].lazy.map({ end - 3 * $0 }).first(where: { start in
                start - 1 >= clause.lowerBound && (bytes[start - 1] == 0x28 || bytes[start - 1] == 0x20)
                    && self.bylineName(at: start, limit: end, glued: false) == start..<end
            }).map({ $0..<end }) else { return [] }
            names.insert(name, at: 0)
            if bytes[name.lowerBound - 1] == 0x28 { return names }
            end = name.lowerBound
        }
        return []
    }
    static let mostNamesBeforeLabel = 3

    /// A writer's signature: names in brackets closing a paragraph (`…作用。(唐银芳)`,
    /// `(张三 李四)`) or on a line of their own, or names alone on the line just after the
    /// article's last sentence (a page's `祝坤` under the text). Not a name in brackets
    /// inside a sentence.
    func signatures() -> [PersonMention] {
        var result: [PersonMention] = []
        let lastProse = lines.lastIndex { UTF8Scan.containsSentencePunctuation(bytes, $0) }
        for (n, whole) in lines.enumerated() {
            // □ 张三: a mark some pages set before the writer's name; `…(某委会 甲) |`: a table's bar a copy left after it.
            let line = beforeBars(pastMarks(whole))
            guard !line.isEmpty else { continue }
            let last = line.upperBound - 1
            if bytes[last] == 0x29, let open = UTF8Scan.findLast([0x28], in: bytes, from: max(line.lowerBound, last - Self.signatureBracketBytes), to: last) {
                let inside = UTF8Scan.trim(bytes, (open + 1)..<last)
                // (莊伊欣胡祖原): after the article's last sentence, names a page ran together, where they part one way only.
                guard open == line.lowerBound || endsSentence(before: open),
                      let names = signatureNames(inside, weak: false) ?? nameAfterOffice(inside, weak: false).map({ [$0] })
                        ?? signatureAfterSource(inside).map({ [$0] })
                        ?? (n == lastProse && (12...24).contains(inside.count) ? onlyParting(inside).flatMap { $0.count >= 2 ? $0 : nil } : nil)
                else { continue }
                result += names.map { PersonMention(name: personName($0), nameRange: $0, roles: [], sentence: line, evidence: .byline) }
            } else if let lastProse, n == lastProse + 1, line.count <= 60,
                      let names = signatureNames(line, weak: true) ?? nameAfterOffice(line, weak: true).map({ [$0] }) ?? officeAndWriters(line) {
                result += names.map { PersonMention(name: personName($0), nameRange: $0, roles: [], sentence: line, evidence: .byline) }
            } else if n > 0, line.count <= 30, startsLabel(lines[n - 1].lowerBound, lines[n - 1]),
                      n + 1 == lines.count || startsLabel(lines[n + 1].lowerBound, lines[n + 1]),
                      let names = signatureNames(line, weak: false) {
                // 校对:甲 / 乙 / 核发:丙: a line of names alone between credit lines is one of the credits.
                result += names.map { PersonMention(name: personName($0), nameRange: $0, roles: [], sentence: line, evidence: .byline) }
            } else if let lastProse, n == lastProse, let tail = markedTail(line) ?? gluedTail(line, last: n == lines.count - 1),
                      let names = signatureNames(tail, weak: false) {
                // …建言献策。□ 张三: a mark after the article's last sentence, then its writer, on that line;
                // …贡献智慧和力量。邵某: the writer glued to the text's last sentence, closing the text.
                result += names.map { PersonMention(name: personName($0), nameRange: $0, roles: [], sentence: line, evidence: .byline) }
            }
        }
        return result + datelineCredits() + cutCredit() + captionCredits() + writerAndPhotographerLines() + gluedNameLines()
            + authorUnderHeadline() + unclosedSignatures()
    }

    /// `…贡献智慧和力量。(史秋月` then `责任编辑:宫宇`: a signature whose bracket the page left open, which the reading
    /// text runs on into the next credit: after a sentence's end, `(`, a name, and a byline's label and its colon or
    /// the text's end.
    func unclosedSignatures() -> [PersonMention] {
        var result: [PersonMention] = []
        var from = 0
        while let open = UTF8Scan.find([0x28], in: bytes, from: from, to: bytes.count) {
            from = open + 1
            guard open > 0, endsSentence(before: open), let name = bylineName(at: open + 1, limit: bytes.count, glued: false) else { continue }
            var after = name.upperBound
            while after < bytes.count, bytes[after] == 0x20 || bytes[after] == 0x0A { after += 1 }
            // (A label with its colon: `(时报记者 甲)` names the paper before its label, no writer.)
            let label = after < bytes.count ? words.anchors.longestMatch(in: bytes, at: after, end: bytes.count) : nil
            guard after == bytes.count || label.map({ $0.payload == PersonWords.bylineAnchor && $0.range.upperBound < bytes.count
                                                        && bytes[$0.range.upperBound] == 0x3A }) == true
            else { continue }
            result.append(PersonMention(name: personName(name), nameRange: name, roles: [], sentence: open..<name.upperBound, evidence: .byline))
        }
        return result
    }

    /// `某县政协第十届委员会第二次会议闭幕` / `陈某春` / `2月15日下午,…`: names alone on the line under the headline, the
    /// text's first paragraph right after them, sign the piece (not a speech's title over its speaker: `…上的讲话` / `甲`).
    func authorUnderHeadline() -> [PersonMention] {
        // (The line under the name may be the page's date, `2020-11-09 09:04`; blank lines between them do not count. A
        // short headline may hold a `!` or `?`, never a `。`: `问得精准,答得实在!…问政会`.)
        let lines = self.lines.prefix(Self.headLines).filter { !UTF8Scan.trim(bytes, $0).isEmpty }
        guard lines.count >= 3, !UTF8Scan.containsSentencePunctuation(bytes, lines[0])
                || lines[0].count <= 3 * Self.longestExclaimedHeadline && UTF8Scan.find(Segmenter.fullStop, in: bytes, from: lines[0].lowerBound, to: lines[0].upperBound) == nil,
              UTF8Scan.containsSentencePunctuation(bytes, lines[2]) || opensWithDate(lines[2]),
              !Self.speechTitleWords.contains(where: { UTF8Scan.find($0, in: bytes, from: lines[0].lowerBound, to: lines[0].upperBound) != nil }),
              let names = signatureNames(pastMarks(lines[1]), weak: true) else { return [] }
        return names.map { PersonMention(name: personName($0), nameRange: $0, roles: [], sentence: lines[1], evidence: .byline) }
    }
    /// The longest headline, in characters, that may hold a `!` or `?`.
    static let longestExclaimedHeadline = 40
    /// The page's first lines, among which its headline, author and first sentence or date are looked for.
    static let headLines = 8

    /// Whether `line` opens with a date written in figures (`2020-11-09`, `2020/11/09`, `2020.11.09`, `2020年11月`).
    func opensWithDate(_ line: Range<Int>) -> Bool {
        guard line.count >= 7, (0..<4).allSatisfy({ (0x30...0x39).contains(bytes[line.lowerBound + $0]) }) else { return false }
        let mark = line.lowerBound + 4
        return [0x2D, 0x2F, 0x2E].contains(bytes[mark]) || UTF8Scan.hasPrefix(Self.year, in: bytes, at: mark)
    }
    static let year = Array("年".utf8)

    /// (The text is read folded to simplified script: `講話` is read as 讲话.)
    static let speechTitleWords = ["讲话", "致辞", "发言", "报告", "演讲"].map { Array($0.utf8) }

    /// `黄某炜陈某婷叶艳刘某桥` on a line of its own beside a credit's line (`本版摄影:某某`): writers' names a page
    /// ran together, read only where the line parts into names one way alone.
    func gluedNameLines() -> [PersonMention] {
        var found: [PersonMention] = []
        for (n, line) in lines.enumerated() where (12...60).contains(line.count) && line.count % 3 == 0 {
            guard stride(from: line.lowerBound, to: line.upperBound, by: 3).allSatisfy({ han($0, line.upperBound) != nil }),
                  [n - 1, n + 1].contains(where: { $0 >= 0 && $0 < lines.count && holdsCredit(lines[$0]) }),
                  let names = onlyParting(line), names.count >= 2 else { continue }
            found += names.map { PersonMention(name: personName($0), nameRange: $0, roles: [], sentence: line, evidence: .byline) }
        }
        return found
    }

    /// Whether a short line holds a byline's label (`本版摄影:某某`, `记者 某某`).
    private func holdsCredit(_ line: Range<Int>) -> Bool {
        line.count <= Self.longestCreditLine
            && words.anchors.matches(in: bytes, range: line).contains { $0.payload == PersonWords.bylineAnchor }
    }

    /// The names `line` parts into, each a surname and one or two given characters and no ordinary word: of the
    /// ways it parts, the one whose given characters hold fewest of the leading surnames (`叶艳|刘某桥`, not
    /// `叶艳刘|…`), when no other way holds as few; nil otherwise.
    private func onlyParting(_ line: Range<Int>) -> [Range<Int>]? {
        var best: (names: [Range<Int>], cost: Int)?
        var tied = false
        var tried = 0
        func part(from at: Int, _ names: [Range<Int>], cost: Int) {
            guard tried < Self.mostPartings else { return }
            if at == line.upperBound {
                tried += 1
                if best == nil || cost < best!.cost { best = (names, cost); tied = false } else if cost == best!.cost { tied = true }
                return
            }
            for length in 2...4 where at + 3 * length <= line.upperBound {
                let piece = at..<(at + 3 * length)
                guard words.spells(String(decoding: bytes[piece], as: UTF8.self)), !Self.overlaps(terms, piece) else { continue }
                let given = stride(from: at + 3, to: piece.upperBound, by: 3).filter { han($0, piece.upperBound).map(words.leadingSurnames.contains) == true }
                part(from: piece.upperBound, names + [piece], cost: cost + given.count)
            }
        }
        part(from: line.lowerBound, [], cost: 0)
        guard let best, !tied, tried < Self.mostPartings else { return nil }
        return best.names
    }
    static let mostPartings = 64

    static let writerLabel = Array("文".utf8)
    static let pictureLabel = Array("图".utf8)
    static let longestCreditLine = 45

    /// `文 吴芳 图 肖志成`, `文吴 芳 图肖志成`: a short line of its own crediting the writer after 文 and the
    /// photographer after 图, each name running to the next label or the line's end (a padded name too).
    func writerAndPhotographerLines() -> [PersonMention] {
        var found: [PersonMention] = []
        for line in lines where line.count <= Self.longestCreditLine && UTF8Scan.hasPrefix(Self.writerLabel, in: bytes, at: line.lowerBound) {
            guard let picture = UTF8Scan.find(Self.pictureLabel, in: bytes, from: line.lowerBound + 6, to: line.upperBound) else { continue }
            func credited(_ from: Int, _ to: Int) -> Range<Int>? {
                let span = UTF8Scan.trim(bytes, from..<to)
                guard !span.isEmpty, let name = bylineName(at: span.lowerBound, limit: span.upperBound, glued: false) ?? paddedInByline(at: span.lowerBound, limit: span.upperBound),
                      name.upperBound == span.upperBound else { return nil }
                return name
            }
            guard let writer = credited(line.lowerBound + Self.writerLabel.count, picture),
                  let photographer = credited(picture + Self.pictureLabel.count, line.upperBound) else { continue }
            found.append(PersonMention(name: personName(writer), nameRange: writer, roles: [], sentence: line, evidence: .byline))
            found.append(PersonMention(name: personName(photographer), nameRange: photographer, roles: [], sentence: line, evidence: .byline))
        }
        return found
    }

    /// `大会主席台张颖 摄`: a photo's caption glued to its photographer's name, the credit set apart by a
    /// space on a line of its own. The name starts where ICU's dictionary ends the caption's last word
    /// (`主席台|张颖`), so a three-character name keeps its surname and a caption's last character is none.
    func captionCredits() -> [PersonMention] {
        var found: [PersonMention] = []
        for line in lines where line.count <= Self.longestCaptionLine && UTF8Scan.hasSuffix(Self.spacedShot, in: bytes, line) {
            let end = line.upperBound - Self.spacedShot.count
            var start = end
            while start - 3 >= line.lowerBound, han(start - 3, end) != nil { start -= 3 }
            // The caption's words before the name: two characters at least, and nothing but Han characters.
            guard start == line.lowerBound, end - start >= 12,
                  let cuts = bytes.withUnsafeBufferPointer({ WordBreaker.boundaries($0, start..<end) }) else { continue }
            for count in [3, 2] where end - 3 * count - start >= 6 && cuts.contains(end - 3 * count) {
                let name = (end - 3 * count)..<end
                guard bylineName(at: name.lowerBound, limit: end, glued: false) == name else { continue }
                found.append(PersonMention(name: personName(name), nameRange: name, roles: [], sentence: line, evidence: .byline))
                break
            }
        }
        return found
    }

    static let spacedShot = Array(" 摄".utf8)
    static let longestCaptionLine = 90

    /// `■通 讯 员 李娜`, `记 者 周杰`: a byline label spaced out character by character at a line's
    /// start (past its marks), then a space: the label's range, for `readBylines`.
    func spacedLabels() -> [Range<Int>] {
        var found: [Range<Int>] = []
        for line in lines {
            if let label = spacedLabel(at: pastMarks(line).lowerBound, line) { found.append(label) }
            // `…进行。(记 者:甲 乙)`: a credit's bracket closing a paragraph, its label spaced out and a colon after it.
            var from = line.lowerBound
            while let open = UTF8Scan.find([0x28], in: bytes, from: from, to: line.upperBound) {
                from = open + 1
                if let label = spacedLabel(at: open + 1, line, colon: true) { found.append(label) }
            }
        }
        return found
    }

    /// A byline label spaced out from `start` (`通 讯 员`), then a space (or, `colon`, a colon too).
    func spacedLabel(at start: Int, _ line: Range<Int>, colon: Bool = false) -> Range<Int>? {
        // Cheap first: a Han character, one space, a Han character.
        guard start + 7 <= line.upperBound, han(start, line.upperBound) != nil, bytes[start + 3] == 0x20,
              han(start + 4, line.upperBound) != nil else { return nil }
        var joined: [UInt8] = [], ends: [Int] = []
        var at = start
        while joined.count < 3 * Self.longestSpacedLabel, han(at, line.upperBound) != nil {
            joined += bytes[at..<(at + 3)]
            ends.append(at + 3)
            guard at + 4 < line.upperBound, bytes[at + 3] == 0x20 else { break }
            at += 4
        }
        guard let label = words.anchors.longestMatch(in: joined, at: 0, end: joined.count), label.payload == PersonWords.bylineAnchor,
              label.range.count >= 6 else { return nil }
        let end = ends[label.range.count / 3 - 1]
        guard end < line.upperBound, bytes[end] == 0x20 || colon && bytes[end] == 0x3A else { return nil }
        return start..<end
    }

    /// The longest byline label spaced out (`通 讯 员`, `责 任 编 辑`), in characters.
    static let longestSpacedLabel = 5

    /// `line` before the spaces and table bars (`|`) that close it.
    func beforeBars(_ line: Range<Int>) -> Range<Int> {
        var end = line.upperBound
        while end > line.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x7C { end -= 1 }
        return line.lowerBound..<end
    }

    /// `line` past the marks (□ ■ ◇ ◆ ○ ● ☆ ★) and spaces that open it.
    func pastMarks(_ line: Range<Int>) -> Range<Int> {
        var at = line.lowerBound
        while at < line.upperBound {
            if bytes[at] == 0x20 { at += 1; continue }
            guard Self.signatureMarks.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }) else { break }
            at += 3
        }
        return at..<line.upperBound
    }

    /// What follows the last mark of `line` when the mark stands after a sentence's end, near the line's end.
    func markedTail(_ line: Range<Int>) -> Range<Int>? {
        let from = max(line.lowerBound, line.upperBound - 40)
        guard let mark = Self.signatureMarks.compactMap({ UTF8Scan.findLast($0, in: bytes, from: from, to: line.upperBound) }).max()
        else { return nil }
        var before = mark
        while before > line.lowerBound, bytes[before - 1] == 0x20 { before -= 1 }
        guard before > line.lowerBound, endsSentence(before: before) else { return nil }
        let tail = UTF8Scan.trim(bytes, (mark + 3)..<line.upperBound)
        return tail.isEmpty ? nil : tail
    }

    /// On the text's last line, the two to four Han characters after its last sentence's 。 that close the text.
    func gluedTail(_ line: Range<Int>, last: Bool) -> Range<Int>? {
        guard last else { return nil }
        let tail = UTF8Scan.trim(bytes, line)
        var start = tail.upperBound
        while start - 3 >= tail.lowerBound, han(start - 3, tail.upperBound) != nil, tail.upperBound - start < 3 * Self.longestGluedSignature { start -= 3 }
        guard tail.upperBound - start >= 6, start - 3 >= tail.lowerBound, UTF8Scan.hasPrefix(Self.fullStop, in: bytes, at: start - 3) else { return nil }
        return start..<tail.upperBound
    }
    static let longestGluedSignature = 4

    /// How far back from a line's closing bracket its opening one is looked for (a source, then an office and a writer).
    static let signatureBracketBytes = 120

    static let signatureMarks = ["□", "■", "◇", "◆", "○", "●", "☆", "★"].map { Array($0.utf8) }

    /// Whether a signature stands in the bracket closing its line (`…。(某县妇联甲)`).
    func signsClosingBracket(_ m: PersonMention) -> Bool {
        let line = m.sentence
        guard line.count > 1, bytes[line.upperBound - 1] == 0x29, m.nameRange.upperBound < line.upperBound,
              let open = UTF8Scan.findLast([0x28], in: bytes, from: line.lowerBound, to: line.upperBound - 1) else { return false }
        return open < m.nameRange.lowerBound
    }

    /// `马文)10月23日,州政协…` at the very start of a text: a credit whose opening bracket
    /// was cut off with the page above it (a name, then `)`, then the dateline); and the same
    /// line after one ending in an open bracket's byline label (`本报讯(记者` / `马文)10月23日`).
    func cutCredit() -> [PersonMention] {
        var found: [PersonMention] = []
        for (i, line) in lines.enumerated() where i == 0 || opensByline(lines[i - 1]) {
            if let credit = creditOpening(line) { found.append(credit) }
        }
        // (孝感市侨联程传瑞)4月30日上午,…: an office and its writer in brackets opening one of the text's first
        // lines, the dateline right after them.
        for line in lines.prefix(4) where bytes[line.lowerBound] == 0x28 {
            guard let close = UTF8Scan.find([0x29], in: bytes, from: line.lowerBound, to: min(line.upperBound, line.lowerBound + Self.signatureBracketBytes)),
                  close + 1 < line.upperBound, (0x30...0x39).contains(bytes[close + 1]) else { continue }
            let inside = UTF8Scan.trim(bytes, (line.lowerBound + 1)..<close)
            guard let names = nameAfterOffice(inside, weak: false).map({ [$0] }) ?? signatureNames(inside, weak: false) else { continue }
            found += names.map { PersonMention(name: personName($0), nameRange: $0, roles: [], sentence: line.lowerBound..<(close + 1), evidence: .byline) }
        }
        return found
    }

    /// A line's opening `NAME)` then a date or a Han character.
    private func creditOpening(_ line: Range<Int>) -> PersonMention? {
        var at = line.lowerBound
        while at < line.upperBound, bytes[at] == 0x20 { at += 1 }
        for count in [3, 2] {
            let end = at + 3 * count
            guard end + 1 < line.upperBound, bytes[end] == 0x29, UTF8Scan.find([0x28], in: bytes, from: line.lowerBound, to: end) == nil,
                  Self.dateCharacters.contains(UInt32(bytes[end + 1])) || han(end + 1, line.upperBound) != nil,
                  bylineName(at: at, limit: end, glued: false) == at..<end else { continue }
            return PersonMention(name: personName(at..<end), nameRange: at..<end, roles: [], sentence: line, evidence: .byline)
        }
        return nil
    }

    /// Whether a line ends in a byline label inside a bracket it leaves open (`本报讯(记者`).
    private func opensByline(_ line: Range<Int>) -> Bool {
        var end = line.upperBound
        while end > line.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0D { end -= 1 }
        // Most lines end in punctuation: one look at the last character before a search.
        guard end - 3 >= line.lowerBound, let last = han(end - 3, end), words.bylineEnds.contains(last),
              let open = UTF8Scan.findLast([0x28], in: bytes, from: line.lowerBound, to: end),
              UTF8Scan.find([0x29], in: bytes, from: open, to: end) == nil else { return false }
        var at = open + 1
        while at < end, bytes[at] == 0x20 { at += 1 }
        guard let label = words.anchors.longestMatch(in: bytes, at: at, end: end),
              label.payload == PersonWords.bylineAnchor else { return false }
        return label.range.upperBound == end
    }

    /// Last characters of an office's name (统战部, 市委, 办公室, 报社, 中心).
    /// Whether `range` is an office's name alone: Han characters, ending as offices end (`某县支部`).
    /// A branch of a party signs with its place and the party's short name (`某区民建 甲`).
    func isOffice(_ range: Range<Int>) -> Bool {
        range.count >= 6 && range.count <= 3 * Self.longestOffice && range.count % 3 == 0
            && stride(from: range.lowerBound, to: range.upperBound, by: 3).allSatisfy({ han($0, range.upperBound) != nil })
            && (han(range.upperBound - 3, range.upperBound).map(Self.officeEnds.contains) == true
                || range.count >= 12 && Self.partyShortNames.contains { UTF8Scan.hasSuffix($0, in: bytes, range) })
    }

    /// The democratic parties' short names as their branches sign with them (the lexicon's `short`, which this reader does not load).
    static let partyShortNames = ["民革", "民盟", "民建", "民进", "农工", "致公", "九三", "台盟"].map { Array($0.utf8) }

    /// 丨 (U+4E28), a stroke written as a bar between a credit's label and its name.
    static let barCharacter = Array("丨".utf8)
    static let officeEnds: Set<UInt32> = Set("部办委会局社院室处厅站台报网组所心队联协府".unicodeScalars.map(\.value))
    static let shot = Array("摄".utf8)
    static let longestOffice = 16
    /// What a date after a signature is written with (2007年11月15日).
    static let dateCharacters: Set<UInt32> = Set("0123456789年月日 ".unicodeScalars.map(\.value))

    /// `(综合某公众号稿件,某委会调研部 甲)`: the source the piece draws on, a comma, then the
    /// writer's office and the writer set apart by a space.
    func signatureAfterSource(_ inside: Range<Int>) -> Range<Int>? {
        guard let comma = UTF8Scan.findLast([0x2C], in: bytes, from: inside.lowerBound, to: inside.upperBound) else { return nil }
        let part = UTF8Scan.trim(bytes, (comma + 1)..<inside.upperBound)
        guard UTF8Scan.find([0x20], in: bytes, from: part.lowerBound, to: part.upperBound) != nil else { return nil }
        return nameAfterOffice(part, weak: false)
    }

    /// `农工党某市委 甲 乙`, `农工党某市委 丙 丁` (a name padded to three): on the line after the article's last
    /// sentence, an office, a space, then its writers' names set apart by spaces, read as a byline's names.
    func officeAndWriters(_ line: Range<Int>) -> [Range<Int>]? {
        guard let space = UTF8Scan.find([0x20], in: bytes, from: line.lowerBound, to: line.upperBound),
              isOffice(line.lowerBound..<space) else { return nil }
        var start = space
        while start < line.upperBound, bytes[start] == 0x20 { start += 1 }
        guard start < line.upperBound else { return nil }
        return signatureNames(start..<line.upperBound, weak: false)
    }

    /// `眉山市委统战部曹某`, `致公党常州市委邵某2007年11月15日`: a signature naming the
    /// writer's office, then the writer (then perhaps the date). `weak`: with no bracket
    /// around it, the name must be one with no context (no ambiguous surname, no word).
    func nameAfterOffice(_ range: Range<Int>, weak: Bool) -> Range<Int>? {
        // (某县支部 甲), (市广电台:乙): one space or a colon may part the office from the name.
        if let space = UTF8Scan.find([0x3A], in: bytes, from: range.lowerBound, to: range.upperBound)
            ?? UTF8Scan.find([0x20], in: bytes, from: range.lowerBound, to: range.upperBound), isOffice(range.lowerBound..<space) {
            let start = space + 1
            let found = weak ? name(at: start, limit: range.upperBound, strong: false).map(\.range) : bylineName(at: start, limit: range.upperBound, glued: false)
            return found == start..<range.upperBound ? found : nil
        }
        var end = range.upperBound
        while end > range.lowerBound, let c = lastScalar(before: end, floor: range.lowerBound), Self.dateCharacters.contains(c.value) {
            end -= c.length
        }
        // 来源:红网怀化站: an outlet's or a body's last character closes no name (站, 台, 网, 局 …).
        if let last = han(end - 3, end), Self.bodyEnds.contains(last) || Self.stationEnds.contains(last) || last == Self.bureauStation { return nil }
        for count in [3, 2] {
            let start = end - 3 * count
            let office = start - range.lowerBound
            guard office >= 6, office <= 3 * Self.longestOffice, (range.lowerBound..<start).count % 3 == 0,
                  stride(from: range.lowerBound, to: start, by: 3).allSatisfy({ han($0, start) != nil }),
                  let officeEnd = han(start - 3, start), Self.officeEnds.contains(officeEnd) else { continue }
            let found = weak ? name(at: start, limit: end, strong: false).map(\.range) : bylineName(at: start, limit: end, glued: false)
            if found == start..<end { return found }
        }
        return nil
    }

    /// 站, the last character of an outlet's bureau (`红网怀化站`).
    static let bureauStation = ("站" as Unicode.Scalar).value

    /// The scalar ending just before `end` (one byte for ASCII, else three) and its length.
    func lastScalar(before end: Int, floor: Int) -> (value: UInt32, length: Int)? {
        guard end > floor else { return nil }
        if bytes[end - 1] < 0x80 { return (UInt32(bytes[end - 1]), 1) }
        guard end - 3 >= floor, let c = han(end - 3, end) else { return nil }
        return (c, 3)
    }

    static let datelines = ["日电", "讯", "消息"].map { Array($0.utf8) }

    /// `中新社福州12月18日电 (陈某)`, `某州讯(甲、乙)`, `某某网消息(甲 乙)`: the writers in brackets right after a
    /// news agency's dateline, a paper's 讯 or a site's 消息.
    func datelineCredits() -> [PersonMention] {
        // One pass over the opening brackets, each looked back at for a dateline (spaces between allowed); the
        // credits kept in the order of `datelines`, then of the text.
        var found = Array(repeating: [PersonMention](), count: Self.datelines.count)
        var from = 0
        while let open = UTF8Scan.find([0x28], in: bytes, from: from) {
            from = open + 1
            var back = open
            while back > 0, bytes[back - 1] == 0x20 { back -= 1 }
            guard let kind = Self.datelines.firstIndex(where: { back >= $0.count && UTF8Scan.hasPrefix($0, in: bytes, at: back - $0.count) }),
                  let close = UTF8Scan.find([0x29], in: bytes, from: open, to: min(bytes.count, open + 40)) else { continue }
            let inside = UTF8Scan.trim(bytes, (open + 1)..<close)
            guard let names = signatureNames(inside, weak: false) else { continue }
            let line = lines.first { $0.contains(open) } ?? (open..<(close + 1))
            found[kind] += names.map { PersonMention(name: personName($0), nameRange: $0, roles: [], sentence: line, evidence: .byline) }
        }
        return found.flatMap { $0 }
    }

    /// The names `range` holds and nothing else, separated by spaces, `、` or commas (three
    /// at most); nil when any piece is no name. `weak`: with nothing around them to say
    /// they are names, each must be one with no ambiguous surname, not a word or a place.
    func signatureNames(_ range: Range<Int>, weak: Bool) -> [Range<Int>]? {
        var names: [Range<Int>] = []
        var at = range.lowerBound
        while at < range.upperBound {
            // (Up to five in a bracket closing a paragraph: `(甲 乙 丙 丁)`; three on a line alone.)
            guard names.count < (weak ? 3 : 5) else { return nil }
            let found: Range<Int>?
            if weak {
                found = name(at: at, limit: range.upperBound, strong: false).flatMap { $0.next.isEmpty ? $0.range : nil }
            } else {
                found = bylineName(at: at, limit: range.upperBound, glued: false)
            }
            guard let found, found.count >= 6 else { return nil }
            names.append(found)
            at = found.upperBound
            var separated = false
            while at < range.upperBound, bytes[at] == 0x20 || bytes[at] == 0x2C { at += 1; separated = true }
            if UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: at) { at += 3; separated = true }
            guard separated || at == range.upperBound else { return nil }
        }
        return names.isEmpty ? nil : names
    }

    /// Whether a sentence ends just before `at` (`。`, `”`, `!`, `?`).
    func endsSentence(before at: Int) -> Bool {
        // `…客人。 (某支部 甲)`: spaces between the sentence's end and what follows.
        var at = at
        while at >= 1, bytes[at - 1] == 0x20 { at -= 1 }
        guard at >= 1 else { return false }
        if bytes[at - 1] == 0x21 || bytes[at - 1] == 0x3F { return true }
        guard at >= 3 else { return false }
        return UTF8Scan.hasPrefix(Self.fullStop, in: bytes, at: at - 3) || UTF8Scan.hasPrefix(Self.closingQuote, in: bytes, at: at - 3)
    }

    static let closingQuote = Array("”".utf8)

    /// `习近平总书记指出`, `宋庆龄故居`: the names of `well-known`, persons wherever written,
    /// unless another reader found them with more, or the name only opens a doctrine's
    /// (`以习近平新时代中国特色社会主义思想为指导`, `毛泽东思想`, `邓小平理论`).
    func readWellKnown(_ clause: Range<Int>, names: [Range<Int>], into found: inout [PersonMention]) {
        for range in names {
            // (`以甲同志为核心的中共中央` names no post of the person: readers key no party from it.)
            if found.contains(where: { $0.nameRange.overlaps(range) }) { continue }
            if words.doctrines.longestMatch(in: bytes, at: range.upperBound, end: clause.upperBound) != nil { continue }
            found.append(PersonMention(name: personName(range), nameRange: range, roles: [], sentence: clause, evidence: .reported))
        }
    }
}
