/// The members of a working group as plans list them, each name before its posts:
/// `组 长:王进足 区党工委委员、管委会副主任 副组长:赖德芳 区交通与建设局局长 王 浩 区管委会办公室副主任 成 员:…`.
/// The group's labels (组长, 常务副组长, 成员, 指挥长 …) may be padded and may be glued to the post before them
/// (`…局长副组长:`); a post may be glued to the name after it (`…党委书记念保云 …`). Each name's posts are the text
/// up to the next name, as written.
extension PersonReader {
    /// A group's labels, compacted (no padding), as UTF-8.
    static let groupLabels: Set<[UInt8]> = Set([
        "常务副组长", "第一副组长", "执行副组长", "常务组长", "副组长", "组长", "成员", "组员",
        "常务副指挥长", "副总指挥", "总指挥", "副指挥长", "指挥长",
    ].map { Array($0.utf8) })

    static let longestGroupLabel = 6
    static let group = Array("小组".utf8)

    /// Whether a roster's label, compacted, is a group's label.
    func isGroupLabel(_ label: Range<Int>) -> Bool {
        label.count <= 3 * Self.longestGroupLabel + 8 && Self.groupLabels.contains(bytes[label].filter { $0 != 0x20 })
    }

    /// The group's label that ends just before the colon at `colon` (padded or not), not reaching before `floor`.
    func groupLabel(before colon: Int, floor: Int) -> Range<Int>? {
        // The Han characters before the colon, padding skipped, nearest first, with where each starts.
        var chars: [[UInt8]] = []
        var starts: [Int] = []
        var i = colon
        while i - 3 >= floor, chars.count < Self.longestGroupLabel {
            if bytes[i - 1] == 0x20 { i -= 1; continue }
            guard han(i - 3, i) != nil else { break }
            chars.append(Array(bytes[(i - 3)..<i]))
            starts.append(i - 3)
            i -= 3
        }
        // The longest run of them, read forward, that is a label.
        guard let k = chars.indices.reversed().first(where: { Self.groupLabels.contains(chars[...$0].reversed().flatMap { $0 }) }) else { return nil }
        // 副组长 after a post (`…局长副组长:`) or standing apart; 专家组组长: is another body's head, no place in this group.
        let start = starts[k]
        guard start - 3 < floor || han(start - 3, start) == nil || titleEnds(at: start, floor: floor) else { return nil }
        return start..<colon
    }

    /// The first group's label in `segment` that a colon closes, and that colon.
    func firstGroupLabel(_ segment: Range<Int>) -> (label: Range<Int>, colon: Int)? {
        var at = segment.lowerBound
        while let colon = UTF8Scan.find([0x3A], in: bytes, from: at, to: segment.upperBound) {
            if let label = groupLabel(before: colon, floor: segment.lowerBound) { return (label, colon) }
            at = colon + 1
        }
        return nil
    }

    /// A group label's body cut at each later label glued into it (`…副主任 副组长:…`, `…局长成 员:…`).
    func groupSegments(_ label: Range<Int>, _ body: Range<Int>) -> [(label: Range<Int>, body: Range<Int>)] {
        var result: [(Range<Int>, Range<Int>)] = []
        var current = (label, body.lowerBound)
        var at = body.lowerBound
        while let colon = UTF8Scan.find([0x3A], in: bytes, from: at, to: body.upperBound) {
            at = colon + 1
            guard let next = groupLabel(before: colon, floor: current.1) else { continue }
            result.append((current.0, UTF8Scan.trim(bytes, current.1..<next.lowerBound)))
            current = (next, colon + 1)
        }
        result.append((current.0, UTF8Scan.trim(bytes, current.1..<body.upperBound)))
        return result
    }

