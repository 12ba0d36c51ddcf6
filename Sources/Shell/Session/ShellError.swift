/// A mistake in a meta-command, with what to do about it.
public struct ShellError: Error, CustomStringConvertible, Equatable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
