/// A comma some sites' pages carry before every `、` or `。` (`陳某、咸某,、齊某,、任某`,
/// `隆重開幕,。`), a converter's leftover: standing between each name and the `、` that
/// joins it to the next, it would end every list of names after its first, so the
/// normalized text drops it; quotes still show the text as published.
///
/// Only an ASCII comma (full-width ones are already folded) right before `、` or `。`:
/// two commas in a row may be an empty cell of a table converted to text, and stay.
enum StrayComma {
    /// Whether a stray comma stands at `i`.
    @inline(__always)
    static func isStray(_ t: UnsafeMutableBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard t[i] == 0x2C, i + 3 < t.count, t[i + 1] == 0xE3, t[i + 2] == 0x80 else { return false }
        return t[i + 3] == 0x81 || t[i + 3] == 0x82
    }

    /// Removes every stray comma, in place, keeping `map` aligned; a text with none is not rewritten.
    static func drop(_ text: inout [UInt8], _ map: inout [Int32]) {
        guard UTF8Scan.find([0x2C] + Segmenter.enumerationComma, in: text, from: 0) != nil
                || UTF8Scan.find([0x2C] + Segmenter.fullStop, in: text, from: 0) != nil else { return }
        let n = text.count
        var written = 0
        text.withUnsafeMutableBufferPointer { tb in
            map.withUnsafeMutableBufferPointer { mb in
                for i in 0..<n {
                    if isStray(tb, i) { continue }
                    tb[written] = tb[i]; mb[written] = mb[i]; written += 1
                }
            }
        }
        text.removeLast(n - written)
        map.removeLast(n - written)
    }
}
