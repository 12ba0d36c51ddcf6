import Foundation

/// A phrasing of a question that names a query, with slots for its parameters:
/// `which units own {industry} tasks`, `哪些单位负责{industry}任务`.
///
/// Named queries bring their own patterns; a plugin may also add patterns for
/// another plugin's query (a pack adding a phrasing in its own words).
public struct QuestionPattern: Sendable, Hashable {
    /// A piece of a pattern: literal text or a parameter slot.
    public enum Segment: Sendable, Hashable {
        case text(String)
        case slot(String)
    }

    /// The id of the named query the question runs.
    public var query: String
    /// The pattern as written, slots in braces.
    public var text: String
    /// The pattern split into literal words and slots, in order.
    public let segments: [Segment]

    /// Parses `text`; an unclosed or empty brace, or two slots with nothing
    /// between them (which no matcher could split), is an error.
    public init(query: String, text: String) throws {
        self.query = query
        self.text = text
        self.segments = try Self.parse(text)
    }

    /// The names of the slots, in order.
    public var slots: [String] {
        segments.compactMap { if case .slot(let name) = $0 { return name } else { return nil } }
    }

    /// The pattern with each slot replaced by `values[name]` or `<name>`.
    public func rendered(with values: [String: String] = [:]) -> String {
        segments.map { segment in
            switch segment {
            case .text(let literal): return literal
            case .slot(let name): return values[name] ?? "<\(name)>"
            }
        }.joined()
    }

    /// The normalized words with every slot as `{}`: two patterns of the same
    /// shape would ask the same question, so the registrar refuses the second.
    public var shape: String {
        QuestionText.normalized(segments.map { segment -> String in
            if case .text(let literal) = segment { return literal } else { return "{}" }
        }.joined())
    }

    static func parse(_ text: String) throws -> [Segment] {
        var segments: [Segment] = []
        var literal = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "{" {
                guard let close = text[index...].firstIndex(of: "}") else {
                    throw PluginError("question '\(text)' opens '{' without closing it; write slots as {name}")
                }
                let name = text[text.index(after: index)..<close].trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                    throw PluginError("question '\(text)' has slot '{\(name)}'; a slot names a parameter in ASCII letters, digits or _")
                }
                if literal.isEmpty, case .slot(let previous)? = segments.last {
                    throw PluginError("question '\(text)' puts {\(previous)} and {\(name)} side by side; put words between them")
                }
                if !literal.isEmpty { segments.append(.text(literal)) }
                literal = ""
                segments.append(.slot(name))
                index = text.index(after: close)
            } else if character == "}" {
                throw PluginError("question '\(text)' closes '}' that was never opened")
            } else {
                literal.append(character)
                index = text.index(after: index)
            }
        }
        if !literal.isEmpty { segments.append(.text(literal)) }
        guard segments.contains(where: { if case .text(let t) = $0 { return !t.allSatisfy(\.isWhitespace) } else { return false } }) else {
            throw PluginError("question '\(text)' has no words, only slots")
        }
        return segments
    }
}
