import Graph

extension WebAPI {
    /// `/api`: the endpoints, so a tool can find them without the docs (docs/web.md describes each).
    static let index: JSON = .object([
        ("endpoints", .array([
            "GET /api/search?q=TEXT&limit=N",
            "GET /api/node/ID",
            "GET /api/node/ID/diagram.svg|png|pdf?depth=N&hide=LABEL&collapse=1",
            "GET /api/documents",
            "GET /api/document/ID",
            "GET /api/questions",
            "GET /api/questions/ID?p.NAME=VALUE&format=json|csv",
            "GET /api/questions/ID/diagram.svg|png|pdf?p.NAME=VALUE",
            "GET /api/ask?q=QUESTION&format=json|csv",
            "GET|POST /api/query?q=CYPHER&format=json|csv",
            "GET /api/query/diagram.svg|png|pdf?q=CYPHER",
            "GET /api/conflicts",
        ].map(JSON.string))),
    ])
}
