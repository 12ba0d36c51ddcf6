import Graph
import Plugins

extension WebPages {
    /// A named query's answer for given parameter texts: values bound, names resolved, warnings.
    struct Answer {
        var query: NamedQuery
        var parameters: [String: Value]
        var result: QueryResult
        var subgraph: Subgraph
        var warnings: [String]
    }

    /// Runs `query` with `texts` (`name` → text as typed): bound to the types,
    /// aliases resolved to names, under the server's limits.
    func answer(_ query: NamedQuery, texts: [String: String]) throws -> Answer {
        let given = texts.filter { !$0.value.trimmingCharacters(in: .whitespaces).isEmpty }
        let bound: [String: Value]
        do { bound = try query.bind(given) } catch let error as PluginError {
            throw WebError(.badRequest, error.message)
        }
        let values = query.resolvingNames(bound, in: graph, lexicons: state.registry.lexicons.map(\.item))
        let engine = state.queryEngine(on: graph)
        do {
            let result = try query.run(on: engine, parameters: values)
            let subgraph = try query.diagramSubgraph(on: engine, parameters: values, result: result)
            return Answer(
                query: query, parameters: values, result: result, subgraph: subgraph,
                warnings: query.unknownNames(in: values, graph: graph))
        } catch let error as QueryError {
            throw WebError(.unprocessable, error.message, detail: error.rendered(query: query.cypher))
        }
    }

    /// `/questions`: the ask box, and every named query as a form from its typed parameters.
    func questionsPage() -> HTML {
        let forms = state.registry.namedQueries.map { questionForm($0.item, texts: [:], owner: $0.plugin) }
        return page(
            "Questions", section: .questions,
            """
            <h1>Questions</h1>
            \(askForm(""))
            <h2>Named questions</h2>
            <p class="muted">Each comes from a plugin; fill in the blanks (names complete as you type) and run it.</p>
            \(forms)
            """)
    }

    func askForm(_ question: String) -> HTML {
        """
        <form class="toolbar" action="/ask" method="get">
        <input type="search" name="q" id="ask" value="\(question)" size="50" placeholder="哪些单位负责人工智能任务 / which units own AI tasks">
        <button type="submit">Ask</button></form>
        """
    }

    /// A form for `query`, its fields filled with `texts`.
    func questionForm(_ query: NamedQuery, texts: [String: String], owner: String? = nil) -> HTML {
        let fields = query.parameters.map { parameter -> HTML in
            let listID = "names-\(query.id)-\(parameter.name)"
            let options = suggestions(query, parameter).map { "<option value=\"\($0)\">" as HTML }
            let placeholder = parameter.defaultValue.map { NodeDetails.text($0) } ?? parameter.type.rawValue
            let inputType = parameter.type == .int || parameter.type == .float ? "number" : "text"
            return """
                <label>\(parameter.name) <span class="muted">(\(parameter.label ?? parameter.type.rawValue))</span>
                <input name="p.\(parameter.name)" type="\(inputType)" value="\(texts[parameter.name] ?? "")"
                 placeholder="\(placeholder)" list="\(listID)"\(parameter.defaultValue == nil ? HTML(raw: " required") : "")></label>
                <datalist id="\(listID)">\(options)</datalist>
                """
        }
        return """
            <form class="question" action="/questions/\(URLText.encode(query.id))" method="get">
            <h3>\(query.title.zh) · \(query.title.en)</h3>
            <p class="muted">\(query.description)\(owner.map { " (\($0))" } ?? "")</p>
            \(fields)
            <button type="submit" class="run-question" data-query="\(query.id)">Run</button>
            </form>
            """
    }

    /// Names to complete a parameter with: its suggestion query's first column, when the graph is small enough to run it per page.
    func suggestions(_ query: NamedQuery, _ parameter: QueryParameter) -> [String] {
        guard graph.nodeCount <= 50_000 else { return [] }
        let engine = state.queryEngine(on: graph, limits: QueryLimits(timeout: 1, maxRows: 100_000))
        let values = (try? query.suggestions(for: parameter, on: engine, limit: 300)) ?? []
        return values.compactMap { $0.stringValue }
    }

    /// `/questions/ID?p.NAME=…`: the form again, the answer as a table and a diagram.
    func questionPage(_ id: String, texts: [String: String]) throws -> HTML {
        guard let query = state.registry.namedQuery(id) else {
            let close = NamedQuery.closestIDs(to: id, among: state.registry.namedQueries.map(\.item.id))
            throw WebError(.notFound, "no named question '\(id)'" + (close.isEmpty ? "" : "; did you mean \(close.joined(separator: ", "))?"))
        }
        return page(query.title.en, section: .questions, try answerBody(query, texts: texts))
    }

    func answerBody(_ query: NamedQuery, texts: [String: String], preface: HTML = "") throws -> HTML {
        let answer = try self.answer(query, texts: texts)
        let pairs = answer.parameters.keys.sorted().map { ("p.\($0)", NodeDetails.text(answer.parameters[$0]!)) }
        let api = "/api/questions/\(URLText.encode(query.id))" + (pairs.isEmpty ? "" : "?" + URLText.query(pairs))
        let diagramLink = "/api/questions/\(URLText.encode(query.id))/diagram.{format}" + (pairs.isEmpty ? "" : "?" + URLText.query(pairs))
        let warnings = answer.warnings.map { "<p class=\"error\">\($0)</p>" as HTML }
        return """
            \(preface)
            \(questionForm(query, texts: texts.isEmpty ? pairs.reduce(into: [:]) { $0[String($1.0.dropFirst(2))] = $1.1 } : texts))
            \(warnings)
            <h2>Answer</h2>
            \(tableDownloads(api))
            \(resultTable(answer.result, graph: graph))
            \(resultDiagram(answer.subgraph, graph: graph, downloads: diagramLink, layout: query.diagram.layout))
            """
    }

    /// `/ask?q=`: the question matched to a named query and answered, or the closest questions.
    func askPage(_ question: String) throws -> HTML {
        guard question.contains(where: { !$0.isWhitespace }) else {
            return page("Ask", section: .questions, "<h1>Ask</h1>\(askForm(""))")
        }
        switch state.questionMatcher().match(question) {
        case .matched(let match):
            let texts = match.parameters.mapValues { NodeDetails.text($0) }
            let preface: HTML = """
                \(askForm(question))
                <p class="muted" id="ask-match">“\(question)” → \(match.query.id)</p>
                """
            return page(question, section: .questions, try answerBody(match.query, texts: texts, preface: preface))
        case .unmatched(let suggestions):
            let items = suggestions.map { suggestion -> HTML in
                "<li><a href=\"/ask?\(URLText.query([("q", suggestion.text)]))\">\(suggestion.text)</a> <span class=\"muted\">\(suggestion.query.id)</span></li>"
            }
            return page(
                question, section: .questions,
                """
                <h1>Ask</h1>\(askForm(question))
                <p class="error">No named question matches “\(question)”.</p>
                \(items.isEmpty ? "" : "<p>The closest questions are:</p><ul>\(items)</ul>" as HTML)
                """)
        }
    }
}
