import Foundation
@testable import Graph

/// Small graphs built with CREATE, and helpers to run queries on them.
enum CypherTestSupport {
    /// What `rewrite` makes of the first MATCH of `query` that a projection follows, as the
    /// executor would see them; nil when no MATCH is followed by one.
    static func firstMatchRewrite<T>(
        _ engine: QueryEngine, _ query: String,
        _ rewrite: (Executor, MatchStep, Projection) -> T?
    ) throws -> T? {
        let parsed = try Parser.parse(query)
        try Binder.check(parsed)
        let plan = Planner(graph: engine.graph).plan(parsed)
        let executor = Executor(graph: engine.graph, parameters: [:], limits: QueryLimits(), cancellation: CancellationFlag())
        for (index, step) in plan.steps.enumerated().dropLast() {
            guard case .match(let match) = step, case .project(let projection, _, _) = plan.steps[index + 1] else { continue }
            return rewrite(executor, match, projection)
        }
        return nil
    }

    /// Agencies, tasks and industries shaped like the work plan's data.
    static func policyGraph() throws -> QueryEngine {
        let engine = QueryEngine(graph: PropertyGraph())
        _ = try engine.execute("""
            CREATE (ndrc:Agency {name: '市发展改革委'}), (eco:Agency {name: '市经信局'}), (sci:Agency {name: '市科技局'}),
                   (t1:Task {code: 'T1', name: '发展人工智能产业'}), (t2:Task {code: 'T2', name: '建设算力中心'}),
                   (t3:Task {code: 'T3', name: '发展新能源汽车'}),
                   (ai:Industry {name: '人工智能', aliases: ['AI']}), (ev:Industry {name: '新能源汽车'}),
                   (ndrc)-[:LEADS]->(t1), (eco)-[:RESPONSIBLE_FOR]->(t1), (sci)-[:LEADS]->(t2),
                   (eco)-[:LEADS]->(t3), (t1)-[:ABOUT]->(ai), (t2)-[:ABOUT]->(ai), (t3)-[:ABOUT]->(ev)
            """)
        return engine
    }

    /// A chain a→b→c→d plus a shortcut a→d and a detour b→e→d, for path tests.
    static func pathGraph() throws -> QueryEngine {
        let engine = QueryEngine(graph: PropertyGraph())
        _ = try engine.execute("""
            CREATE (a:N {name: 'a'}), (b:N {name: 'b'}), (c:N {name: 'c'}), (d:N {name: 'd'}), (e:N {name: 'e'}),
                   (a)-[:R]->(b), (b)-[:R]->(c), (c)-[:R]->(d), (b)-[:R]->(e), (e)-[:R]->(d), (a)-[:S]->(d)
            """)
        return engine
    }

    /// The first column of every row.
    static func column(_ result: QueryResult) -> [Value] { result.rows.map { $0[0] } }

    /// The error a query throws, or nil when it succeeds.
    static func error(_ engine: QueryEngine, _ query: String, parameters: [String: Value] = [:]) -> QueryError? {
        do {
            _ = try engine.execute(query, parameters: parameters)
            return nil
        } catch let error as QueryError {
            return error
        } catch {
            return nil
        }
    }

    /// The error a query throws while another thread keeps calling `engine.cancel()` until it ends
    /// (the query may not have started at the first call). The canceller is a thread of its own,
    /// not a task on the shared dispatch queue: on a loaded machine that queue's few workers may
    /// all be busy with other tests for as long as the query's safety-net time limit.
    static func errorWhenCancelled(_ engine: QueryEngine, _ query: String) -> QueryError? {
        let done = CancellationFlag()
        let canceller = Thread {
            while !done.isCancelled {
                engine.cancel()
                usleep(1000)
            }
        }
        canceller.start()
        defer { done.cancel() }
        return error(engine, query)
    }
}
