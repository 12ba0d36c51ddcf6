/// Why an import failed, worded for the user (file:line where it applies).
public struct ImportError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
