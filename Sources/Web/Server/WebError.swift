/// A request that cannot be answered, with the HTTP status and a message for people.
public struct WebError: Error, CustomStringConvertible, Sendable {
    public enum Status: Int, Sendable {
        case badRequest = 400, forbidden = 403, notFound = 404, unprocessable = 422, internalError = 500
    }

    public var status: Status
    public var message: String
    /// Extra text shown under the message, as it is (a query with a caret under the error).
    public var detail: String?

    public init(_ status: Status, _ message: String, detail: String? = nil) {
        self.status = status
        self.message = message
        self.detail = detail
    }

    public var description: String { message + (detail.map { "\n" + $0 } ?? "") }
}
