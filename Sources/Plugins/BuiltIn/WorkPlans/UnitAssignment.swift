import Foundation

/// The units a task names: `(牵头单位:A;责任单位:B、C)`, with the variants other
/// plans use (牵头部门, 主责单位, 配合单位, 参与单位, 协办单位) and the short form
/// `(A、B负责)` where the first unit listed leads.
struct UnitAssignment {
    enum Kind { case lead, responsible }

    struct Unit {
        var name: String
        var range: Range<Int>
        var kind: Kind
        /// The label the document used (牵头单位, 责任单位, 配合单位 …).
        var role: String
    }

    var units: [Unit]
    /// The whole bracketed assignment, to cut it from the task text.
    var range: Range<Int>
    /// A deadline written among the units (`完成时限:2023年底`, `…负责,2023年底前完成`).
    var deadline: Range<Int>? = nil

    static let leadLabels = ["牵头单位", "牵头部门", "主责单位", "主办单位", "牵头"]
    /// Every label with its kind, longest first (责任单位 before 牵头).
    static let labelsLongestFirst: [(String, [UInt8], Kind)] = (leadLabels.map { ($0, Array($0.utf8), Kind.lead) }
        + responsibleLabels.map { ($0, Array($0.utf8), Kind.responsible) })
        .sorted { $0.1.count > $1.1.count }
    static let genericLabelEndings = ["单位", "部门"].map { Array($0.utf8) }
    static let each = Array("各".utf8)
    static let government = Array("政府".utf8)
    static let unitEndings = ["局", "委", "办", "府", "会", "院", "司", "部", "厅", "处", "位", "门", "团"].map { Array($0.utf8) }
    static let responsibleLabels = ["责任单位", "责任部门", "配合单位", "配合部门", "参与单位", "协办单位", "协同单位", "成员单位"]

    /// Finds the assignment in the last bracket of `line` (a trailing `。` allowed).
    static func find(in bytes: [UInt8], line: Range<Int>) -> UnitAssignment? {
        var end = line.upperBound
        while end > line.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        if UTF8Scan.hasSuffix(Segmenter.fullStop, in: bytes, line.lowerBound..<end) { end -= 3 }
        guard end > line.lowerBound else { return nil }
        guard bytes[end - 1] == 0x29 else { return inline(in: bytes, line.lowerBound..<end) }
        // The matching "(".
        var depth = 0
        var open = end - 1
        while open >= line.lowerBound {
            if bytes[open] == 0x29 { depth += 1 } else if bytes[open] == 0x28 { depth -= 1; if depth == 0 { break } }
            open -= 1
        }
        guard open >= line.lowerBound else { return inline(in: bytes, line.lowerBound..<end) }
        let inner = (open + 1)..<(end - 1)
        var deadline: Range<Int>?
        if let units = parseLabelled(bytes, inner, deadline: &deadline), !units.isEmpty {
            return UnitAssignment(units: units, range: open..<end, deadline: deadline)
        }
        if let units = parseVerbs(bytes, inner, deadline: &deadline), !units.isEmpty {
            return UnitAssignment(units: units, range: open..<end, deadline: deadline)
        }
        // The last bracket is a note of the last unit (…;责任单位:各区政府(含开发区)).
        return inline(in: bytes, line.lowerBound..<end)
    }

    /// `…试点。牵头单位:A;责任单位:B、C` — labelled units after the task's
    /// sentences on the same line, with no bracket: the first label that follows
    /// `。`, `;`, `,` or a space opens them, and they run to the end of the line.
    static func inline(in bytes: [UInt8], _ line: Range<Int>) -> UnitAssignment? {
        var at = line.lowerBound
        while let colon = UTF8Scan.find([0x3A], in: bytes, from: at, to: line.upperBound) {
            at = colon + 1
            guard let label = label(endingAt: colon, in: bytes, from: line.lowerBound), label.start > line.lowerBound else { continue }
            let before = bytes[label.start - 1]
            guard before == 0x3B || before == 0x2C || before == 0x20
                    || UTF8Scan.hasSuffix(Segmenter.fullStop, in: bytes, line.lowerBound..<label.start) else { continue }
            var deadline: Range<Int>?
            guard let units = parseLabelled(bytes, label.start..<line.upperBound, deadline: &deadline), !units.isEmpty else { return nil }
            return UnitAssignment(units: units, range: label.start..<line.upperBound, deadline: deadline)
        }
        return nil
    }

