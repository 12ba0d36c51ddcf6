import Foundation
import Testing
@testable import Graph

/// Limits that hold on any input (issue 11) and values that stay values (issue 17):
/// the functions here used to crash, hang or answer with a float, null or NaN.
@Suite struct ReliabilityTests {
    private func engine(_ limits: QueryLimits = QueryLimits(timeout: 30, maxRows: nil)) throws -> QueryEngine {
        var graph = PropertyGraph()
        let hub = try graph.addNode(labels: ["Hub"], properties: ["name": "hub"])
        for i in 0..<30 {
            let spoke = try graph.addNode(labels: ["Spoke"], properties: ["i": .int(i)])
            try graph.addRelationship(type: "L", from: hub, to: spoke)
            try graph.addRelationship(type: "L", from: spoke, to: hub)
        }
        return QueryEngine(graph: graph, limits: limits)
    }

    @Test func theParserRefusesTreesDeeperThanTheLimitWithLineAndColumn() throws {
        let engine = try engine()
        let deep = "RETURN 1 AS a,\n  " + String(repeating: "[", count: 400) + "1" + String(repeating: "]", count: 400)
        let error = CypherTestSupport.error(engine, deep)
        #expect(error?.code == "NestingTooDeep")
        #expect(error?.message.contains("nesting deeper than \(NestingLimit.maximum) at 2:") == true, "\(String(describing: error))")
        let chain = "RETURN " + Array(repeating: "1", count: 5000).joined(separator: " - ")
        #expect(CypherTestSupport.error(engine, chain)?.code == "NestingTooDeep")
        // Just inside the limit still runs.
        let inside = "RETURN " + String(repeating: "[", count: 150) + "1" + String(repeating: "]", count: 150) + " AS v"
        #expect(try engine.execute(inside).rows.count == 1)
    }

    @Test func numericFunctionsOverflowIntoErrorsNotFloatsNullsOrNaN() throws {
        let engine = try engine()
        #expect(CypherTestSupport.error(engine, "RETURN abs(-9223372036854775808)")?.code == "IntegerOverflow")
        #expect(CypherTestSupport.error(engine, "RETURN toInteger(9.3e18)")?.code == "IntegerOverflow")
        #expect(CypherTestSupport.error(engine, "RETURN toInteger(-1e300)")?.code == "IntegerOverflow")
        #expect(CypherTestSupport.error(engine, "RETURN -(-9223372036854775808)")?.code == "IntegerOverflow")
        #expect(try engine.execute("RETURN toInteger(9.21e18) AS i").rows == [[.int(9_210_000_000_000_000_000)]])
        #expect(try engine.execute("RETURN toIntegerOrNull(1e19) AS i").rows == [[.null]])
        #expect(try engine.execute("RETURN abs(-9223372036854775807) AS a").rows == [[.int(Int.max)]])
        #expect(try engine.execute("RETURN round(1.5, 9223372036854775807) AS r").rows == [[.float(1.5)]])
        #expect(try engine.execute("RETURN round(1.5, -9223372036854775807) AS r").rows == [[.float(0)]])
        #expect(try engine.execute("RETURN round(3.14159, 2) AS r").rows == [[.float(3.14)]])
    }

    @Test func parameterValuesAreLiteralsTextOrRefused() throws {
        #expect(try QueryEngine.parameterValue("42") == .int(42))
        #expect(try QueryEngine.parameterValue("-9223372036854775808") == .int(Int.min))
        #expect(try QueryEngine.parameterValue("[1, 'a']") == .list([.int(1), .string("a")]))
        #expect(try QueryEngine.parameterValue("人工智能") == .string("人工智能"))
        #expect(try QueryEngine.parameterValue("2025-05-05") == .string("2025-05-05"))
        #expect(try QueryEngine.parameterValue("hello world") == .string("hello world"))
        for bad in ["9223372036854775808", "1e999", "[1,", "[a, b]", "{a: x}", "'open"] {
            #expect(throws: QueryError.self, "\(bad)") { try QueryEngine.parameterValue(bad) }
        }
        do {
            _ = try QueryEngine.parameterValue("[1,")
        } catch let error as QueryError {
            #expect(error.offset == 3)
        }
    }

