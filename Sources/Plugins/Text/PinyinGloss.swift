/// Pinyin glosses that some sites' script converters leave after a character
/// (`開福區(qū)`, `婦聯(lián)`, `統(tǒng)戰(zhàn)部`): they split every word they follow
/// (区, 妇联, 统战部), so the normalized text drops them, as it drops a line
/// break inside a word; quotes still show the text as published.
///
/// A gloss is a bracket right after a Han character holding one pinyin
/// syllable with its tone mark (`(a)`, `(de)`, `(GDP)`, `(índice)` and `（注）` stay).
enum PinyinGloss {
    /// The longest syllable (zhuang, shuang, chuang) and one spare.
    static let maximumLetters = 7

    /// Whether the byte is the lead of a two-byte letter a tone mark may be on
    /// (Latin-1 Supplement and Extended-A/B: à, ā, ǎ …): a text with none has no gloss.
    @inline(__always)
    static func isMarkedLetterLead(_ b: UInt8) -> Bool { b >= 0xC3 && b <= 0xC7 }

    /// The tone-marked vowels and ü, as their second UTF-8 byte under each lead.
    static let marked: [UInt8: Set<UInt8>] = {
        var table: [UInt8: Set<UInt8>] = [:]
        for scalar in "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".utf8Pairs { table[scalar.0, default: []].insert(scalar.1) }
        return table
    }()

    /// The length in bytes of the gloss that opens at `start` (its `(`), or 0.
    static func length(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        let n = bytes.count
        guard start < n, bytes[start] == 0x28 else { return 0 }
        var k = start + 1
        // Each letter: its ASCII byte, or 0 for a marked vowel or ü.
        var letters: [UInt8] = []
        var marks = 0
        while k < n, letters.count <= maximumLetters {
            let b = bytes[k]
            if b >= 0x61 && b <= 0x7A { letters.append(b); k += 1; continue }
            if k + 1 < n, let seconds = marked[b], seconds.contains(bytes[k + 1]) { letters.append(0); marks += 1; k += 2; continue }
            break
        }
        guard marks == 1, letters.count <= maximumLetters, k < n, bytes[k] == 0x29, isSyllable(letters) else { return 0 }
        return k + 1 - start
    }

    /// Whether the letters are shaped like one pinyin syllable: an initial
    /// (zh, ch, sh or one consonant), one to three vowels, then n, ng or r.
    /// A word of another language (`(índice)`) is not.
    static func isSyllable(_ letters: [UInt8]) -> Bool {
        func isVowel(_ c: UInt8) -> Bool { c == 0 || c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 || c == 0x76 }
        var k = 0
        if letters.count >= 2, [0x7A, 0x63, 0x73].contains(letters[0]), letters[1] == 0x68 { k = 2 }  // zh ch sh
        else if let first = letters.first, !isVowel(first) { k = 1 }
        let vowelsStart = k
        while k < letters.count, isVowel(letters[k]) { k += 1 }
        guard (1...3).contains(k - vowelsStart) else { return false }
        let rest = Array(letters[k...])
        return rest.isEmpty || rest == [0x6E] || rest == [0x6E, 0x67] || rest == [0x72]  // n ng r
    }

    /// Removes every gloss that follows a Han character, in place (it only
    /// removes bytes, so writing never passes reading), keeping `map` aligned.
    static func drop(_ text: inout [UInt8], _ map: inout [Int32]) {
        let n = text.count
        var written = 0
        text.withUnsafeMutableBufferPointer { tb in
            map.withUnsafeMutableBufferPointer { mb in
                let t = UnsafeBufferPointer(tb)
                var i = 0
                while i < n {
                    if t[i] == 0x28, written >= 3, NormalizedText.isHanLead(tb, written - 3, lowerBound: 0) {
                        let gloss = length(in: t, at: i)
                        if gloss > 0 { i += gloss; continue }
                    }
                    tb[written] = t[i]; mb[written] = mb[i]; written += 1; i += 1
                }
            }
        }
        text.removeLast(n - written)
        map.removeLast(n - written)
    }
}

extension String {
    /// The two bytes of each two-byte UTF-8 character of the string.
    fileprivate var utf8Pairs: [(UInt8, UInt8)] {
        unicodeScalars.compactMap { scalar in
            let bytes = Array(String(scalar).utf8)
            return bytes.count == 2 ? (bytes[0], bytes[1]) : nil
        }
    }
}
