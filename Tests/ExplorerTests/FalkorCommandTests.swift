import Foundation
import PeerEngines
import Testing

/// `explorer push` and `--engine` against a FalkorDB server of the test's own.
/// Skipped, with the reason, where `scripts/setup-peers.sh` could not install it.
@Suite(.serialized, .enabled(if: Peers.available, Comment(rawValue: Peers.skipReason)))
struct FalkorCommandTests {
    static let dataset = ExplorerRunner.packageRoot.appendingPathComponent("graphs/wuhan-cppcc").path

    /// A server of the test's own with the bundled dataset pushed into graph `wuhan`; the caller stops it.
    static func serverWithBundledGraph() throws -> (server: FalkorServer, address: String, push: ExplorerRunner.Output) {
        let server = try FalkorServer()
        let address = "falkordb://127.0.0.1:\(server.port)/wuhan"
        return (server, address, try ExplorerRunner.run(["push", dataset, address]))
    }

    @Test func pushThenQueryRunAndAskOnTheServerAnswerAsTheExplorerDoes() throws {
        let (server, address, push) = try Self.serverWithBundledGraph()
        defer { server.stop() }
        #expect(push.status == 0, "\(push.stderr)")
        #expect(push.stderr.contains("pushed "), "\(push.stderr)")
        #expect(push.stderr.contains("relationships: "), "progress: \(push.stderr)")
        let again = try ExplorerRunner.run(["push", Self.dataset, address])
        #expect(again.status != 0 && again.stderr.contains("--replace"), "\(again.stderr)")

        let query = "MATCH (a:Agency)-[:LEADS]->(t:Task) RETURN a.name, count(t) AS tasks ORDER BY tasks DESC, a.name LIMIT 5"
        let local = try ExplorerRunner.run(["query", Self.dataset, query, "--format", "csv"])
        let remote = try ExplorerRunner.run(["query", Self.dataset, query, "--format", "csv", "--engine", address])
        #expect(remote.status == 0, "\(remote.stderr)")
        #expect(remote.stdout == local.stdout && local.stdout.count > 20)

        // Nodes print as they do from the embedded engine: bookkeeping properties are not shown.
        let nodes = try ExplorerRunner.run(["query", Self.dataset, "MATCH (t:Task) RETURN t ORDER BY t.code LIMIT 2", "--format", "json", "--engine", address])
        let nodesLocal = try ExplorerRunner.run(["query", Self.dataset, "MATCH (t:Task) RETURN t ORDER BY t.code LIMIT 2", "--format", "json"])
        #expect(nodes.status == 0, "\(nodes.stderr)")
        #expect(!nodes.stdout.contains("explorer_id") && !nodes.stdout.contains("source_quote"))
        // The same tasks come back (ids differ: the server's elements are numbered as they arrive).
        #expect(nodesLocal.stdout.contains("\"code\"") && nodes.stdout.contains("\"code\""))

        let bad = try ExplorerRunner.run(["query", Self.dataset, "MATCH (n RETURN n", "--engine", address])
        #expect(bad.status != 0 && bad.stderr.contains("FalkorDB refused the query"), "\(bad.stderr)")

        // The server matches `name` only: an alias gets the embedded engine's notice, typed once.
        let alias = try ExplorerRunner.run(["query", Self.dataset, "MATCH (a:Agency {name: '市发改委'})-[:LEADS]->(t) RETURN t.code", "--engine", address])
        #expect(alias.status == 0 && alias.stderr.contains("it is an alias of :Agency '市发展和改革委员会'"), "\(alias.stderr)")
        let named = try ExplorerRunner.run(["query", Self.dataset, "MATCH (a:Agency {name: '市发展和改革委员会'}) RETURN a.name", "--engine", address])
        #expect(named.status == 0 && !named.stderr.contains("alias"), "\(named.stderr)")

        let run = try ExplorerRunner.run(["run", "work-plans.units-for-industry", "--param", "industry=人工智能", "--format", "csv", Self.dataset])
        let runRemote = try ExplorerRunner.run(
            ["run", "work-plans.units-for-industry", "--param", "industry=AI", "--format", "csv", Self.dataset, "--engine", address])
        #expect(runRemote.status == 0, "\(runRemote.stderr)")
        #expect(Set(runRemote.stdout.split(whereSeparator: \.isNewline)) == Set(run.stdout.split(whereSeparator: \.isNewline)))

        let ask = try ExplorerRunner.run(["ask", "哪些单位负责人工智能任务", "--format", "csv", Self.dataset, "--engine", address])
        #expect(ask.status == 0, "\(ask.stderr)")
        #expect(Set(ask.stdout.split(whereSeparator: \.isNewline)) == Set(run.stdout.split(whereSeparator: \.isNewline)))
    }

