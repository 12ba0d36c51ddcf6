import Foundation

/// Runs one TCK test against a driver and decides pass or fail.
///
/// Steps are matched on their text (the keyword has no meaning), following the
/// step definitions of the reference runner `TCKStepDefinitions.scala`
/// (openCypher commit c21d15eb). Every failure carries a one-line reason.
struct ScenarioRunner {
    enum Verdict: Equatable {
        case passed
        case failed(Failure)
    }

    /// Why a test failed: a coarse category for summaries, and a one-line reason.
    struct Failure: Error, Equatable {
        var category: String
        var reason: String

        init(_ category: String, _ reason: String) {
            self.category = category
            self.reason = reason
        }
    }

    /// How strictly an expected error is matched.
    enum ErrorMatching {
        /// Kind, phase and detail, as the reference runner did (`any time` and `*` are wildcards).
        case strict
        /// Only the kind (SyntaxError, TypeError, …); SCOPE.md allows this.
        case kindOnly
    }

    /// Loads a named graph's setup script, e.g. `binary-tree-1`; nil when there is none.
    var namedGraph: (String) -> String? = { _ in nil }
    var errorMatching: ErrorMatching = .strict
    /// A named graph to start `Given any graph` tests from; nil starts them empty.
    var anyGraph: String?

    /// Runs `test` on `driver`, which must hold an empty graph.
    func run(_ test: TCKTestCase, on driver: TCKDriver) -> Verdict {
        var state = State()
        for step in test.steps {
            if var failure = perform(step, driver: driver, state: &state) {
                failure.reason = "line \(step.line) '\(step.text)': \(failure.reason)"
                return .failed(failure)
            }
        }
        // An error step without a side-effects step implies "no side effects".
        if state.expectedError, !state.checkedSideEffects, let before = state.before {
            let effects = SideEffects(before: before, after: driver.measure())
            if effects != SideEffects() {
                return .failed(Failure("side effects", "the failing query had side effects: \(effects)"))
            }
        }
        if state.outcome != nil, !state.checkedOutcome {
            return .failed(Failure("runner", "no step checks the query's outcome"))
        }
        return .passed
    }

    private struct State {
        var parameters: [String: TCKValue] = [:]
        var outcome: TCKOutcome?
        var checkedOutcome = false
        var before: GraphMeasure?
        var expectedError = false
        var checkedSideEffects = false
    }

    /// Performs one step; returns why it fails, or nil.
    private func perform(_ step: Step, driver: TCKDriver, state: inout State) -> Failure? {
        let text = step.text
        switch text {
        case "an empty graph":
            return nil
        case "any graph":
            // The driver starts empty, and an empty graph is a valid "any graph";
            // `anyGraph` picks a populated one to show the outcome does not depend on it.
            guard let name = anyGraph else { return nil }
            return loadNamedGraph(name, driver: driver)
        case "having executed:":
            guard let query = step.docString else { return Failure("runner", "the setup step has no query") }
            if case .error(let error) = driver.execute(query, parameters: [:]) {
                return Failure("setup failed: \(error.kind) \(error.detail)", "setup query failed: \(error)")
            }
            return nil
        case "parameters are:":
            for row in step.table ?? [] {
                guard row.count == 2 else {
                    return Failure("runner", "a parameter row must have 2 cells, not \(row.count)")
                }
                do { state.parameters[row[0]] = try TCKValueParser.parse(row[1]) } catch {
                    return Failure("runner", "runner cannot read parameter \(row[0]): \(error)")
                }
            }
            return nil
        case "executing query:":
            guard let query = step.docString else { return Failure("runner", "the step has no query") }
            state.before = driver.measure()
            state.outcome = driver.execute(query, parameters: state.parameters)
            state.checkedOutcome = false
            return nil
        case "executing control query:":
            guard let query = step.docString else { return Failure("runner", "the step has no query") }
            state.outcome = driver.execute(query, parameters: state.parameters)
            state.checkedOutcome = false
            return nil
        case "the result should be empty":
            state.checkedOutcome = true
            switch state.outcome {
            case nil: return Failure("runner", "no query was executed")
            case .error(let error)?: return Self.unexpected(error)
            case .rows(let columns, let rows)?:
                if rows.isEmpty && columns.isEmpty { return nil }
                return Failure(
                    "wrong result",
                    "expected no columns and no rows, got columns \(columns) and \(rows.count) row(s)"
                        + (rows.first.map { ", first \(Self.render($0))" } ?? ""))
            }
        case "no side effects":
            return checkSideEffects(expected: SideEffects(), driver: driver, state: &state)
        case "the side effects should be:":
            var counts: [String: Int] = [:]
            for row in step.table ?? [] {
                guard row.count == 2, SideEffects.keys.contains(row[0]), let n = Int(row[1]) else {
                    return Failure("runner", "runner cannot read side-effect row \(row)")
                }
                counts[row[0]] = n
            }
            return checkSideEffects(expected: SideEffects(counts: counts), driver: driver, state: &state)
        default:
            if let mode = Self.resultModes[text] {
                state.checkedOutcome = true
                guard let table = step.table else { return Failure("runner", "the result step has no table") }
                return checkResult(state.outcome, table: table, mode: mode)
            }
            if let expected = Self.expectedError(text) {
                state.checkedOutcome = true
                state.expectedError = true
                return checkError(state.outcome, expected: expected)
            }
            if let name = Self.namedGraphName(text) { return loadNamedGraph(name, driver: driver) }
            if let signature = Self.procedureSignature(text) {
                guard let table = step.table else { return Failure("runner", "the procedure step has no table") }
                if let problem = driver.registerProcedure(signature: signature, table: table) {
                    return Failure("runner: procedure not registered", problem)
                }
                return nil
            }
            return Failure("runner", "runner does not support this step")
        }
    }

