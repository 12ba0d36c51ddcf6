import Diagrams
import Foundation
import Graph
import Hummingbird

/// Responses with the headers every answer carries: a content type with the
/// charset, and a Content-Security-Policy that lets only our own script run.
enum Responses {
    static let securityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

    static func headers(_ contentType: String) -> HTTPFields {
        var fields = HTTPFields()
        fields[.contentType] = contentType
        fields[.contentSecurityPolicy] = securityPolicy
        fields[HTTPFields.Element.Name("X-Content-Type-Options")!] = "nosniff"
        fields[HTTPFields.Element.Name("Referrer-Policy")!] = "no-referrer"
        return fields
    }

    static func html(_ page: HTML, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: headers("text/html; charset=utf-8"), body: .init(byteBuffer: ByteBuffer(string: page.text)))
    }

    static func json(_ value: JSON, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: headers("application/json; charset=utf-8"),
            body: .init(byteBuffer: ByteBuffer(bytes: value.serializedBytes(indent: 2))))
    }

    static func text(_ text: String, contentType: String, filename: String? = nil) -> Response {
        data(Data(text.utf8), contentType: contentType, filename: filename)
    }

    static func data(_ data: Data, contentType: String, filename: String? = nil) -> Response {
        var fields = headers(contentType)
        if let filename { fields[.contentDisposition] = "attachment; filename=\"\(filename)\"" }
        return Response(status: .ok, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func status(_ error: WebError) -> HTTPResponse.Status {
        HTTPResponse.Status(code: error.status.rawValue)
    }

    /// Any error as a `WebError`: query and diagram errors are the request's fault, the rest the server's.
    static func webError(_ error: any Error) -> WebError {
        switch error {
        case let error as WebError: return error
        case let error as DiagramError: return WebError(.unprocessable, error.message)
        case let error as QueryError: return WebError(.unprocessable, error.message)
        default: return WebError(.internalError, "the explorer failed: \(error)")
        }
    }

    static func jsonError(_ error: any Error) -> Response {
        let error = webError(error)
        return json(
            .object([("error", .string(error.message)), ("detail", error.detail.map(JSON.string) ?? .null)]),
            status: status(error))
    }
}
