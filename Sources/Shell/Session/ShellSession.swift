import Foundation
import Graph

/// The read–run–print loop: reads lines, cuts them into statements, runs
/// queries and meta-commands, and prints results.
///
/// On a terminal an error is reported and the shell goes on; otherwise (a
/// script on standard input) the first error ends the run with status 1
/// unless fail-fast is turned off.
public final class ShellSession {
    /// The graph queries run on; a CREATE changes it.
    public private(set) var graph: PropertyGraph
    /// The engine, plugins and renderer.
    public let services: ShellServices
    /// The meta-commands.
    public let catalog: CommandCatalog
    /// Format, row cap, timing and parameters, changed by meta-commands.
    public var settings = ShellSettings()
    /// The answer to the last query, for `:why` and `:render`.
    public internal(set) var lastResult: ResultTable?
    /// The parameters the last query ran with: `:why` finds the nodes they name.
    public internal(set) var lastParameters: [String: Value] = [:]
    /// The named query behind the last result (`:run`, `:ask`), for `:render`.
    public internal(set) var lastNamedQuery: PreparedQuery?
    /// Updates that changed the graph and `:curate` has not saved yet, in the order they ran.
    public internal(set) var unsavedUpdates: [String] = []

    let reader: LineReader
    let output: ShellOutput
    let history: HistoryFile?
    let failFast: Bool
    /// Answers Tab for this session.
    public private(set) lazy var completer = ShellCompleter(session: self)

    /// - Parameters:
    ///   - failFast: stop at the first error; defaults to true when `reader` is not interactive.
    public init(
        graph: PropertyGraph, services: ShellServices, reader: LineReader, output: ShellOutput = .standard,
        history: HistoryFile? = nil, failFast: Bool? = nil, catalog: CommandCatalog = .standard
    ) {
        self.graph = graph
        self.services = services
        self.reader = reader
        self.output = output
        self.history = history
        self.failFast = failFast ?? !reader.isInteractive
        self.catalog = catalog
        self.historyEntries = history?.load() ?? []
    }

    /// Entries recalled with the arrow keys, oldest first: the history file's, then this session's.
    public private(set) var historyEntries: [String]

    /// The prompt for a new statement, e.g. `wuhan-cppcc> `.
    public var prompt: String { "\(services.datasetName)> " }
    /// The prompt while a statement spans lines, as wide as `prompt`: `-> `,
    /// or `'> ` (`"> `, `` `> ``, `*> `) while a string, quoted name or comment is open.
    public func continuationPrompt(inside delimiter: Character? = nil) -> String {
        String(repeating: " ", count: max(0, DisplayText.width(of: prompt) - 3)) + (delimiter.map { "\($0)" } ?? "-") + "> "
    }

    /// Reads and runs statements until `:quit`, the end of input, or (with
    /// fail-fast) the first error. Returns the exit status: 0, or 1 after an
    /// error in a non-interactive run (a person who saw the error and went on
    /// leaves with 0).
    public func run() -> Int32 {
        var splitter = StatementSplitter()
        var failed = false
        var status: Int32 { failed && !reader.isInteractive ? 1 : 0 }
        while true {
            let input = reader.readLine(
                prompt: splitter.isContinuing ? continuationPrompt(inside: splitter.openDelimiter) : prompt)
            switch input {
            case .endOfInput:
                // A script may leave out the last `;`; a person leaving with Ctrl-D
                // mid-statement did not mean to run it.
                if let rest = splitter.finish(), !reader.isInteractive {
                    remember(rest)
                    if !perform(rest) { failed = true }
                }
                return status
            case .interrupted:
                splitter.reset()
                if !reader.isInteractive { return 130 }
            case .line(let line):
                if splitter.isContinuing && reader.isInteractive && isCommandLine(line) {
                    // `:quit` typed under an unfinished query is meant as a command.
                    output.errorLine("(the unfinished statement was dropped)")
                    splitter.reset()
                }
                for statement in splitter.feed(line) {
                    remember(statement)
                    if isQuit(statement) { return status }
                    if !perform(statement) {
                        failed = true
                        if failFast { return 1 }
                    }
                    // A script whose results cannot be written (a full disk) stops: the rest would be lost too.
                    if ShellOutput.standardOutputFailure != nil && !reader.isInteractive { return 1 }
                }
            }
        }
    }

    /// Runs one statement (a query or a `:command`) and prints what it gives.
    /// Returns false when it failed; the error is already printed.
    @discardableResult
    public func perform(_ statement: String) -> Bool {
        do {
            if statement.hasPrefix(":") {
                return try performCommand(statement) != nil
            }
            try runQuery(statement, parameters: settings.parameters)
            return true
        } catch let error as ShellError {
            output.errorLine("error: \(error.description)")
        } catch let error as QueryFailure {
            output.errorLine(error.description)
        } catch {
            output.errorLine("error: \(error)")
        }
        return false
    }