    static let verbs: [(suffix: [UInt8], role: String)] = [
        (Array("牵头".utf8), "牵头"), (Array("负责".utf8), "负责"), (Array("配合".utf8), "配合"),
        (Array("参与".utf8), "参与"), (Array("协助".utf8), "协助"),
    ]

    /// Words between a unit list and its verb: `按职责分工负责`, `分别负责`, `共同负责`.
    static let verbQualifiers = ["按照职责分工", "按职责分工", "依职责", "按职责", "分别", "共同", "具体"].map { Array($0.utf8) }

    /// `(A、B负责)` (the first unit leads), `(A牵头,B、C配合)`, `(由A牵头,…)`; a
    /// part that is a deadline (`2023年底前完成`) is the task's, not a unit.
    static func parseVerbs(_ bytes: [UInt8], _ inner: Range<Int>, deadline: inout Range<Int>?) -> [Unit]? {
        var units: [Unit] = []
        for var part in Segmenter.listItems(bytes, in: inner, separators: [";", ","]) {
            if !units.isEmpty, isDeadline(bytes, part) { deadline = part; continue }
            if UTF8Scan.hasPrefix(by, in: bytes, at: part.lowerBound) { part = (part.lowerBound + by.count)..<part.upperBound }
            guard let verb = verbs.first(where: { UTF8Scan.hasSuffix($0.suffix, in: bytes, part) }) else { return nil }
            var listEnd = part.upperBound - verb.suffix.count
            // (A、B等按职责分工负责): how they share the work is not a unit.
            while let qualifier = verbQualifiers.first(where: { UTF8Scan.hasSuffix($0, in: bytes, part.lowerBound..<listEnd) }) {
                listEnd -= qualifier.count
            }
            let items = names(bytes, part.lowerBound..<listEnd)
            guard !items.isEmpty, items.count <= 40 else { return nil }
            for (i, item) in items.enumerated() {
                let kind: Kind
                switch verb.role {
                case "牵头": kind = .lead
                case "负责": kind = i == 0 && units.isEmpty ? .lead : .responsible
                default: kind = .responsible
                }
                let role = verb.role == "负责" ? (kind == .lead ? "牵头" : "负责") : verb.role
                units.append(Unit(name: item.name, range: item.range, kind: kind, role: role))
            }
        }
        return units
    }

    /// `label:list;label:list` (`:` and `;` full- or half-width, folded before).
    /// Labelled lists may also be separated by `,`, a space or nothing at all
    /// (`牵头单位:市经信局,责任单位:市科技局`, `牵头单位:市发改委 配合单位:市公安局`):
    /// every `:` ends a label, and a list runs to the next label.
    static func parseLabelled(_ bytes: [UInt8], _ inner: Range<Int>) -> [Unit]? {
        var deadline: Range<Int>?
        return parseLabelled(bytes, inner, deadline: &deadline)
    }