    @Test func aRunawayReduceStopsAtTheTimeLimit() throws {
        let engine = try engine(QueryLimits(timeout: 0.5, maxRows: nil))
        let error = CypherTestSupport.error(engine, "RETURN size(reduce(s = [], i IN range(1, 1000000) | s + [i]))")
        #expect(error?.code == "LimitExceeded")
        #expect(error?.message.contains("time limit") == true)
    }

    @Test func aRunawayListComprehensionAndQuantifierStopAtTheTimeLimit() throws {
        let engine = try engine(QueryLimits(timeout: 0.5, maxRows: nil))
        let nested = "RETURN size([i IN range(1, 3000) | size([j IN range(1, 3000) WHERE j % 7 = i % 7])])"
        #expect(CypherTestSupport.error(engine, nested)?.code == "LimitExceeded")
        let quantified = "RETURN all(i IN range(1, 3000) WHERE any(j IN range(1, 3000) WHERE i + j < 0))"
        #expect(CypherTestSupport.error(engine, quantified)?.code == "LimitExceeded")
    }

    @Test func aRunawaySortStopsAtTheTimeLimitInsideTheSort() throws {
        // Rows come fast; the sort is slow, each comparison walking one long list key.
        // The message names ORDER BY: the limit reached the sort itself, not the rows before it.
        // A few thousand rows take milliseconds; one comparison walks 200,000 equal numbers.
        let engine = try engine(QueryLimits(timeout: 1, maxRows: nil))
        let sort = "WITH range(1, 200000) AS big UNWIND range(1, 3000) AS i RETURN i ORDER BY big, i DESC"
        let error = CypherTestSupport.error(engine, sort)
        #expect(error?.code == "LimitExceeded")
        #expect(error?.message.contains("while in ORDER BY") == true, "\(String(describing: error))")
    }

    /// Every loop issue 11 names still honours the time limit: UNWIND of a huge
    /// range, string functions, aggregation, DISTINCT and sorting.
    @Test(arguments: [
        "UNWIND range(1, 100000000) AS i RETURN count(i)",
        "RETURN size(reduce(s = '', i IN range(1, 10000000) | s + toUpper('a')))",
        "RETURN size(replace(reduce(s = '', i IN range(1, 200000) | s + 'ab'), 'a', 'xy'))",
        "UNWIND range(1, 400) AS i RETURN collect(DISTINCT size([j IN range(1, 200000) WHERE j % i = 0]))",
        "UNWIND range(1, 400) AS i RETURN DISTINCT reduce(s = 0, j IN range(1, 200000) | s + j % i) AS k",
        "UNWIND range(1, 400) AS i WITH i ORDER BY reduce(s = 0, j IN range(1, 200000) | s + j % i) RETURN i LIMIT 1",
    ])
    func everyLongLoopStopsAtTheTimeLimit(_ query: String) throws {
        let engine = try engine(QueryLimits(timeout: 0.3, maxRows: nil, maxMemory: 8 << 30))
        #expect(CypherTestSupport.error(engine, query)?.code == "LimitExceeded", "\(query)")
    }

    @Test func sortingStaysStableAndOrdered() throws {
        let engine = try engine()
        let rows = try engine.execute("UNWIND [3, 1, 2, 1, 3, 2] AS k UNWIND [1, 2] AS t RETURN k, t ORDER BY k DESC").rows
        #expect(rows == [[3, 1], [3, 2], [3, 1], [3, 2], [2, 1], [2, 2], [2, 1], [2, 2], [1, 1], [1, 2], [1, 1], [1, 2]])
        #expect(try InterruptibleSort.sorted([5, 3, 9, 1, 3, 7, 0], by: <) == [0, 1, 3, 3, 5, 7, 9])
        #expect(try InterruptibleSort.sorted([Int](), by: <) == [])
        #expect(try engine.execute("UNWIND [4, 1, 3, 2] AS x RETURN percentileDisc(x, 0.5) AS p").rows == [[2]])
    }

    @Test func cancelStopsAReduce() throws {
        let engine = try engine(QueryLimits(timeout: 120, maxRows: nil))
        let error = CypherTestSupport.errorWhenCancelled(engine, "RETURN reduce(s = 0, i IN range(1, 2000000) | s + i % 3)")
        #expect(error?.code == "Cancelled")
    }

