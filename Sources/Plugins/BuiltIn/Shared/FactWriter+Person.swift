import Graph

extension FactWriter {
    /// The Person node a name in this document stands for.
    ///
    /// A name alone does not tell people apart: 王伟 of 南京 and 王伟 of 苏州 are
    /// most likely two persons, and the documents give no evidence that they are
    /// one. So a person is keyed by name within the place the document belongs
    /// to (its city, else its province; `place` on the node): every document of
    /// one city (any year, any kind) names one 王伟, which is what lets
    /// `explorer check` see that city's 王伟 in two parties. A document that
    /// names no place keys by name alone.
    ///
    /// `name` is read from the normalized text, so it is simplified; the key
    /// stays simplified (a traditional page's 劉勛建 is a mainland page's
    /// 刘勋建), while the node is named as the document writes it, with the
    /// simplified form as an alias for queries.
    mutating func person(_ name: String, place: String?, at range: Range<Int>) throws -> NodeID {
        let written = writtenName(name, at: range)
        // Both forms: a mixed document may name the node in the other script first.
        let aliases = written == name ? [] : [name, written]
        guard let place, !place.isEmpty else { return try entity("Person", written, aliases: aliases, key: "Person:" + name, at: range) }
        return try entity(
            "Person", written, properties: ["place": .string(place)], aliases: aliases, key: "Person:" + place + ":" + name, at: range)
    }

    /// `name` as the document writes it where it stands in `range` (its
    /// traditional characters back), else `name` itself.
    func writtenName(_ name: String, at range: Range<Int>) -> String {
        guard text.foldedScript else { return name }
        // The reader gives the name's own span, or a line or sentence holding it.
        return written(name, in: range) ?? name
    }

    /// A text read from this document (a person's roles, `民盟绍兴市委主委`) as
    /// the document writes it: where it first stands, or each of its parts
    /// joined by 、 where each stands; else as given.
    func writtenText(_ read: String) -> String {
        guard text.foldedScript else { return read }
        if let found = written(read, in: 0..<text.count) { return found }
        return read.split(separator: "、", omittingEmptySubsequences: false)
            .map { written(String($0), in: 0..<text.count) ?? String($0) }.joined(separator: "、")
    }

    /// The written form of the normalized text `read` where it first stands in `range`.
    private func written(_ read: String, in range: Range<Int>) -> String? {
        let needle = Array(read.utf8)
        guard !needle.isEmpty else { return nil }
        if let at = UTF8Scan.find(needle, in: text.bytes, from: range.lowerBound, to: range.upperBound) {
            return text.written(at..<(at + needle.count))
        }
        // A name padded to the width of three (`吳　君`): its characters with spaces between.
        guard let padded = paddedSpan(read, in: range) else { return nil }
        let form = text.written(padded).unicodeScalars.filter { !$0.properties.isWhitespace }
        return String(String.UnicodeScalarView(form))
    }

    /// Where `read`'s characters stand in `range` with spaces between them, if they do. O(range).
    private func paddedSpan(_ read: String, in range: Range<Int>) -> Range<Int>? {
        let characters = read.unicodeScalars.map { Array(String($0).utf8) }
        guard characters.count > 1, let first = characters.first else { return nil }
        var from = range.lowerBound
        while let at = UTF8Scan.find(first, in: text.bytes, from: from, to: range.upperBound) {
            var p = at + first.count
            var matched = true
            for character in characters.dropFirst() {
                while p < range.upperBound, text.bytes[p] == 0x20 { p += 1 }
                guard UTF8Scan.hasPrefix(character, in: text.bytes, at: p), p + character.count <= range.upperBound else { matched = false; break }
                p += character.count
            }
            if matched { return at..<p }
            from = at + first.count
        }
        return nil
    }
}
