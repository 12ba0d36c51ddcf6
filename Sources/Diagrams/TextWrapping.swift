/// Breaks labels into lines for diagram nodes and edges.
///
/// Widths are counted in display columns: a Han character or full-width
/// punctuation mark is two columns, an ASCII character one. Graphviz never
/// wraps by itself, so a 40-character Chinese task title would otherwise make
/// one node as wide as the page.
public enum TextWrapping {
    /// `text` broken into lines of at most `columns` display columns (an ASCII
    /// word is not split unless it alone is too wide), at most `maxLines` lines,
    /// the last ending in "…" when text was cut. Runs of whitespace, line
    /// breaks included, become one space.
    ///
    /// Closing punctuation (，。、）…) never starts a line and opening
    /// punctuation (（《“…) never ends one, as in Chinese typesetting. O(n).
    public static func wrap(_ text: String, columns: Int, maxLines: Int) -> [String] {
        let columns = max(columns, 2)
        var lines: [String] = []
        var current = ""
        var width = 0
        var pendingSpace = false

        func breakLine() {
            // An opening mark moves down with the text it opens.
            var carried = ""
            while let last = current.last, openingMarks.contains(last), current.count > 1 {
                carried = String(last) + carried
                current.removeLast()
            }
            lines.append(current)
            current = carried
            width = displayWidth(carried)
        }

        for token in tokens(of: text) {
            if token.first?.isWhitespace == true {
                pendingSpace = !current.isEmpty
                continue
            }
            var pieces = [token]
            if displayWidth(token) > columns { pieces = token.map { String($0) } }
            for piece in pieces {
                let pieceWidth = displayWidth(piece)
                let spaceWidth = pendingSpace ? 1 : 0
                let closes = piece.count == 1 && closingMarks.contains(piece.first!)
                if !current.isEmpty, width + spaceWidth + pieceWidth > columns, !closes {
                    breakLine()
                    pendingSpace = false
                }
                if pendingSpace, !current.isEmpty {
                    current += " "
                    width += 1
                }
                pendingSpace = false
                current += piece
                width += pieceWidth
            }
        }
        if !current.isEmpty { lines.append(current) }
        return truncated(lines, columns: columns, maxLines: max(maxLines, 1))
    }

    /// The display width of `text` in terminal-style columns.
    public static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    // MARK: Helpers

    private static let closingMarks: Set<Character> = Set("，。、；：？！）》」』】〕”’,.;:!?)]}…·")
    private static let openingMarks: Set<Character> = Set("（《「『【〔“‘([{")

    /// Words of ASCII letters and digits stay whole; every other character is
    /// its own token, since Chinese may break between any two characters.
    private static func tokens(of text: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        for character in text {
            if character.isASCII, character.isLetter || character.isNumber || "-_.%/".contains(character) {
                word.append(character)
                continue
            }
            if !word.isEmpty {
                tokens.append(word)
                word = ""
            }
            tokens.append(String(character))
        }
        if !word.isEmpty { tokens.append(word) }
        return tokens
    }

    private static func truncated(_ lines: [String], columns: Int, maxLines: Int) -> [String] {
        guard lines.count > maxLines else { return lines }
        var kept = Array(lines.prefix(maxLines))
        var last = kept[maxLines - 1]
        while !last.isEmpty, displayWidth(last) + 2 > columns { last.removeLast() }
        kept[maxLines - 1] = last + "…"
        return kept
    }

    /// East Asian wide and full-width ranges (Unicode UAX #11, the common blocks).
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
