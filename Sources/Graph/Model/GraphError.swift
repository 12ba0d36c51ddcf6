/// An error raised by the graph model or its snapshot files.
public struct GraphError: Error, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case unknownNode, unknownRelationship, unstorableValue, snapshotFormat, snapshotIO
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
