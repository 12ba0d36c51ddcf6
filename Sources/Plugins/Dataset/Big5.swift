/// Decodes Big5 (the encoding traditional-script pages of Hong Kong, Macau and
/// Taiwan sites are often saved in, with its HKSCS extension) through `Iconv`.
/// Tried only when the bytes are neither UTF-8 nor clearly GB18030: Big5's
/// second bytes run into ASCII (0x40–0x7E), which GB18030's evidence counts
/// as rare, so the two do not take each other's documents.
enum Big5 {
    /// The text, or where the bytes stop being Big5. O(n).
    static func decode(_ bytes: [UInt8]) -> Result<String, Iconv.Failure> {
        // HKSCS is a superset; a system without it still has plain Big5.
        let extended = Iconv.decode(bytes, from: "BIG5-HKSCS")
        if case .failure(.unsupported) = extended { return Iconv.decode(bytes, from: "BIG5") }
        return extended
    }

    /// Counts the sequences of `bytes` read as Big5, in `GB18030.Evidence`'s
    /// terms: common are symbols and the frequent characters (first bytes
    /// 0xA1–0xC6, which hold almost every character of Chinese text), rare
    /// the less frequent characters (0xC7–0xF9) and anything that is no Big5
    /// pair (what Latin-1 accents followed by a letter look like). O(n).
    static func evidence(_ bytes: [UInt8]) -> GB18030.Evidence {
        var evidence = GB18030.Evidence()
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            let next = i + 1 < bytes.count ? bytes[i + 1] : 0
            let pair = (0xA1...0xF9).contains(lead) && ((0x40...0x7E).contains(next) || (0xA1...0xFE).contains(next))
            if pair && lead <= 0xC6 {
                evidence.common += 1
            } else {
                evidence.rare += 1
                if evidence.firstRare == nil { evidence.firstRare = i }
            }
            i += pair ? 2 : 1
        }
        return evidence
    }
}
