/// Text made safe for XML: GraphML export and Graphviz's HTML-like labels
/// share these rules.
public enum XMLText {
    /// `text` with `&`, `<`, `>` and `"` escaped, fit for element content and
    /// double-quoted attributes. Characters XML 1.0 forbids (C0 controls other
    /// than tab, line feed and carriage return, e.g. a form feed left by a PDF
    /// extraction) become U+FFFD, so one stray byte in a document cannot make
    /// the whole file unreadable. Complexity: O(n).
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out.unicodeScalars.append("\u{FFFD}")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// True for the characters XML 1.0 allows in a document (its `Char`
    /// production): tab, line feed, carriage return, and everything from U+0020
    /// except surrogates, U+FFFE and U+FFFF. Graphviz copies label text into SVG
    /// as it is, so DOT has to keep to the same set.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00...0x1F, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// `text` with every character XML cannot hold (NUL, U+0001, U+FFFE…) and
    /// every terminal control (DEL, C1) written visibly as `\u0001`, for labels
    /// and titles in DOT and SVG: the drawing shows what the data holds instead
    /// of failing to parse. Line breaks and tabs are kept. O(n).
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isAllowed($0) || TerminalSafeText.isUnsafe($0) && $0 != "\n" && $0 != "\t" && $0 != "\r" }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let layout = scalar == "\n" || scalar == "\t" || scalar == "\r"
            if !layout && (!isAllowed(scalar) || TerminalSafeText.isUnsafe(scalar)) {
                out.append(contentsOf: TerminalSafeText.code(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