    /// The shell on a terminal with `--engine`, as a user works in it: the prompt
    /// names the server's graph, Tab completes a name from pinyin, a query spans
    /// lines, `:why` quotes the source and `:render` draws the last answer.
    @Test func theShellOnATerminalWorksAgainstTheServer() throws {
        let (server, address, push) = try Self.serverWithBundledGraph()
        defer { server.stop() }
        #expect(push.status == 0, "\(push.stderr)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("falkor-shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let terminal = try PseudoTerminal(
            arguments: ["shell", Self.dataset, "--engine", address],
            environment: ["XDG_STATE_HOME": folder.path, "LANG": "C.UTF-8", "TERM": "xterm"])
        #expect(terminal.waitFor("falkordb:wuhan> ", timeout: 30))
        #expect(terminal.output.contains("(FalkorDB)"))
        terminal.send("MATCH (p:Person {name: 'liangm\t")
        #expect(terminal.waitFor("梁鸣'"))
        terminal.send("})\r")
        #expect(terminal.waitFor("-> "))
        terminal.send("-[r:MEMBER_OF]->(q) RETURN p.name AS who, q.name AS party, r.date AS since ORDER BY since;\r")
        #expect(terminal.waitFor("3 rows"))
        #expect(terminal.output.contains("九三学社") && terminal.output.contains("2024-01-19"))
        terminal.send(":why 1\r")
        #expect(terminal.waitFor("MEMBER_OF"))
        #expect(terminal.waitFor("「"), "the source sentence is quoted: \(terminal.output.suffix(400))")
        terminal.send("MATCH (p:Person {name: '梁鸣'})-[r:MEMBER_OF]->(q) RETURN p, r, q LIMIT 1;\r")
        #expect(terminal.waitFor("1 row"))
        let file = folder.appendingPathComponent("liang.svg")
        terminal.send(":render \(file.path)\r")
        #expect(terminal.waitFor("wrote", timeout: 30))
        let svg = try String(contentsOf: file, encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("梁鸣") && svg.contains("九三学社"))
        // The server matches `name` only: an alias is told, as the embedded engine tells it.
        terminal.send("MATCH (a:Agency {name: '市发改委'})-[:LEADS]->(t:Task) RETURN a.name, t.code;\r")
        #expect(terminal.waitFor("it is an alias of :Agency '市发展和改革委员会'"))
        terminal.send("MATCH (a:Agency {name: '市发展和改革委员会'})-[:LEADS]->(t:Task) RETURN a.name, t.code ORDER BY t.code LIMIT 1;\r")
        #expect(terminal.waitFor("1 row"))
        terminal.send(":why 1\r")
        #expect(terminal.waitFor("(市发展和改革委员会)-[r"), "the row's fact is explained: \(terminal.output.suffix(600))")
        #expect(terminal.waitFor(":LEADS]->("))
        #expect(terminal.waitFor("falkordb:wuhan> "))
        terminal.send("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func aServerThatIsNotThereOrAGraphThatIsNotSaySo() throws {
        let port = try FalkorServer.freePort()
        let none = try ExplorerRunner.run(["query", Self.dataset, "RETURN 1", "--engine", "falkordb://127.0.0.1:\(port)/g"])
        #expect(none.status != 0 && none.stderr.contains("cannot connect to 127.0.0.1:\(port)"), "\(none.stderr)")
        let badAddress = try ExplorerRunner.run(["push", Self.dataset, "127.0.0.1:6379"])
        #expect(badAddress.status != 0 && badAddress.stderr.contains("falkordb://"), "\(badAddress.stderr)")
        let server = try FalkorServer()
        defer { server.stop() }
        let missing = try ExplorerRunner.run(["query", Self.dataset, "RETURN 1", "--engine", "falkordb://127.0.0.1:\(server.port)/nothing"])
        #expect(missing.status != 0 && missing.stderr.contains("explorer push"), "\(missing.stderr)")
    }
}