    /// As `parseLabelled(_:_:)`, with a deadline label among the unit labels
    /// (`完成时限:2023年12月底`): its text is the task's deadline.
    static func parseLabelled(_ bytes: [UInt8], _ inner: Range<Int>, deadline: inout Range<Int>?) -> [Unit]? {
        var labels: [(start: Int, colon: Int, label: String, kind: Kind?)] = []
        var at = inner.lowerBound
        while let colon = UTF8Scan.find([0x3A], in: bytes, from: at, to: inner.upperBound) {
            if let (start, label, kind) = label(endingAt: colon, in: bytes, from: inner.lowerBound) {
                labels.append((start, colon, label, kind))
            } else if let label = deadlineLabels.first(where: { UTF8Scan.hasSuffix($0, in: bytes, inner.lowerBound..<colon) }), !labels.isEmpty {
                labels.append((colon - label.count, colon, "", nil))
            } else {
                return nil
            }
            at = colon + 1
        }
        // The first label opens the assignment.
        guard let first = labels.first, UTF8Scan.trim(bytes, inner.lowerBound..<first.start).isEmpty else { return nil }
        var units: [Unit] = []
        for (n, l) in labels.enumerated() {
            var end = n + 1 < labels.count ? labels[n + 1].start : inner.upperBound
            // The separator before the next label (; , or a space) is not part of the list.
            while end > l.colon + 1, bytes[end - 1] == 0x3B || bytes[end - 1] == 0x2C || bytes[end - 1] == 0x20 { end -= 1 }
            guard let kind = l.kind else {
                let text = UTF8Scan.trim(bytes, (l.colon + 1)..<end)
                if !text.isEmpty { deadline = text }
                continue
            }
            for item in names(bytes, (l.colon + 1)..<end) {
                // 责任单位:市发改委(牵头)、市经信局: a note can make one listed unit the lead.
                let leads = item.note.contains("牵头")
                units.append(Unit(name: item.name, range: item.range, kind: leads ? .lead : kind, role: leads ? "牵头" : l.label))
            }
        }
        return units
    }

    static let by = Array("由".utf8)
    /// Labels of a deadline written among the unit labels.
    static let deadlineLabels = ["完成时限", "完成时间", "完成期限", "时间节点", "时限要求", "时间要求", "进度安排", "时限"].map { Array($0.utf8) }
    static let deadlineEndings = ["完成", "前", "底", "年", "月", "推进", "坚持", "实施"].map { Array($0.utf8) }
    static let year = Array("年".utf8)

