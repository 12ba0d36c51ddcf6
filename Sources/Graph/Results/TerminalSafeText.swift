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
        let scalars = text.unicodeScalars
        guard scalars.contains(where: { isUnsafe($0) && !(keepingLayout && isLayout($0)) }) else {
            return text
        }
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

    /// `\u001b`: the JSON and openCypher spelling of one character.
    public static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static func isLayout(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\t"
    }
}
