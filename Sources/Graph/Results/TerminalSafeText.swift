/// Text from documents made harmless for a terminal: every character a
/// terminal would act on instead of showing (C0 and C1 controls, DEL, and the
/// bidirectional overrides that reorder what is shown) is written as the six
/// characters `\u001b`, so a name holding `ESC]0;…BEL ESC[2J` can neither
/// retitle nor clear the user's terminal, nor throw a table's columns off.
///
/// Every formatter calls `escaped` at one point, where a value becomes text;
/// the explorer's and the shell's standard output call it again as a last
/// guard, which changes nothing in text already escaped.
public enum TerminalSafeText {
    /// True when a terminal would act on `scalar` rather than show it.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        // Bidirectional embeddings, overrides and isolates.
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `text` with every unsafe character written `\uXXXX`; line feeds and
    /// tabs are kept when `keepingLayout` (messages, reports), escaped otherwise
    /// (a table cell, where they would break the row). O(n).
    /// A carriage return is kept only before a line feed (CSV's `\r\n`): alone
    /// it sends the cursor back to overwrite what the line showed.
    public static func escaped(_ text: String, keepingLayout: Bool = false) -> String {
        guard needsEscaping(text, keepingLayout: keepingLayout) else { return text }
        let scalars = text.unicodeScalars
        var out = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            let kept =
                keepingLayout
                && (isLayout(scalar) || (scalar == "\r" && next < scalars.endIndex && scalars[next] == "\n"))
            if isUnsafe(scalar) && !kept {
                out.append(contentsOf: code(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
            index = next
        }
        return String(out)
    }

    /// True when `escaped` would change `text`: one pass over its UTF-8
    /// bytes, since output of millions of rows goes through here (C1 controls
    /// are `C2 80`–`C2 9F`, the bidi controls `E2 80 AA`–`AE` and `E2 81 A6`–`A9`). O(n).
    static func needsEscaping(_ text: String, keepingLayout: Bool) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x20 {
                    let layout = b == 0x0A || b == 0x09 || (b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A)
                    if !(keepingLayout && layout) { return true }
                } else if b == 0x7F {
                    return true
                } else if b == 0xC2, i + 1 < n, (0x80...0x9F).contains(bytes[i + 1]) {
                    return true
                } else if b == 0xE2, i + 2 < n {
                    let (b1, b2) = (bytes[i + 1], bytes[i + 2])
                    if (b1 == 0x80 && (0xAA...0xAE).contains(b2)) || (b1 == 0x81 && (0xA6...0xA9).contains(b2)) { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// `\u001b`: the JSON and openCypher spelling of one character.
    public static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static func isLayout(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\t"
    }
}