    /// `2023年底前完成`, `2024年6月`, `持续推进`, `长期坚持`: a part of a bracket that is a deadline.
    static func isDeadline(_ bytes: [UInt8], _ part: Range<Int>) -> Bool {
        guard part.count <= 45, deadlineEndings.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, part) }) else { return false }
        if bytes[part.lowerBound] >= 0x30 && bytes[part.lowerBound] <= 0x39 { return true }
        let text = String(decoding: bytes[part], as: UTF8.self)
        return ["持续推进", "长期坚持", "长期推进", "持续实施"].contains(text) || (text.hasPrefix("每年") || text.hasPrefix("年底"))
    }

    /// The unit label that ends at `colon` (`牵头单位`, `配合部门`, any `…单位`
    /// of up to six characters), read back over Han characters.
    static func label(endingAt colon: Int, in bytes: [UInt8], from floor: Int) -> (start: Int, label: String, kind: Kind)? {
        var start = colon
        var count = 0
        // Han characters U+4E00…U+9FFF are three bytes, E4…E9 first.
        while start - 3 >= floor, count < 10, (0xE4...0xE9).contains(bytes[start - 3]), bytes[start - 2] & 0xC0 == 0x80 {
            start -= 3
            count += 1
        }
        guard count > 0 else { return nil }
        // Compared as bytes: String.hasSuffix compares by Character.
        for (label, bytesOfLabel, kind) in labelsLongestFirst where UTF8Scan.hasSuffix(bytesOfLabel, in: bytes, start..<colon) {
            return (colon - bytesOfLabel.count, label, kind)
        }
        if count <= 6, genericLabelEndings.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, start..<colon) }) {
            return (start, String(decoding: bytes[start..<colon], as: UTF8.self), .responsible)
        }
        return nil
    }

    /// Unit names in a list, each without a bracketed note (〈含开发区…〉) or a trailing 等.
    /// Byte-level: brackets are `(` `)` and 〈 〉 【 】 (E3 80 88/89/90/91).
    /// A bracket of administrative levels inside a name (`各区(市)县政府`: `(市)`
    /// followed by more of the name) is part of the name as written.
    static func names(_ bytes: [UInt8], _ range: Range<Int>) -> [(name: String, range: Range<Int>, note: String)] {
        // 、 , and spaces all separate units (`省发展改革委 省财政厅`).
        var items = Segmenter.listItems(bytes, in: range, separators: ["、", ",", " ", ";"])
        // 各区、县(市)政府 is one unit: a leading 各… with no unit word of its own joins the next item.
        var n = 0
        while n + 1 < items.count {
            let item = items[n]
            if UTF8Scan.hasPrefix(each, in: bytes, at: item.lowerBound), item.count <= 9,
               UTF8Scan.hasSuffix(government, in: bytes, items[n + 1]),
               !unitEndings.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, item) }) {
                items[n] = item.lowerBound..<items[n + 1].upperBound
                items.remove(at: n + 1)
            }
            n += 1
        }
        return items.compactMap { item in
            var text: [UInt8] = []
            var note: [UInt8] = []
            text.reserveCapacity(item.count)
            var depth = 0
            var i = item.lowerBound
            while i < item.upperBound {
                let b = bytes[i]
                if b == 0x28, depth == 0, let close = UTF8Scan.find([0x29], in: bytes, from: i + 1, to: item.upperBound),
                   close - i - 1 <= 9, close + 1 < item.upperBound,
                   String(decoding: bytes[(i + 1)..<close], as: UTF8.self).allSatisfy({ "市区县、".contains($0) }) {
                    // 各区(市)县政府: kept as written.
                    text.append(contentsOf: bytes[i...close])
                    i = close + 1
                    continue
                }
                if b == 0x28 { depth += 1; i += 1; continue }
                if b == 0x29 { depth = max(0, depth - 1); i += 1; continue }
                if b == 0xE3, i + 2 < item.upperBound, bytes[i + 1] == 0x80 {
                    let c = bytes[i + 2]
                    if c == 0x88 || c == 0x90 { depth += 1; i += 3; continue }
                    if c == 0x89 || c == 0x91 { depth = max(0, depth - 1); i += 3; continue }
                }
                if depth == 0 { text.append(b) } else { note.append(b) }
                i += 1
            }
            var name = trimmedString(text[...])
            // 市经信局等有关部门: the unit named, not the rest left unnamed.
            for tail in collectiveTails where name.hasSuffix(tail) && name.count > tail.count {
                name.removeLast(tail.count)
                break
            }
            // 市城管局等有关执法部门, 市科技局等成员单位: any short collective after the last 等.
            if let et = name.lastIndex(of: "等"), et != name.startIndex {
                let tail = name[name.index(after: et)...]
                if tail.count <= 8, collectiveEndings.contains(where: { tail.hasSuffix($0) }) { name = String(name[..<et]) }
            }
            return name.isEmpty ? nil : (name, item, String(decoding: note, as: UTF8.self))
        }
    }

    /// What ends a list after its last named unit, longest first.
    static let collectiveEndings = ["部门", "单位", "机构"]
    static let collectiveTails = ["等有关部门和单位", "等有关单位", "等有关部门", "等相关单位", "等相关部门", "等部门", "等单位", "等"]

    /// The text of `slice` without leading and trailing whitespace (as
    /// `trimmingCharacters(in: .whitespaces)`; ASCII spaces and tabs are cut
    /// here, anything rarer goes through Foundation).
    static func trimmedString(_ slice: ArraySlice<UInt8>) -> String {
        var lo = slice.startIndex, hi = slice.endIndex
        while lo < hi, slice[lo] == 0x20 || slice[lo] == 0x09 { lo += 1 }
        while hi > lo, slice[hi - 1] == 0x20 || slice[hi - 1] == 0x09 { hi -= 1 }
        let text = String(decoding: slice[lo..<hi], as: UTF8.self)
        // Other Unicode spaces (U+1680, U+2000…U+205F, U+3000, U+00A0) start with E1, E2, E3 or C2.
        if lo < hi, [0xC2, 0xE1, 0xE2, 0xE3].contains(slice[lo]) || [0xC2, 0xE1, 0xE2, 0xE3].contains(slice[max(lo, hi - 3)]) || (hi - lo >= 2 && slice[hi - 2] == 0xC2) {
            return text.trimmingCharacters(in: .whitespaces)
        }
        return text
    }
}
