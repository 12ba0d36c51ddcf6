/// Terminal display width of text: East Asian wide and full-width characters take two cells.
public enum DisplayWidth {
    /// The number of terminal cells `text` takes.
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// Cells one scalar takes: 0 for combining marks and zero-width characters, 2 for wide ones.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0 || (0x300...0x36F).contains(v) || (0x200B...0x200F).contains(v) || v == 0xFE0F { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
        {
            return 2
        }
        return 1
    }

    /// `text` cut to at most `width` cells, ending in `…` when it was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        var result = ""
        var used = 0
        for scalar in text.unicodeScalars {
            let w = of(scalar)
            if used + w > width - 1 { break }
            result.unicodeScalars.append(scalar)
            used += w
        }
        return result + "…"
    }

    /// `text` in lines of at most `width` cells: Chinese (and any wide text) breaks
    /// between any two characters, Latin text at a space, a word longer than a line
    /// where the line ends. At most `maxLines` lines; the last ends in `…` when
    /// text is left over. Spaces at a break are dropped.
    ///
    /// Complexity: O(n) in the scalars of `text`.
    public static func wrap(_ text: String, to width: Int, maxLines: Int = .max) -> [String] {
        guard width > 1, of(text) > width else { return [text] }
        // Pieces that stay together: a run of narrow non-space scalars (a word), one wide scalar, or spaces.
        var pieces: [String] = []
        var word = ""
        func flush() {
            if !word.isEmpty { pieces.append(word) }
            word = ""
        }
        for scalar in text.unicodeScalars {
            if scalar == " " {
                flush()
                pieces.append(" ")
            } else if of(scalar) == 2 {
                flush()
                pieces.append(String(scalar))
            } else if of(scalar) == 0, !word.isEmpty || pieces.isEmpty {
                word.unicodeScalars.append(scalar)
            } else if of(scalar) == 0, let last = pieces.popLast() {
                pieces.append(last + String(scalar))
            } else {
                word.unicodeScalars.append(scalar)
            }
        }
        flush()
        var lines: [String] = []
        var line = ""
        var used = 0
        func finish() {
            lines.append(line.trimmingTrailingSpaces())
            line = ""
            used = 0
        }
        for piece in pieces {
            let cells = of(piece)
            if piece == " " {
                if used > 0, used + 1 <= width { line += " "; used += 1 }
                continue
            }
            if used + cells <= width {
                line += piece
                used += cells
                continue
            }
            if used > 0, cells <= width { finish() }
            // A word wider than a line is cut where the line ends, and goes on in the next.
            for scalar in piece.unicodeScalars {
                let w = of(scalar)
                if used + w > width { finish() }
                line.unicodeScalars.append(scalar)
                used += w
            }
        }
        if used > 0 || lines.isEmpty { finish() }
        guard lines.count > maxLines else { return lines }
        var kept = Array(lines.prefix(maxLines))
        let last = kept[maxLines - 1]
        kept[maxLines - 1] = of(last) + 1 <= width ? last + "…" : truncate(last + "…", to: width)
        return kept
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var result = self
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }
}
