import Graph

extension NamedQuery {
    /// Reads one named query:
    ///
    /// ```yaml
    /// id: low-altitude.units
    /// title: {zh: 哪些单位负责低空经济任务, en: Which units own low-altitude economy tasks}
    /// description: …
    /// parameters:
    ///   - {name: industry, type: string, label: Industry, default: 低空经济}
    /// cypher: |
    ///   MATCH (a:Agency)-[r:LEADS|RESPONSIBLE_FOR]->(t:Task)-[:ABOUT]->(:Industry {name: $industry})
    ///   RETURN DISTINCT a.name, type(r), t.code
    /// questions: [which units own {industry} tasks, 哪些单位负责{industry}任务]
    /// diagram:
    ///   style: work-plans          # a registered style
    ///   layout: dot                # Graphviz engine
    ///   cypher: MATCH p = (a:Agency)-[:LEADS|RESPONSIBLE_FOR]->(:Task)-[:ABOUT]->(:Industry {name: $industry}) RETURN p
    /// example:
    ///   parameters: {industry: 人工智能}
    ///   rows:
    ///     - [市经信局, LEADS, (一)1]
    /// ```
    ///
    /// Then checks it as the registrar would (`validate()`), reporting at the query's line.
    init(pack yaml: PackYAML) throws {
        let fields = try yaml.fields(
            "a named query",
            allowed: ["id", "title", "description", "parameters", "cypher", "questions", "diagram", "example"])
        let id = try fields.required("id").nonEmptyString("the query id")
        let titleFields = try fields.required("title").fields("the title of '\(id)'", allowed: ["zh", "en"])
        let title = LocalizedText(
            zh: try titleFields.required("zh").nonEmptyString("the Chinese title"),
            en: try titleFields.required("en").nonEmptyString("the English title"))
        let description = try fields.optional("description")?.string("the description") ?? ""
        let cypher = try fields.required("cypher").nonEmptyString("the openCypher text")
        var parameters: [QueryParameter] = []
        for item in try fields.optional("parameters")?.sequence("parameters") ?? [] {
            parameters.append(try Self.parameter(item, query: id))
        }
        let questionNodes = try fields.optional("questions")?.sequence("questions") ?? []
        let questions = try questionNodes.map { try $0.nonEmptyString("each of questions") }
        var diagram = QueryDiagram()
        if let node = fields.optional("diagram") {
            let diagramFields = try node.fields("the diagram of '\(id)'", allowed: ["style", "layout", "cypher", "view"])
            diagram.style = try diagramFields.optional("style")?.nonEmptyString("the diagram style")
            if let layout = diagramFields.optional("layout") {
                diagram.layout = try layout.nonEmptyString("the layout")
                guard QueryDiagram.layouts.contains(diagram.layout) else {
                    throw layout.problem("layout '\(diagram.layout)' is not one of \(QueryDiagram.layouts.sorted().joined(separator: ", "))")
                }
            }
            diagram.cypher = try diagramFields.optional("cypher")?.nonEmptyString("the diagram query")
            if let view = diagramFields.optional("view") {
                let name = try view.nonEmptyString("the view")
                guard QueryDiagram.views.contains(name) else {
                    throw view.problem("view '\(name)' is not one of \(QueryDiagram.views.sorted().joined(separator: ", "))")
                }
                diagram.view = name
            }
        }
        let exampleNode = try fields.required("example")
        let exampleFields = try exampleNode.fields("the example of '\(id)'", allowed: ["parameters", "columns", "rows", "ordered"])
        var exampleParameters: [String: Value] = [:]
        for entry in try exampleFields.optional("parameters")?.entries("the example parameters") ?? [] {
            let declared = parameters.first { $0.name == entry.key }?.type
            // As for defaults: 2024 given to a string parameter is the text "2024".
            exampleParameters[entry.key] = declared == .string
                ? .string(try entry.value.string("parameter '\(entry.key)'"))
                : try entry.value.value("parameter '\(entry.key)'")
        }
        let columns = try exampleFields.optional("columns")?.strings("columns")
        var rows: [[Value]] = []
        for row in try exampleFields.required("rows").sequence("rows") {
            guard case .sequence = row.node else {
                throw row.problem("each row is a list of values, e.g. [市经信局, LEADS, (一)1]")
            }
            rows.append(try row.sequence("a row").map { try $0.value("a value") })
        }
        let ordered = try exampleFields.optional("ordered")?.bool("ordered") ?? false
        self.init(
            id: id, title: title, description: description, cypher: cypher, parameters: parameters,
            questions: questions, diagram: diagram,
            example: QueryExample(parameters: exampleParameters, columns: columns, rows: rows, ordered: ordered))
        // Point at the line at fault where one is known; `validate` then checks the rest.
        let declared = Set(parameters.map(\.name))
        for name in Self.parameterNames(in: cypher).sorted() where !declared.contains(name) {
            throw try fields.required("cypher").problem("query '\(id)' uses $\(name) but declares no parameter '\(name)'")
        }
        for node in questionNodes {
            let text = try node.string("a question")
            do {
                let pattern = try QuestionPattern(query: id, text: text)
                for slot in pattern.slots where !declared.contains(slot) {
                    throw node.problem("question '\(text)' has slot {\(slot)}, but the query has no parameter '\(slot)'")
                }
                for parameter in parameters where parameter.defaultValue == nil && !pattern.slots.contains(parameter.name) {
                    throw node.problem("question '\(text)' has no slot {\(parameter.name)} and the parameter has no default; add one of them")
                }
            } catch let error as PluginError {
                throw node.problem(error.message)
            }
        }
        do { try validate() } catch let error as PluginError { throw yaml.problem(error.message) }
        try Self.checkCompiles(cypher, node: try fields.required("cypher"), query: id, what: "the openCypher text")
        if let drawing = diagram.cypher, let node = fields.optional("diagram") {
            try Self.checkCompiles(drawing, node: node, query: id, what: "the diagram query")
        }
    }

    static func parameter(_ yaml: PackYAML, query: String) throws -> QueryParameter {
        let fields = try yaml.fields(
            "a parameter of '\(query)'", allowed: ["name", "type", "label", "description", "default", "suggest"])
        let name = try fields.required("name").nonEmptyString("the parameter name")
        var type = QueryParameter.ParameterType.string
        if let node = fields.optional("type") {
            let text = try node.nonEmptyString("the type")
            guard let known = QueryParameter.ParameterType(rawValue: text) else {
                let names = QueryParameter.ParameterType.allCases.map(\.rawValue)
                let hint = PackYAML.closest(to: text, in: names).map { "; did you mean '\($0)'?" } ?? ""
                throw node.problem("parameter '\(name)' has type '\(text)'; use one of \(names.joined(separator: ", "))\(hint)")
            }
            type = known
        }
        let label = try fields.optional("label").map { try Lexicon.label($0) }
        var fallback: Value?
        if let node = fields.optional("default") {
            let value = try node.value("the default")
            // A default written 2024 for a string parameter means the text "2024".
            fallback = type == .string && !value.isNull ? .string(try node.string("the default")) : value
            guard let fallback, type.accepts(fallback) else {
                throw node.problem("the default of '\(name)' is not a \(type.rawValue)")
            }
        }
        return QueryParameter(
            name: name, type: type, label: label, description: try fields.optional("description")?.string("the description") ?? "",
            defaultValue: fallback, suggest: try fields.optional("suggest")?.nonEmptyString("the suggestion query"))
    }
}
