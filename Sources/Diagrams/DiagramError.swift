/// An error in drawing a diagram: what went wrong, where, and what to do.
public struct DiagramError: Error, Equatable, CustomStringConvertible {
    /// The catalog of things that can go wrong, so callers can react to a kind
    /// (the command line adds its own flags to `tooManyNodes`).
    public enum Kind: String, Sendable {
        case unknownFormat, unknownLayout, tooManyNodes, unknownName, ambiguousName, unknownLabel
        case invalidSelection, cannotWrite, graphviz
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
