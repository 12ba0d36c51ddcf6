/// A problem with a dataset folder or one of its documents, worded for the user.
public struct DatasetError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
