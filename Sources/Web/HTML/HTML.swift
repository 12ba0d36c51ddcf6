import Foundation
import Graph

/// A piece of HTML whose interpolated strings are escaped unless they are
/// `HTML` themselves, so text from documents and queries cannot become markup
/// by forgetting a call: `"<td>\(name)</td>" as HTML` escapes `name`.
public struct HTML: ExpressibleByStringInterpolation, Sendable, CustomStringConvertible {
    /// The markup, ready to send.
    public private(set) var text: String

    /// Markup taken as it is: for fixed fragments written in this target only.
    public init(raw text: String) { self.text = text }

    public init(stringLiteral value: String) { text = value }

    public init(stringInterpolation: Interpolation) { text = stringInterpolation.text }

    public var description: String { text }

    /// Joins fragments, with `separator` (markup) between them.
    public static func join<S: Sequence>(_ parts: S, separator: HTML = "") -> HTML where S.Element == HTML {
        HTML(raw: parts.map(\.text).joined(separator: separator.text))
    }

    public static func + (a: HTML, b: HTML) -> HTML { HTML(raw: a.text + b.text) }
    public static func += (a: inout HTML, b: HTML) { a.text += b.text }

    /// Escapes the five characters that start markup or end an attribute; control
    /// characters become U+FFFD. XML's rules (shared with GraphML and DOT labels)
    /// plus the single quote, so a value is safe in either kind of attribute quotes.
    public static func escape(_ text: String) -> String {
        let escaped = XMLText.escaped(text)
        return escaped.contains("'") ? escaped.replacingOccurrences(of: "'", with: "&#39;") : escaped
    }

    public struct Interpolation: StringInterpolationProtocol {
        var text = ""
        public init(literalCapacity: Int, interpolationCount: Int) { text.reserveCapacity(literalCapacity * 2) }
        public mutating func appendLiteral(_ literal: String) { text += literal }
        /// Text: escaped.
        public mutating func appendInterpolation(_ value: String) { text += HTML.escape(value) }
        /// Text: escaped.
        public mutating func appendInterpolation(_ value: Substring) { text += HTML.escape(String(value)) }
        /// A number, as digits.
        public mutating func appendInterpolation(_ value: Int) { text += String(value) }
        /// Markup: as it is.
        public mutating func appendInterpolation(_ value: HTML) { text += value.text }
        /// Markup fragments one after the other.
        public mutating func appendInterpolation(_ values: [HTML]) { text += values.map(\.text).joined() }
    }
}
