import Diagrams
import Foundation
import Graph

extension MetaCommand {
    /// Graphviz layouts `:render` accepts.
    static let layouts = DiagramRenderer.layouts

    /// Views `:render` accepts besides layouts.
    static let views = DiagramView.allCases.map(\.rawValue)

    /// `:render FILE [LAYOUT|VIEW]…`: draws the last result.
    static var render: MetaCommand {
        MetaCommand(
            name: "render", usage: "FILE [LAYOUT] [VIEW]", summary: "Draw the last result as a diagram (.svg, .png, .pdf, .dot).",
            details: """
                The file's extension picks the format. LAYOUT is a Graphviz layout: \(layouts.joined(separator: ", ")).
                VIEW is \(views.joined(separator: ", ")): matrix draws two kinds of nodes as a table (tasks × units,
                ● lead ○ responsible), timeline one node's dated roles.
                Example: MATCH (p:Person)-[r:MEMBER_OF]->(q:Party) RETURN p, r, q;  then  :render parties.svg
                Example: MATCH (a:Agency)-[r:LEADS|RESPONSIBLE_FOR]->(t:Task) RETURN a, r, t;  then  :render tasks.png matrix
                The nodes, relationships and paths of the rows are drawn (rows of names: the nodes so
                named); after :run or :ask, the named query's own diagram, style, layout and view.
                """
        ) { session, arguments in
            let words = ArgumentWords.split(arguments)
            guard let file = words.first else { throw ShellError("draw into which file? Usage: :render FILE [LAYOUT] [VIEW]") }
            var layout: String?
            var view: String?
            for word in words.dropFirst() {
                if layouts.contains(word), layout == nil {
                    layout = word
                } else if views.contains(word.lowercased()), view == nil {
                    view = word.lowercased()
                } else {
                    throw ShellError(
                        "'\(word)' is neither a layout (\(layouts.joined(separator: ", ")))"
                            + " nor a view (\(views.joined(separator: ", "))); Usage: :render FILE [LAYOUT] [VIEW]")
                }
            }
            guard let result = session.lastResult else {
                throw ShellError("there is no result to draw yet; run a query that returns nodes, then :render FILE")
            }
            let url = URL(fileURLWithPath: (file as NSString).expandingTildeInPath)
            let request = RenderRequest(
                result: result, query: session.lastNamedQuery, graph: session.graph, file: url, layout: layout, view: view)
            session.output.line(try session.services.render(request))
            return .proceed
        }
    }

    /// `:explain QUERY`: the engine's plan, without running it.
    static var explain: MetaCommand {
        MetaCommand(
            name: "explain", usage: "QUERY", summary: "Show how a query would run, without running it.",
            details: "Example: :explain MATCH (a:Agency)-[:LEADS]->(t:Task) RETURN a.name"
        ) { session, arguments in
            var query = arguments
            while query.hasSuffix(";") { query.removeLast() }
            guard !query.isEmpty else { throw ShellError("explain which query? Usage: :explain QUERY") }
            do {
                session.output.line(try session.services.runner.explain(query))
            } catch let error as ShellError {
                throw error
            } catch {
                throw QueryFailure(description: session.services.runner.describe(error, query: query))
            }
            return .proceed
        }
    }
}
