import Diagrams
import Foundation
import Graph
import Hummingbird
import Logging
import Plugins

/// The web explorer: the pages and the JSON API over one dataset's graph, on
/// Hummingbird. `run()` serves until SIGINT or SIGTERM, then stops cleanly.
public struct WebServer: Sendable {
    public let state: ExplorerState

    public init(state: ExplorerState) { self.state = state }

    /// The application on `state.options`' host and port; `onRunning` gets the port actually bound.
    public func application(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        var logger = Logger(label: "explorer.serve")
        logger.logLevel = .warning
        return Application(
            router: router(),
            configuration: ApplicationConfiguration(address: .hostname(state.options.host, port: state.options.port)),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? state.options.port) },
            logger: logger)
    }

    /// Serves until SIGINT (Ctrl-C) or SIGTERM.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(onRunning: onRunning).runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }

    /// Every route of the pages and the API.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        let state = self.state

        // Pages
        router.get("/") { _, _ in await Self.page(state) { $0.homePage() } }
        router.get("/search") { request, _ in
            let fields = Self.fields(request)
            return await Self.page(state) { $0.searchPage(fields.first("q") ?? "") }
        }
        router.get("/node/:id") { request, context in
            let fields = Self.fields(request)
            let id = context.parameters.get("id").flatMap(NodeLinks.nodeID)
            return await Self.page(state) { pages in
                guard let id else { throw WebError(.notFound, "a node page is /node/ID, an id such as n12") }
                return try pages.nodePage(id, view: NeighbourhoodView(fields: fields))
            }
        }
        router.get("/documents") { _, _ in await Self.page(state) { $0.documentsPage() } }
        router.get("/document/:id") { _, context in
            let id = Self.decoded(context.parameters.get("id"))
            return await Self.page(state) { try $0.documentPage(id) }
        }
        router.get("/questions") { _, _ in await Self.page(state) { $0.questionsPage() } }
        router.get("/questions/:id") { request, context in
            let id = Self.decoded(context.parameters.get("id"))
            let texts = Self.fields(request).prefixed("p.")
            return await Self.page(state) { try $0.questionPage(id, texts: texts) }
        }
        router.get("/ask") { request, _ in
            let question = Self.fields(request).first("q") ?? ""
            return await Self.page(state) { try $0.askPage(question) }
        }
        router.get("/console") { request, _ in
            let query = Self.fields(request).first("q")
            return await Self.page(state) { $0.consolePage(query, viaPost: false) }
        }
        router.post("/console") { request, context in
            let fields = try await Self.fields(request, body: true)
            return await Self.page(state) { $0.consolePage(fields.first("q") ?? "", viaPost: true) }
        }
        router.get("/conflicts") { _, _ in await Self.page(state) { $0.conflictsPage() } }
        router.get("/static/explorer.css") { _, _ in Responses.text(Assets.stylesheet, contentType: "text/css; charset=utf-8") }
        router.get("/static/explorer.js") { _, _ in
            Responses.text(Assets.script, contentType: "text/javascript; charset=utf-8")
        }

        // API
        router.get("/api") { _, _ in Responses.json(WebAPI.index) }
        router.get("/api/search") { request, _ in
            let fields = Self.fields(request)
            return await Self.api(state) { api in
                api.search(fields.first("q") ?? "", limit: fields.first("limit").flatMap { Int($0) } ?? 30)
            }
        }
        router.get("/api/node/:id") { _, context in
            let id = context.parameters.get("id").flatMap(NodeLinks.nodeID)
            return await Self.api(state) { api in
                guard let id else { throw WebError(.notFound, "a node is /api/node/ID, an id such as n12") }
                return try api.node(id)
            }
        }
        router.get("/api/node/:id/:file") { request, context in
            let id = context.parameters.get("id").flatMap(NodeLinks.nodeID)
            let file = context.parameters.get("file") ?? ""
            let view = NeighbourhoodView(fields: Self.fields(request))
            return await Self.diagram(state, file: file, name: "node-\(id ?? NodeID(0))") { pages in
                guard let id, pages.graph.contains(id) else { throw WebError(.notFound, "there is no such node") }
                let subgraph = view.subgraph(around: id, in: pages.graph, maxNodes: state.options.maxDiagramNodes).subgraph
                return (pages.graph, subgraph, id, "dot")
            }
        }
        router.get("/api/documents") { _, _ in await Self.api(state) { $0.documents() } }
        router.get("/api/document/:id") { _, context in
            let id = Self.decoded(context.parameters.get("id"))
            return await Self.api(state) { try $0.document(id) }
        }
        router.get("/api/questions") { _, _ in await Self.api(state) { $0.questions() } }
        router.get("/api/questions/:id") { request, context in
            let id = Self.decoded(context.parameters.get("id"))
            let fields = Self.fields(request)
            return await Self.table(state, fields: fields, name: id) { api in
                guard let query = state.registry.namedQuery(id) else { throw WebError(.notFound, "no named question '\(id)'") }
                let answer = try api.pages.answer(query, texts: fields.prefixed("p."))
                let parameters = JSON.sortedObject(answer.parameters.mapValues(api.value))
                return (answer.result, api.graph, [("query", .string(id)), ("parameters", parameters),
                    ("warnings", .array(answer.warnings.map(JSON.string)))])
            }
        }
        router.get("/api/questions/:id/:file") { request, context in
            let id = Self.decoded(context.parameters.get("id"))
            let texts = Self.fields(request).prefixed("p.")
            return await Self.diagram(state, file: context.parameters.get("file") ?? "", name: id) { pages in
                guard let query = state.registry.namedQuery(id) else { throw WebError(.notFound, "no named question '\(id)'") }
                let answer = try pages.answer(query, texts: texts)
                return (pages.graph, answer.subgraph, nil, query.diagram.layout)
            }
        }
        router.get("/api/ask") { request, _ in
            let fields = Self.fields(request)
            return await Self.table(state, fields: fields, name: "answer") { api in
                let question = fields.first("q") ?? ""
                switch state.questionMatcher().match(question) {
                case .matched(let match):
                    let answer = try api.pages.answer(match.query, texts: match.parameters.mapValues { NodeDetails.text($0) })
                    return (answer.result, api.graph, [("question", .string(question)), ("query", .string(match.query.id)),
                        ("parameters", JSON.sortedObject(answer.parameters.mapValues(api.value)))])
                case .unmatched(let suggestions):
                    throw WebError(
                        .unprocessable,
                        "no named question matches \"\(question)\""
                            + (suggestions.isEmpty ? "" : "; the closest are: " + suggestions.map(\.text).joined(separator: " | ")))
                }
            }
        }
        router.get("/api/query") { request, _ in
            let fields = Self.fields(request)
            return await Self.query(state, fields: fields, viaPost: false)
        }
        router.post("/api/query") { request, context in
            let fields = try await Self.fields(request, body: true)
            return await Self.query(state, fields: fields, viaPost: true)
        }
        router.get("/api/query/:file") { request, context in
            let query = Self.fields(request).first("q") ?? ""
            return await Self.diagram(state, file: context.parameters.get("file") ?? "", name: "query") { pages in
                let outcome = try WebQueries(state: state).run(query, on: pages.graph, viaPost: false)
                return (outcome.graph, Subgraph(collectingFrom: outcome.result.rows.flatMap { $0 }, in: outcome.graph), nil, "dot")
            }
        }
        router.get("/api/conflicts") { _, _ in await Self.api(state) { $0.conflicts() } }
        return router
    }

    // MARK: Helpers

    /// The URL query's fields; with `body`, a form or JSON body's too (at most 1 MB).
    static func fields(_ request: Request) -> FormFields {
        FormFields(query: request.uri.query)
    }

    static func fields(_ request: Request, body: Bool) async throws -> FormFields {
        var request = request
        let buffer = try await request.collectBody(upTo: 1_000_000)
        let text = String(buffer: buffer)
        if request.headers[.contentType]?.hasPrefix("application/json") == true,
            let json = try? JSON.parse(text), case .string(let query)? = json["query"]
        {
            return FormFields(pairs: FormFields(query: request.uri.query).pairs + [(key: "q", value: query)])
        }
        return FormFields(query: request.uri.query, body: text)
    }

    /// A path parameter, percent-decoded (document ids may be Chinese).
    static func decoded(_ text: String?) -> String {
        guard let text else { return "" }
        return text.removingPercentEncoding ?? text
    }

    static func page(_ state: ExplorerState, _ body: @escaping @Sendable (WebPages) throws -> HTML) async -> Response {
        do {
            return Responses.html(try await Offload.run { try body(WebPages(state: state)) })
        } catch {
            let error = Responses.webError(error)
            return Responses.html(WebPages(state: state).errorPage(error), status: Responses.status(error))
        }
    }

    static func api(_ state: ExplorerState, _ body: @escaping @Sendable (WebAPI) throws -> JSON) async -> Response {
        do {
            return Responses.json(try await Offload.run { try body(WebAPI(pages: WebPages(state: state))) })
        } catch {
            return Responses.jsonError(error)
        }
    }

    /// A result as JSON (default) or CSV (`format=csv`).
    static func table(
        _ state: ExplorerState, fields: FormFields, name: String,
        _ body: @escaping @Sendable (WebAPI) throws -> (QueryResult, PropertyGraph, [(String, JSON)])
    ) async -> Response {
        do {
            let format = fields.first("format") ?? "json"
            guard format == "json" || format == "csv" else {
                throw WebError(.badRequest, "format=\(format) is not offered; use json or csv")
            }
            return try await Offload.run {
                let api = WebAPI(pages: WebPages(state: state))
                let (result, graph, extra) = try body(api)
                if format == "csv" {
                    return Responses.text(
                        ResultFormatter(graph: graph).format(result, as: .csv), contentType: "text/csv; charset=utf-8",
                        filename: Self.filename(name, "csv"))
                }
                return Responses.json(api.result(result, graph: graph, extra: extra))
            }
        } catch {
            return Responses.jsonError(error)
        }
    }

    static func query(_ state: ExplorerState, fields: FormFields, viaPost: Bool) async -> Response {
        let text = fields.first("q") ?? ""
        return await table(state, fields: fields, name: "query") { api in
            let outcome = try WebQueries(state: state).run(text, on: api.graph, viaPost: viaPost)
            return (outcome.result, outcome.graph, [("query", .string(text))])
        }
    }

    /// `diagram.svg|png|pdf` of what `body` selects.
    static func diagram(
        _ state: ExplorerState, file: String, name: String,
        _ body: @escaping @Sendable (WebPages) throws -> (PropertyGraph, Subgraph, NodeID?, String)
    ) async -> Response {
        do {
            let format: DiagramFormat
            switch file {
            case "diagram.svg": format = .svg
            case "diagram.png": format = .png
            case "diagram.pdf": format = .pdf
            default: throw WebError(.notFound, "a diagram is diagram.svg, diagram.png or diagram.pdf, not '\(file)'")
            }
            return try await Offload.run {
                let pages = WebPages(state: state)
                let (graph, subgraph, center, layout) = try body(pages)
                guard !subgraph.isEmpty else { throw WebError(.unprocessable, "there is nothing to draw: the selection has no nodes") }
                let data = try pages.diagrams.data(graph, subgraph, format: format, center: center, layout: layout)
                let types: [DiagramFormat: String] = [.svg: "image/svg+xml", .png: "image/png", .pdf: "application/pdf"]
                return Responses.data(data, contentType: types[format] ?? "application/octet-stream", filename: Self.filename(name, format.rawValue))
            }
        } catch {
            return Responses.jsonError(error)
        }
    }

    /// A download's file name: ASCII letters, digits, dots and dashes only.
    static func filename(_ name: String, _ ext: String) -> String {
        let safe = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") ? $0 : "-" })
        return (safe.isEmpty ? "explorer" : safe) + "." + ext
    }
}