    /// True for a line that starts with a command's exact name, e.g. `:quit`;
    /// a label on a continuation line (`:Person)`) is not one.
    func isCommandLine(_ line: String) -> Bool {
        let trimmed = line.trimmingWhitespace()
        guard trimmed.hasPrefix(":") else { return false }
        let (name, _) = Self.splitCommand(trimmed)
        return catalog.allNames.contains(name)
    }

    /// True for `:quit` and its aliases.
    func isQuit(_ statement: String) -> Bool {
        guard statement.hasPrefix(":") else { return false }
        let (name, _) = Self.splitCommand(statement)
        return catalog.command(named: name).map { $0.name == "quit" } ?? false
    }

    private func performCommand(_ statement: String) throws -> MetaCommand.Outcome? {
        let (name, arguments) = Self.splitCommand(statement)
        guard let command = catalog.command(named: name) else {
            var message = "unknown command ':\(name)'."
            if let suggestion = catalog.suggestion(for: name) { message += " Did you mean :\(suggestion.name)?" }
            throw ShellError(message + " Type :help for the list.")
        }
        return try command.run(in: self, arguments: arguments)
    }

    /// `:name rest of line` → (`name`, `rest of line`).
    static func splitCommand(_ statement: String) -> (String, String) {
        let body = statement.dropFirst()
        let name = body.prefix { !$0.isWhitespace }
        let arguments = String(body.dropFirst(name.count)).trimmingWhitespace()
        return (String(name), arguments)
    }

    private var lastRemembered: String?

    /// Records a statement in the line editor and the history file, as one line.
    private func remember(_ statement: String) {
        guard reader.isInteractive else { return }
        var entry = statement.split(separator: "\n").map { String($0).trimmingWhitespace() }.joined(separator: " ")
        if !entry.hasPrefix(":") { entry += ";" }
        // Running the same thing again does not fill the history with copies.
        guard entry != lastRemembered else { return }
        lastRemembered = entry
        historyEntries.append(entry)
        reader.addHistory(entry)
        try? history?.append(entry)
    }

    // MARK: Queries

    /// Runs a query, prints its rows (capped) and keeps them for `:why` and `:render`.
    func runQuery(_ text: String, parameters: [String: Value], named: PreparedQuery? = nil) throws {
        for notice in services.runner.notices(for: text) { output.errorLine("warning: \(notice)") }
        let started = Date()
        let result = try execute(text, parameters: parameters)
        let elapsed = Date().timeIntervalSince(started)
        if !result.statistics.isEmpty || services.runner.answersCarryTheirElements, let changed = services.runner.changedGraph() {
            graph = changed
            if !result.statistics.isEmpty { completer.forgetNames() }
        }
        if !result.statistics.isEmpty, named == nil { keepForCuration(text, parameters: parameters) }
        lastResult = result
        lastParameters = parameters
        lastNamedQuery = named
        (settings.paging ? output.page : output.write)(ResultPrinter(settings: settings).render(result, graph: graph))
        if settings.timing {
            output.line(String(format: "time: %.1f ms", elapsed * 1000))
        }
    }

    /// Keeps an update for `:curate`; one that reads `$parameters` could not be replayed from a
    /// file, so it is not kept, and the user is told.
    func keepForCuration(_ text: String, parameters: [String: Value]) {
        if !parameters.isEmpty, parameters.keys.contains(where: { text.contains("$" + $0) }) {
            output.errorLine("note: this update uses parameters, so :curate cannot save it; write the values into it to keep it")
            return
        }
        unsavedUpdates.append(text)
    }

    /// Runs the engine on a worker thread and turns Ctrl-C into `cancel()`.
    ///
    /// The main thread waits on the Ctrl-C pipe, so a cancel reaches the engine
    /// while it runs; the engine then throws and the shell goes back to its prompt.
    func execute(_ text: String, parameters: [String: Value]) throws -> ResultTable {
        let runner = services.runner
        let box = OutcomeBox()
        let done = DispatchSemaphore(value: 0)
        InterruptSignal.consume()
        let worker = Thread {
            box.outcome = Result { try runner.execute(text, parameters: parameters) }
            done.signal()
        }
        // Deeply nested expressions recurse; the default 512 KiB secondary-thread stack is too small.
        worker.stackSize = 16 << 20
        worker.start()
        var cancelled = false
        // The semaphore wakes the moment the query ends; Ctrl-C is looked for every 20 ms.
        while done.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
            if InterruptSignal.consume() && !cancelled {
                cancelled = true
                runner.cancel()
                // The terminal echoed ^C; end that line before the error is printed.
                if reader.isInteractive { output.write("\n") }
            }
        }
        switch box.outcome! {
        case .success(let result):
            return result
        case .failure(let error):
            throw QueryFailure(description: runner.describe(error, query: text))
        }
    }
}

/// A query's error as the engine described it (with line and caret).
struct QueryFailure: Error, CustomStringConvertible {
    let description: String
}

/// Carries a worker thread's result back to the waiting thread; the semaphore orders the accesses.
private final class OutcomeBox: @unchecked Sendable {
    var outcome: Result<ResultTable, Error>?
}
