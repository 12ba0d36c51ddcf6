import Foundation
import PeerEngines
import Testing

/// `explorer push` and `--engine` against a FalkorDB server of the test's own.
/// Skipped, with the reason, where `scripts/setup-peers.sh` could not install it.
@Suite(.serialized, .enabled(if: Peers.available, Comment(rawValue: Peers.skipReason)))
struct FalkorCommandTests {
    @Test func pushThenQueryRunAndAskOnTheServerAnswerAsTheExplorerDoes() throws {
        let server = try FalkorServer()
        defer { server.stop() }
        let address = "falkordb://127.0.0.1:\(server.port)/wuhan"
        let dataset = ExplorerRunner.packageRoot.appendingPathComponent("graphs/wuhan-cppcc").path
        let push = try ExplorerRunner.run(["push", dataset, address])
        #expect(push.status == 0, "\(push.stderr)")
        #expect(push.stderr.contains("pushed "), "\(push.stderr)")
        #expect(push.stderr.contains("relationships: "), "progress: \(push.stderr)")
        let again = try ExplorerRunner.run(["push", dataset, address])
        #expect(again.status != 0 && again.stderr.contains("--replace"), "\(again.stderr)")

        let query = "MATCH (a:Agency)-[:LEADS]->(t:Task) RETURN a.name, count(t) AS tasks ORDER BY tasks DESC, a.name LIMIT 5"
        let local = try ExplorerRunner.run(["query", dataset, query, "--format", "csv"])
        let remote = try ExplorerRunner.run(["query", dataset, query, "--format", "csv", "--engine", address])
        #expect(remote.status == 0, "\(remote.stderr)")
        #expect(remote.stdout == local.stdout && local.stdout.count > 20)

        // Nodes print as they do from the embedded engine: bookkeeping properties are not shown.
        let nodes = try ExplorerRunner.run(["query", dataset, "MATCH (t:Task) RETURN t ORDER BY t.code LIMIT 2", "--format", "json", "--engine", address])
        let nodesLocal = try ExplorerRunner.run(["query", dataset, "MATCH (t:Task) RETURN t ORDER BY t.code LIMIT 2", "--format", "json"])
        #expect(nodes.status == 0, "\(nodes.stderr)")
        #expect(!nodes.stdout.contains("explorer_id") && !nodes.stdout.contains("source_quote"))
        // The same tasks come back (ids differ: the server's elements are numbered as they arrive).
        #expect(nodesLocal.stdout.contains("\"code\"") && nodes.stdout.contains("\"code\""))

        let bad = try ExplorerRunner.run(["query", dataset, "MATCH (n RETURN n", "--engine", address])
        #expect(bad.status != 0 && bad.stderr.contains("FalkorDB refused the query"), "\(bad.stderr)")

        let run = try ExplorerRunner.run(["run", "work-plans.units-for-industry", "--param", "industry=人工智能", "--format", "csv", dataset])
        let runRemote = try ExplorerRunner.run(
            ["run", "work-plans.units-for-industry", "--param", "industry=AI", "--format", "csv", dataset, "--engine", address])
        #expect(runRemote.status == 0, "\(runRemote.stderr)")
        #expect(Set(runRemote.stdout.split(whereSeparator: \.isNewline)) == Set(run.stdout.split(whereSeparator: \.isNewline)))

        let ask = try ExplorerRunner.run(["ask", "哪些单位负责人工智能任务", "--format", "csv", dataset, "--engine", address])
        #expect(ask.status == 0, "\(ask.stderr)")
        #expect(Set(ask.stdout.split(whereSeparator: \.isNewline)) == Set(run.stdout.split(whereSeparator: \.isNewline)))
    }

    @Test func aServerThatIsNotThereOrAGraphThatIsNotSaySo() throws {
        let port = try FalkorServer.freePort()
        let dataset = ExplorerRunner.packageRoot.appendingPathComponent("graphs/wuhan-cppcc").path
        let none = try ExplorerRunner.run(["query", dataset, "RETURN 1", "--engine", "falkordb://127.0.0.1:\(port)/g"])
        #expect(none.status != 0 && none.stderr.contains("cannot connect to 127.0.0.1:\(port)"), "\(none.stderr)")
        let badAddress = try ExplorerRunner.run(["push", dataset, "127.0.0.1:6379"])
        #expect(badAddress.status != 0 && badAddress.stderr.contains("falkordb://"), "\(badAddress.stderr)")
        let server = try FalkorServer()
        defer { server.stop() }
        let missing = try ExplorerRunner.run(["query", dataset, "RETURN 1", "--engine", "falkordb://127.0.0.1:\(server.port)/nothing"])
        #expect(missing.status != 0 && missing.stderr.contains("explorer push"), "\(missing.stderr)")
    }
}
