/// A temporal value that cannot be made: a malformed ISO text, a field out of range,
/// an unknown time zone or unit. The message says which.
public struct TemporalError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
