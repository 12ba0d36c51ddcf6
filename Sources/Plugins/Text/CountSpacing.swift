/// Pages that set spaces around figures (`张焕然等 12 人为侨联海外顾问`): the normalized text drops
/// the spaces between 等 and a figure and between a figure and the 人, 名 or 位 that counts persons,
/// so a count reads as the readers expect it (`等12人为`); quotes still show the text as published.
/// Other spaces stay: they part names in rosters and bylines.
enum CountSpacing {
    /// Whether the spaces from `start` to `end` stand between 等 and a figure, or between a figure and 人, 名 or 位.
    static func isCountSpacing(_ t: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard start >= 1, end < t.count else { return false }
        if (0x30...0x39).contains(t[end]) {
            return start >= 3 && t[start - 3] == 0xE7 && t[start - 2] == 0xAD && t[start - 1] == 0x89  // 等
        }
        guard (0x30...0x39).contains(t[start - 1]), end + 2 < t.count else { return false }
        let (a, b, c) = (t[end], t[end + 1], t[end + 2])
        return (a == 0xE4 && b == 0xBA && c == 0xBA) || (a == 0xE5 && b == 0x90 && c == 0x8D) || (a == 0xE4 && b == 0xBD && c == 0x8D)  // 人 名 位
    }

    static let space: [UInt8] = [0x20]

    /// Removes those spaces, in place, keeping `map` aligned; a text with none is not rewritten.
    static func drop(_ text: inout [UInt8], _ map: inout [Int32]) {
        let n = text.count
        // Found first on the text as it is (a jump to each space, memchr's: this runs over every document), then dropped.
        var runs: [Range<Int>] = []
        var i = 0
        while let found = UTF8Scan.find(space, in: text, from: i) {
            var end = found + 1
            while end < n, text[end] == 0x20 { end += 1 }
            if isCountSpacing(text, found, end) { runs.append(found..<end) }
            i = end
        }
        guard !runs.isEmpty else { return }
        var written = 0, read = 0
        text.withUnsafeMutableBufferPointer { tb in
            map.withUnsafeMutableBufferPointer { mb in
                for run in runs + [n..<n] {
                    while read < run.lowerBound {
                        tb[written] = tb[read]; mb[written] = mb[read]; written += 1; read += 1
                    }
                    read = run.upperBound
                }
            }
        }
        text.removeLast(n - written)
        map.removeLast(n - written)
    }
}
