import Foundation

/// Whether a text holds what a dotted name (艾力·买买提, 帕巴拉.格列朗杰) needs at all: one of
/// `PersonReader.middleDots`, or a full stop or hyphen right after a Han character. Most documents hold
/// neither, and then the reader need not look for a dot after each Han character it tries
/// (`mayHaveDot`) nor read a dotted name where a quote mark or a dash passed that first look.
/// Worked out on first use and kept: a class, so that the reader, a value, can fill it in.
final class DottedNameHint {
    private var known: Bool?

    func possible(in bytes: [UInt8]) -> Bool {
        if let known { return known }
        let found = bytes.withUnsafeBufferPointer { text in
            PersonReader.middleDots.contains { Self.occurs($0, in: text) } || Self.occurs([PersonReader.asciiFullStop], in: text, afterHan: true)
                || Self.occurs([PersonReader.asciiHyphen], in: text, afterHan: true)
        }
        known = found
        return found
    }

    /// Whether `needle` occurs in `text` (after a Han character when `afterHan`). memchr looks for the
    /// needle's last byte: a dot's last byte (B7, A2 …) is one continuation byte in 64, where its
    /// second (80 for •) begins 、 and 。 too, which cost 155,000 instructions a document.
    private static func occurs(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>, afterHan: Bool = false) -> Bool {
        guard let base = text.baseAddress, let last = needle.last else { return false }
        let m = needle.count
        var from = m - 1
        while from < text.count, let hit = memchr(base + from, Int32(last), text.count - from) {
            let end = UnsafeRawPointer(hit) - UnsafeRawPointer(base) + 1
            let start = end - m
            if needle.indices.allSatisfy({ text[start + $0] == needle[$0] }),
               !afterHan || (start >= 3 && isHan(text, at: start - 3)) {
                return true
            }
            from = end
        }
        return false
    }

    /// `UTF8Scan.isHan` on a raw buffer: a CJK ideograph (E3 with a second byte ≥ 90, or E4…E9) at `i`.
    private static func isHan(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + 2 < text.count else { return false }
        let lead = text[i]
        return (lead >= 0xE4 && lead <= 0xE9) || (lead == 0xE3 && text[i + 1] >= 0x90)
    }
}
