import Foundation
import Graph
import Testing
@testable import Shell
#if canImport(Glibc)
import Glibc
#endif

@Suite(.serialized) struct ShellSessionTests {
    @Test func multiLineQueryRunsOnceComplete() throws {
        let runner = TableRunner()
        let (session, transcript) = try ShellFixture.session(
            lines: ["MATCH (p:Person)", "RETURN p, p.name", "LIMIT 2;"], runner: runner)
        #expect(session.run() == 0)
        #expect(runner.statements == ["MATCH (p:Person)\nRETURN p, p.name\nLIMIT 2"])
        #expect(transcript.out.contains(":Person {name: '梁鸣'})") && transcript.out.contains("(n"))
        #expect(transcript.err.isEmpty)
    }

    @Test func continuationPromptWhileAStatementIsOpen() throws {
        let reader = ScriptedLineReader(["MATCH (n)", "RETURN n;"], interactive: true)
        let session = ShellSession(
            graph: try ShellFixture.graph(), services: ShellServices(datasetName: "fixture", runner: TableRunner()),
            reader: reader, output: ShellOutput(write: { _ in }, error: { _ in }))
        _ = session.run()
        #expect(reader.prompts == ["fixture> ", "      -> ", "fixture> "])
        #expect(session.continuationPrompt().count == session.prompt.count)
        #expect(reader.history == ["MATCH (n) RETURN n;"])
    }

    @Test func continuationPromptShowsAnOpenString() throws {
        let reader = ScriptedLineReader(["RETURN '多行", "文本';"], interactive: true)
        let session = ShellSession(
            graph: try ShellFixture.graph(), services: ShellServices(datasetName: "fixture", runner: TableRunner()),
            reader: reader, output: ShellOutput(write: { _ in }, error: { _ in }))
        _ = session.run()
        #expect(reader.prompts == ["fixture> ", "      '> ", "fixture> "])
    }

    @Test func firstErrorEndsANonInteractiveRun() throws {
        let runner = TableRunner()
        let (session, transcript) = try ShellFixture.session(lines: ["RETURN 1;", "FAIL;", "RETURN 2;"], runner: runner)
        #expect(session.run() == 1)
        #expect(runner.statements == ["RETURN 1", "FAIL"])
        #expect(transcript.err.contains("no such thing as FAIL"))
    }

    @Test func interactiveRunGoesOnAfterAnError() throws {
        let runner = TableRunner()
        let (session, transcript) = try ShellFixture.session(
            lines: ["FAIL;", ":nosuch", "RETURN 2;"], interactive: true, runner: runner)
        #expect(session.run() == 0)
        #expect(runner.statements == ["FAIL", "RETURN 2"])
        #expect(transcript.err.contains("Type :help"))
    }

    @Test func interruptDropsTheStatementBeingTyped() throws {
        let runner = TableRunner()
        let (session, _) = try ShellFixture.session(
            lines: ["MATCH (n)", "<Ctrl-C>", "RETURN 3;"], interactive: true, runner: runner)
        #expect(session.run() == 0)
        #expect(runner.statements == ["RETURN 3"])
    }

    @Test func commandUnderAnUnfinishedStatementDropsIt() throws {
        let runner = TableRunner()
        let (session, transcript) = try ShellFixture.session(
            lines: ["MATCH (n)", ":quit", "RETURN 2;"], interactive: true, runner: runner)
        #expect(session.run() == 0)
        #expect(runner.statements.isEmpty)
        #expect(transcript.err.contains("dropped"))
    }

    @Test func labelOnAContinuationLineIsPartOfTheQuery() throws {
        let runner = TableRunner()
        let (session, _) = try ShellFixture.session(lines: ["MATCH (n", ":Person) RETURN n;"], interactive: true, runner: runner)
        #expect(session.run() == 0)
        #expect(runner.statements == ["MATCH (n\n:Person) RETURN n"])
    }

    @Test func ctrlDMidStatementDoesNotRunIt() throws {
        let runner = TableRunner()
        let (session, _) = try ShellFixture.session(lines: ["RETURN 1;", "MATCH (n)"], interactive: true, runner: runner)
        #expect(session.run() == 0)
        #expect(runner.statements == ["RETURN 1"])
    }

    @Test func repeatedStatementsAreRememberedOnce() throws {
        let reader = ScriptedLineReader(["RETURN 1;", "RETURN 1;", ":schema", "RETURN 1;"], interactive: true)
        let session = ShellSession(
            graph: try ShellFixture.graph(), services: ShellServices(datasetName: "fixture", runner: TableRunner()),
            reader: reader, output: ShellOutput(write: { _ in }, error: { _ in }))
        _ = session.run()
        #expect(reader.history == ["RETURN 1;", ":schema", "RETURN 1;"])
    }

    @Test func quitStopsReading() throws {
        let runner = TableRunner()
        let (session, _) = try ShellFixture.session(lines: ["RETURN 1;", ":quit", "RETURN 2;"], runner: runner)
        #expect(session.run() == 0)
        #expect(runner.statements == ["RETURN 1"])
    }

    @Test func aLabelTheGraphLacksIsWarnedAboutAndTheRunGoesOn() throws {
        let engine = QueryEngine(graph: try ShellFixture.graph())
        let (session, transcript) = try ShellFixture.session(
            lines: ["MATCH (p:Persn) RETURN p.name;", "MATCH (p:Person) RETURN p.name;"], runner: engine)
        #expect(session.run() == 0)
        #expect(transcript.err.contains("warning: the label :Persn is not in the graph"))
        #expect(transcript.err.contains("did you mean :Person?"))
        #expect(transcript.out.contains("梁鸣"))
    }

    @Test func statementWithoutFinalSemicolonRunsAtTheEnd() throws {
        let runner = TableRunner()
        let (session, _) = try ShellFixture.session(lines: ["RETURN 1"], runner: runner)
        #expect(session.run() == 0)
        #expect(runner.statements == ["RETURN 1"])
    }

    @Test func ctrlCCancelsARunningQuery() throws {
        InterruptSignal.install()
        let runner = SlowRunner()
        let (session, transcript) = try ShellFixture.session(runner: runner)
        DispatchQueue.global().async {
            runner.started.wait()
            // Signals are process-wide and other suites run sessions in parallel, one of
            // which may take the Ctrl-C first; send it again until this query has seen one.
            while !runner.wasCancelled {
                kill(getpid(), SIGINT)
                usleep(100_000)
            }
        }
        #expect(!session.perform("MATCH (n) RETURN n"))
        #expect(runner.wasCancelled)
        #expect(transcript.err.contains("Cancelled"))
    }
}

/// Runs until cancelled.
private final class SlowRunner: QueryRunner, @unchecked Sendable {
    let started = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var cancelled = false
    var wasCancelled: Bool { lock.withLock { cancelled } }

    func execute(_ query: String, parameters: [String: Value]) throws -> ResultTable {
        started.signal()
        while !wasCancelled { usleep(1000) }
        throw ShellError("Cancelled")
    }
    func cancel() { lock.withLock { cancelled = true } }
    func explain(_ query: String) throws -> String { "" }
    func describe(_ error: Error, query: String) -> String { "\(error)" }
}