    /// A query failed where a result was expected.
    private static func unexpected(_ error: TCKError) -> Failure {
        Failure("unexpected \(error.kind): \(error.detail)", "query failed: \(error)")
    }

    // MARK: Results

    struct ResultMode {
        var ordered: Bool
        var unorderedLists: Bool
    }

    static let resultModes: [String: ResultMode] = [
        "the result should be, in any order:": ResultMode(ordered: false, unorderedLists: false),
        "the result should be, in order:": ResultMode(ordered: true, unorderedLists: false),
        "the result should be (ignoring element order for lists):": ResultMode(ordered: false, unorderedLists: true),
        "the result should be, in order (ignoring element order for lists):": ResultMode(
            ordered: true, unorderedLists: true),
    ]

    private func checkResult(_ outcome: TCKOutcome?, table: [[String]], mode: ResultMode) -> Failure? {
        guard let outcome else { return Failure("runner", "no query was executed") }
        guard case .rows(let columns, let rows) = outcome else {
            if case .error(let error) = outcome { return Self.unexpected(error) }
            return Failure("runner", "no result")
        }
        let expectedColumns = table[0]
        if columns != expectedColumns {
            return Failure("wrong columns", "columns \(columns) differ from expected \(expectedColumns)")
        }
        var expected: [[TCKValue]] = []
        for cells in table.dropFirst() {
            do { expected.append(try cells.map(TCKValueParser.parse)) } catch {
                return Failure("runner", "runner cannot read expected value: \(error)")
            }
        }
        func sameRow(_ a: [TCKValue], _ b: [TCKValue]) -> Bool {
            a.count == b.count && zip(a, b).allSatisfy { $0.matches($1, unorderedLists: mode.unorderedLists) }
        }
        let equal =
            mode.ordered
            ? rows.count == expected.count && zip(rows, expected).allSatisfy(sameRow)
            : TCKValue.sameMultiset(rows, expected, sameRow)
        if equal { return nil }
        return Failure(
            mode.ordered ? "wrong rows (ordered)" : "wrong rows",
            Self.describeDifference(actual: rows, expected: expected, ordered: mode.ordered, same: sameRow))
    }

    private static func describeDifference(
        actual: [[TCKValue]], expected: [[TCKValue]], ordered: Bool, same: ([TCKValue], [TCKValue]) -> Bool
    ) -> String {
        var unused = actual
        var missing: [[TCKValue]] = []
        for row in expected {
            if let at = unused.firstIndex(where: { same($0, row) }) {
                unused.remove(at: at)
            } else {
                missing.append(row)
            }
        }
        if missing.isEmpty && unused.isEmpty && ordered {
            return "same rows in a different order; got " + actual.prefix(5).map(render).joined(separator: " ")
        }
        var parts = ["got \(actual.count) row(s), expected \(expected.count)"]
        if let row = missing.first {
            parts.append("missing \(render(row))" + (missing.count > 1 ? " (+\(missing.count - 1))" : ""))
        }
        if let row = unused.first {
            parts.append("unexpected \(render(row))" + (unused.count > 1 ? " (+\(unused.count - 1))" : ""))
        }
        return parts.joined(separator: "; ")
    }

