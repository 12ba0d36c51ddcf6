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
}
