import Graph

extension MetaCommand {
    /// `:format [FORMAT]`: how results are printed.
    static var format: MetaCommand {
        let names = ResultFormat.allCases.map(\.rawValue)
        return MetaCommand(
            name: "format", usage: "[\(names.joined(separator: "|"))]", summary: "Show or set how results are printed.",
            details: "table aligns Chinese text and cuts wide values with …; csv, json, jsonl and markdown print every value in full.",
            argumentWords: { _ in names }
        ) { session, arguments in
            if arguments.isEmpty {
                session.output.line("format: \(session.settings.format.rawValue)")
                return .proceed
            }
            guard let format = ResultFormat(rawValue: arguments.lowercased()) else {
                throw ShellError("unknown format '\(arguments)'; use one of \(names.joined(separator: ", "))")
            }
            session.settings.format = format
            session.output.line("format: \(format.rawValue)")
            return .proceed
        }
    }

    /// `:rows [N|all]`: how many rows are printed before the rest is cut.
    static var rows: MetaCommand {
        MetaCommand(
            name: "rows", usage: "[N|all]", summary: "Show or set how many rows are printed (the total is always shown).",
            argumentWords: { _ in ["all", "20", "50", "100"] }
        ) { session, arguments in
            if arguments.isEmpty {
                session.output.line("rows: " + (session.settings.rowLimit.map(String.init) ?? "all"))
                return .proceed
            }
            if arguments.lowercased() == "all" {
                session.settings.rowLimit = nil
            } else if let count = Int(arguments), count > 0 {
                session.settings.rowLimit = count
            } else {
                throw ShellError("':rows \(arguments)' needs a positive number or 'all'")
            }
            session.output.line("rows: " + (session.settings.rowLimit.map(String.init) ?? "all"))
            return .proceed
        }
    }

    /// `:timing [on|off]`: print how long each query took.
    static var timing: MetaCommand {
        MetaCommand(
            name: "timing", usage: "[on|off]", summary: "Show how long each query takes (toggles without argument).",
            argumentWords: { _ in ["on", "off"] }
        ) { session, arguments in
            switch arguments.lowercased() {
            case "": session.settings.timing.toggle()
            case "on": session.settings.timing = true
            case "off": session.settings.timing = false
            default: throw ShellError("':timing \(arguments)' takes on or off")
            }
            session.output.line("timing: " + (session.settings.timing ? "on" : "off"))
            return .proceed
        }
    }

    /// `:param [NAME [VALUE]]`: query parameters for `$NAME`.
    static var param: MetaCommand {
        MetaCommand(
            name: "param", aliases: ["params"], usage: "[NAME [VALUE] | clear]",
            summary: "List, set or remove the parameters queries use as $NAME.",
            details: """
                :param                  lists them
                :param industry 人工智能  sets $industry (also :param industry=人工智能)
                :param n 3              numbers, true/false, null, 'quoted text' and [lists] are typed
                :param industry         removes $industry;  :param clear removes all
                """,
            argumentWords: { session in session.settings.parameters.keys.sorted() + ["clear"] }
        ) { session, arguments in
            if arguments.isEmpty {
                let names = session.settings.parameters.keys.sorted()
                if names.isEmpty { session.output.line("No parameters; set one with :param NAME VALUE") }
                for name in names {
                    session.output.line("  $\(name) = \(ParameterText.literal(session.settings.parameters[name]!))")
                }
                return .proceed
            }
            if arguments == "clear" {
                session.settings.parameters = [:]
                session.output.line("parameters cleared")
                return .proceed
            }
            var name = Substring(arguments.prefix { !$0.isWhitespace && $0 != "=" })
            var rest = arguments.dropFirst(name.count).drop { $0.isWhitespace }
            if rest.first == "=" { rest = rest.dropFirst().drop { $0.isWhitespace } }
            if name.first == "$" { name = name.dropFirst() }
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                throw ShellError("'\(name)' is not a parameter name; use letters, digits and _")
            }
            if rest.isEmpty {
                guard session.settings.parameters.removeValue(forKey: String(name)) != nil else {
                    throw ShellError("there is no parameter $\(name); to set it, :param \(name) VALUE")
                }
                session.output.line("removed $\(name)")
                return .proceed
            }
            let value = try ParameterText.parse(String(rest))
            session.settings.parameters[String(name)] = value
            session.output.line("$\(name) = \(ParameterText.literal(value))")
            return .proceed
        }
    }
}
