/// An error in drawing a diagram: what went wrong, where, and what to do.
public struct DiagramError: Error, Equatable, CustomStringConvertible {
    /// The catalog of things that can go wrong, so callers can react to a kind
    /// (each front end adds its own way to narrow a diagram to `tooManyNodes`).
    public enum Kind: String, Sendable {
        case unknownFormat, unknownLayout, unknownView, tooManyNodes, unknownName, ambiguousName, unknownLabel
        case invalidSelection, nothingToDraw, cannotWrite, graphviz
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    /// The message, followed for `tooManyNodes` by `advice`: only the front end
    /// knows how its user narrows a diagram (flags on the command line, a
    /// WHERE in the shell), so the renderer names none.
    public func message(narrowing advice: String) -> String {
        kind == .tooManyNodes ? "\(message); \(advice)" : message
    }
}