    @Test func aListThatWouldPassTheMemoryLimitIsRefusedWithItsSize() throws {
        let engine = try engine(QueryLimits(timeout: 600, maxRows: nil, maxMemory: 64 << 20))
        let error = CypherTestSupport.error(engine, "RETURN size(reduce(s = [1], i IN range(1, 40) | s + s))")
        #expect(error?.code == "MemoryLimitExceeded")
        #expect(error?.message.contains("over the memory limit of 64 MB") == true, "\(String(describing: error))")
        #expect(error?.message.contains("--max-memory") == true)
        let range = CypherTestSupport.error(engine, "RETURN size(range(1, 9223372036854775807))")
        #expect(range?.code == "MemoryLimitExceeded")
        let replaced = CypherTestSupport.error(
            engine, "WITH reduce(s = 'a', i IN range(1, 16) | s + s) AS s RETURN size(replace(s, 'a', s))")
        #expect(replaced?.code == "MemoryLimitExceeded")
        #expect(replaced?.message.contains("the result of replace() would take 4.0 GB") == true, "\(String(describing: replaced))")
    }

    #if os(Linux)
        @Test func pathsCountAgainstTheMemoryLimit() throws {
            // Every path through the hub, kept in one list: the process's growth is what is limited.
            // `count(p)` would stream the paths and never grow, so alone it ran to the time limit.
            let engine = try engine(QueryLimits(timeout: 600, maxRows: nil, maxMemory: 48 << 20))
            let error = CypherTestSupport.error(engine, "MATCH p = (:Hub)-[*]-() RETURN size(collect(p))")
            #expect(error?.code == "MemoryLimitExceeded", "\(String(describing: error))")
            #expect(error?.message.contains("in MATCH reached") == true)
        }
    #endif

    @Test func ordinaryQueriesRunUnderTheDefaultLimits() throws {
        let engine = QueryEngine(graph: try self.engine().graph)
        #expect(try engine.execute("MATCH (:Hub)-[:L]->(s:Spoke) RETURN count(s) AS n").rows == [[.int(30)]])
        #expect(try engine.execute("RETURN size(reduce(s = [], i IN range(1, 1000) | s + [i])) AS n").rows == [[.int(1000)]])
    }

    /// ICU answers this backtracking pattern at once on a quiet machine (a fresh-clone CI run on
    /// 2026-12-02 saw `false` within 0.5 s; under load it had met the limit), so the test asks for
    /// one of the two right outcomes: the limit's error or the right answer, never another error.
    @Test func aBacktrackingRegexEndsInTheLimitOrWithTheRightAnswer() throws {
        let engine = try engine(QueryLimits(timeout: 0.5, maxRows: nil))
        let query = "RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' =~ '(a+)+b' AS m"
        do {
            #expect(try engine.execute(query).rows == [[.bool(false)]])
        } catch let error as QueryError {
            #expect(error.code == "LimitExceeded", "\(error)")
        }
        #expect(try engine.execute("RETURN 'abc' =~ 'a.c' AS a, 'xabc' =~ 'abc' AS b").rows == [[.bool(true), .bool(false)]])
    }

    @Test func valuesNestedPastTheLimitAreRefused() throws {
        let engine = try engine()
        let error = CypherTestSupport.error(engine, "RETURN reduce(s = [], i IN range(1, 100000) | [s])")
        #expect(error?.code == "LimitExceeded")
        #expect(error?.message.contains("deeper than \(ValueDepth.maximum) levels") == true)
        var chain = "WITH 1 AS x "
        for _ in 0..<(ValueDepth.maximum + 5) { chain += "WITH collect(x) AS x " }
        #expect(CypherTestSupport.error(engine, chain + "RETURN x")?.code == "LimitExceeded")
        // A wide list shared by every step is measured once, and a shallow reduce is fine.
        let wide = "WITH range(1, 5000) AS big RETURN size(reduce(s = [], i IN range(1, 2000) | [big, i])) AS n"
        #expect(try engine.execute(wide).rows == [[.int(2)]])
    }
}
