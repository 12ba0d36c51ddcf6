/// Decodes GB18030 (the superset of GBK and GB2312 that Chinese documents are
/// often saved in) to UTF-8 through the C library's `iconv` (`Iconv`);
/// Foundation on Linux has no GB18030 codec.
enum GB18030 {
    typealias Failure = Iconv.Failure

    /// The text, or where the bytes stop being GB18030. O(n).
    static func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        Iconv.decode(bytes, from: "GB18030")
    }

    /// How the multi-byte sequences of `bytes` look, to tell real GB18030
    /// from another 8-bit encoding that happens to parse as it (Latin-1
    /// `caf\xe9s` reads as `caf閟`).
    struct Evidence: Equatable {
        /// Two-byte sequences in the GB2312 rows of symbols and hanzi (both
        /// bytes 0xA1–0xFE): what almost every character of Chinese text is.
        var common = 0
        /// Other sequences: GBK extension rows (a second byte below 0xA1,
        /// often an ASCII letter) and four-byte sequences. Rare in real text,
        /// but what Latin-1 accents followed by a letter look like.
        var rare = 0
        /// The offset of the first rare sequence.
        var firstRare: Int?

        /// Clearly GB18030: some common sequences, and at least four of them
        /// for each rare one.
        var isConfident: Bool { common > 0 && common >= 4 * rare }
    }

    /// Counts the sequences of `bytes` read as GB18030. O(n).
    static func evidence(_ bytes: [UInt8]) -> Evidence {
        var evidence = Evidence()
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            let next = i + 1 < bytes.count ? bytes[i + 1] : 0
            if (0x30...0x39).contains(next) {
                evidence.rare += 1
                if evidence.firstRare == nil { evidence.firstRare = i }
                i += 4
            } else {
                if (0xA1...0xFE).contains(lead) && (0xA1...0xFE).contains(next) {
                    evidence.common += 1
                } else {
                    evidence.rare += 1
                    if evidence.firstRare == nil { evidence.firstRare = i }
                }
                i += 2
            }
        }
        return evidence
    }
}
