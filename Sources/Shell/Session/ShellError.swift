/// A mistake in a meta-command, with what to do about it.
public struct ShellError: Error, CustomStringConvertible, Equatable {
    /// The message, without the `error:` the shell prints before it.
    public let description: String
    /// An error saying `description`.
    public init(_ description: String) { self.description = description }
}