    static func render(_ row: [TCKValue]) -> String { "| " + row.map(\.description).joined(separator: " | ") + " |" }

    // MARK: Errors

    struct ExpectedError: Equatable {
        var kind: String
        /// Nil for `any time`.
        var phase: TCKError.Phase?
        /// `*` matches any detail.
        var detail: String
    }

    /// Reads `a <Kind> should be raised at <phase>: <Detail>`.
    static func expectedError(_ text: String) -> ExpectedError? {
        guard text.hasPrefix("a ") || text.hasPrefix("an ") else { return nil }
        let body = text.drop(while: { $0 != " " }).dropFirst()
        guard let raised = body.range(of: " should be raised at ") else { return nil }
        let kind = String(body[..<raised.lowerBound])
        let rest = body[raised.upperBound...]
        guard let colon = rest.range(of: ": ") else { return nil }
        let phaseText = rest[..<colon.lowerBound]
        let detail = String(rest[colon.upperBound...]).trimmingWhitespace().string
        let phase: TCKError.Phase?
        switch phaseText {
        case "compile time": phase = .compileTime
        case "runtime": phase = .runtime
        case "any time": phase = nil
        default: return nil
        }
        return ExpectedError(kind: kind, phase: phase, detail: detail)
    }

    private func checkError(_ outcome: TCKOutcome?, expected: ExpectedError) -> Failure? {
        switch outcome {
        case nil: return Failure("runner", "no query was executed")
        case .rows(_, let rows)?:
            return Failure(
                "error not raised: \(expected.kind) \(expected.detail)",
                "expected \(expected.kind) (\(expected.detail)), but the query succeeded with \(rows.count) row(s)")
        case .error(let error)?:
            if error.kind != expected.kind {
                return Failure(
                    "wrong error kind: expected \(expected.kind), got \(error.kind)",
                    "expected \(expected.kind) (\(expected.detail)), got \(error)")
            }
            guard errorMatching == .strict else { return nil }
            if let phase = expected.phase, error.phase != phase {
                return Failure(
                    "wrong error phase: \(expected.kind) \(expected.detail) expected at \(phase.rawValue)",
                    "expected \(expected.kind) at \(phase.rawValue), got \(error)")
            }
            if expected.detail != "*", error.detail != expected.detail {
                return Failure(
                    "wrong error detail: expected \(expected.detail), got \(error.detail)",
                    "expected detail \(expected.detail), got \(error)")
            }
            return nil
        }
    }

    // MARK: Side effects and graphs

    private func checkSideEffects(expected: SideEffects, driver: TCKDriver, state: inout State) -> Failure? {
        state.checkedSideEffects = true
        guard let before = state.before else {
            return Failure("runner", "no query was executed before the side-effects step")
        }
        let actual = SideEffects(before: before, after: driver.measure())
        return actual == expected ? nil : Failure("side effects", "side effects \(actual), expected \(expected)")
    }

    /// Runs a named graph's script, split on `;` as SCOPE.md says.
    private func loadNamedGraph(_ name: String, driver: TCKDriver) -> Failure? {
        guard let script = namedGraph(name) else { return Failure("runner", "runner has no graph named '\(name)'") }
        for statement in script.split(separator: ";") where !statement.trimmingWhitespace().isEmpty {
            if case .error(let error) = driver.execute(String(statement), parameters: [:]) {
                return Failure(
                    "setup failed: \(error.kind) \(error.detail)", "setting up graph '\(name)' failed: \(error)")
            }
        }
        return nil
    }

    /// `there exists a procedure test.my.proc(in :: INTEGER?) :: (out :: STRING?):` →
    /// `test.my.proc(in :: INTEGER?) :: (out :: STRING?)`.
    static func procedureSignature(_ text: String) -> String? {
        let prefix = "there exists a procedure "
        guard text.hasPrefix(prefix), text.hasSuffix(":") else { return nil }
        let signature = text.dropFirst(prefix.count).dropLast().trimmingWhitespace().string
        return signature.contains("::") ? signature : nil
    }

    /// `the binary-tree-1 graph` → `binary-tree-1`.
    static func namedGraphName(_ text: String) -> String? {
        guard text.hasPrefix("the "), text.hasSuffix(" graph") else { return nil }
        let name = text.dropFirst(4).dropLast(6)
        return name.isEmpty || name.contains(" ") ? nil : String(name)
    }
}