    /// The persons of a list whose names come before their posts (`赖德芳 区交通与建设局局长 王 浩 区管委会办公室副主任`),
    /// or nil when the list does not open so: a name, then whitespace, then a post. Each person's posts run to the next
    /// name; an item that is neither name nor post belongs to the posts only when a post follows it before a name, and
    /// otherwise ends the list (`strict`: a line that only continues a list ends no list early).
    func namesBeforePosts(_ items: [RosterItem], label: Range<Int>, isRole: Bool, line: Range<Int>, strict: Bool) -> [PersonMention]? {
        guard items.count >= 2, items[0].note == nil, rosterName(items[0].name) != nil,
              bytes[items[0].name.upperBound..<items[1].name.lowerBound].allSatisfy({ $0 == 0x20 || $0 == 0x09 }),
              isPost(items[1]) else { return nil }
        var mentions: [PersonMention] = []
        var post: Range<Int>?
        func close() {
            if let p = post, !mentions.isEmpty { mentions[mentions.count - 1].roles.append(p) }
            post = nil
        }
        func extend(to end: Int, from start: Int) { post = (post?.lowerBound ?? start)..<end }
        func open(_ name: Range<Int>, note: Range<Int>?, listed: Bool = false) -> Bool {
            guard let spelled = rosterName(name, listed: listed) else { return false }
            close()
            var roles: [Range<Int>] = isRole ? [label] : []
            if let note, isRoleText(note) { roles.append(note) }
            mentions.append(PersonMention(name: spelled, nameRange: name, roles: roles, sentence: line, evidence: .roster))
            return true
        }
        /// Whether a comma or semicolon parts item `k` from the one before: prose, or the next list, begins there.
        func partedByComma(_ k: Int) -> Bool {
            k > 0 && bytes[end(items[k - 1])..<items[k].name.lowerBound].contains { $0 == 0x2C || $0 == 0x3B }
        }
        /// Whether item `k` stands where a name does: a post after it (maybe glued to what follows), parted by spaces only.
        func beforePost(_ k: Int) -> Bool {
            k + 1 < items.count && items[k].note == nil && (isPost(items[k + 1]) || lastPost(in: items[k + 1].name) != nil)
                && bytes[items[k].name.upperBound..<items[k + 1].name.lowerBound].allSatisfy { $0 == 0x20 || $0 == 0x09 }
        }
        for (k, item) in items.enumerated() {
            if open(item.name, note: item.note) || (beforePost(k) && open(item.name, note: nil, listed: true)) { continue }
            if partedByComma(k) { break }
            if let (title, rest) = titledItem(item.name) ?? titledItem(item.name, listed: true) {
                // 新城联合党委书记念保云: the last post and the next name, glued.
                extend(to: title.upperBound, from: title.lowerBound)
                _ = open(rest, note: item.note, listed: true)
                continue
            }
            let later = items.indices.dropFirst(k + 1).prefix { !partedByComma($0) && rosterName(items[$0].name) == nil }
            if isPost(item) || later.contains(where: { isPost(items[$0]) }) && !mentions.isEmpty {
                extend(to: end(item), from: item.name.lowerBound)
                continue
            }
            // 村委会主任领导小组下设办公室: the last post, and the text after it glued on.
            if let title = lastPost(in: item.name), !mentions.isEmpty {
                extend(to: title.upperBound, from: item.name.lowerBound)
            }
            // A line that only continues a list is all names and posts.
            if strict { return nil }
            break
        }
        close()
        return mentions
    }

    /// The last title in `range` (领导 before 小组 names the group, no post).
    func lastPost(in range: Range<Int>) -> Range<Int>? {
        words.titles.matches(in: bytes, range: range).last { !UTF8Scan.hasPrefix(Self.group, in: bytes, at: $0.range.upperBound) }?.range
    }

    /// Where an item ends, its bracket included.
    func end(_ item: RosterItem) -> Int { item.note.map { $0.upperBound + 1 } ?? item.name.upperBound }

    /// An item that is a post (`区交通与建设局局长`, `党委委员`), or a post glued to the next name.
    func isPost(_ item: RosterItem) -> Bool {
        isRole(item.name) || titledItem(item.name) != nil
    }
}

