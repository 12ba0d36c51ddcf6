import Foundation
import Testing
@testable import Graph

/// Temporal values outside the TCK: how they are kept, printed, compared and refused.
@Suite struct TemporalValueTests {
    private func run(_ query: String, _ engine: QueryEngine = QueryEngine(graph: PropertyGraph())) throws -> [[Value]] {
        try engine.execute(query).rows
    }

    private func sampleGraph() throws -> PropertyGraph {
        let engine = QueryEngine(graph: PropertyGraph())
        _ = try engine.execute("""
            CREATE (:Role {since: date('2023-01-16'), at: localtime('09:30'), t: time('09:30:15.5+08:00'),
                           seen: localdatetime('2025-06-30T12:00'), stamp: datetime('2017-10-29T02:30[Europe/Stockholm]'),
                           term: duration('P5Y'), history: [date('2018-01-01'), date('2023-01-16')]})
            """)
        var graph = engine.graph
        _ = try graph.addNode(labels: ["Note"], properties: ["note": .map(["$temporal": "not a date"])])
        return graph
    }

    @Test func binaryAndJSONSnapshotsKeepEveryKind() throws {
        let graph = try sampleGraph()
        let binary = try PropertyGraph(binarySnapshot: graph.binarySnapshotBytes())
        let json = try PropertyGraph(snapshotBytes: graph.snapshotBytes())
        #expect(binary.nodes == graph.nodes)
        #expect(json.nodes == graph.nodes)
        let properties = graph.nodes[0].properties
        #expect(properties["since"] == .temporal(.date(try LocalDate(year: 2023, month: 1, day: 16))))
        #expect(properties["stamp"].map { ResultFormatter(graph: graph).text($0) } == "2017-10-29T02:30+02:00[Europe/Stockholm]")
        // A plain map that happens to use the marker key stays a map.
        #expect(json.nodes[1].properties["note"] == .map(["$temporal": "not a date"]))
    }

    @Test func outputsPrintISOText() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        let result = try engine.execute("RETURN date('2025-06-30') AS d, [duration({hours: 36})] AS l")
        let formatter = ResultFormatter(graph: engine.graph)
        #expect(formatter.format(result, as: .csv).contains("2025-06-30"))
        #expect(formatter.format(result, as: .json).contains("\"2025-06-30\""))
        #expect(formatter.text(result.rows[0][1]) == "[PT36H]")
        #expect(try run("RETURN toString(datetime('2015-07-21T21:40:32.142+0100')) AS s") == [["2015-07-21T21:40:32.142+01:00"]])
    }

    @Test func datesCompareAsDatesAndOtherTypesDoNot() throws {
        #expect(try run("RETURN date('2025-06-30') >= date('2023-01-16')") == [[true]])
        #expect(try run("RETURN date('2025-06-30') < '2026-01-01'") == [[.null]])
        #expect(try run("RETURN date('2025-06-30') < localdatetime('2026-01-01T00:00')") == [[.null]])
        #expect(try run("RETURN duration('P1D') < duration('P2D')") == [[.null]])
        let ordered = try run(
            "UNWIND [date('2024-01-02'), 'text', datetime('2024-01-01T00:00Z'), date('2023-12-31'), 1] AS v RETURN v ORDER BY v")
        #expect(ordered.map { ResultFormatter(graph: PropertyGraph()).text($0[0]) }
            == ["2024-01-01T00:00Z", "2023-12-31", "2024-01-02", "text", "1"])
        #expect(try run("RETURN count(DISTINCT [date('2024-01-01'), date({year: 2024})]) AS n") == [[1]])
    }

    @Test func membersOnADayAreFoundByDate() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        _ = try engine.execute("""
            CREATE (:Person {name: 'A'})-[:MEMBER_OF {since: date('2020-05-01')}]->(p:Party {name: '九三学社'}),
                   (:Person {name: 'B'})-[:MEMBER_OF {since: date('2025-07-01')}]->(p)
            """)
        let rows = try run(
            "MATCH (x)-[m:MEMBER_OF]->(:Party {name: '九三学社'}) WHERE m.since <= date('2025-06-30') RETURN x.name", engine)
        #expect(rows == [["A"]])
    }

    @Test func extractorsStoreWholeDatesAsDatesAndPartialOnesAsText() throws {
        #expect(Value.calendarDate("2025-06-30") == .temporal(.date(try LocalDate(year: 2025, month: 6, day: 30))))
        #expect(Value.calendarDate("2025-06") == "2025-06")
        #expect(Value.calendarDate("2025-02-30") == "2025-02-30")
        #expect(Value.calendarDate("20250630") == "20250630")
        #expect(Value.calendarDate("2025-06-30").textOrISOText == "2025-06-30")
    }

    @Test func badInputGetsAMessageThatSaysWhat() {
        func message(_ query: String) -> String {
            do {
                _ = try QueryEngine(graph: PropertyGraph()).execute(query)
                return "no error"
            } catch { return "\(error)" }
        }
        #expect(message("RETURN date('2015-13-01')").contains("month 13"))
        #expect(message("RETURN date('yesterday')").contains("'yesterday' is not a date"))
        #expect(message("RETURN datetime({year: 2020, timezone: 'Mars/Olympus'})").contains("no time zone Mars/Olympus"))
        #expect(message("RETURN duration('P1Q')").contains("is not a duration"))
        #expect(message("RETURN date.truncate('fortnight', date('2020-01-01'))").contains("no unit fortnight"))
        #expect(message("RETURN date('2020-01-01') + 1").contains("cannot apply +"))
        #expect(message("RETURN date(1)").contains("not Integer") || message("RETURN date(1)").contains("Integer"))
        #expect(message("RETURN duration({years: 9223372036854775807})").contains("too large"))
    }

    /// The edges of every range give an error or a value, never a trap.
    @Test func extremeFieldsAreRefusedNotTrapped() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        let queries = [
            "RETURN date({year: 9223372036854775807, week: 1})", "RETURN date({year: -9223372036854775807, ordinalDay: 1})",
            "RETURN localtime({hour: 1, nanosecond: 9223372036854775807})",
            "RETURN localtime({hour: 1, microsecond: 5, nanosecond: 9223372036854775807})",
            "RETURN datetime({epochSeconds: 9223372036854775807})", "RETURN datetime.fromepoch(1, 9223372036854775807)",
            "RETURN datetime.fromepochmillis(-9223372036854775807 - 1)",
            "RETURN date('2020-01-01') + duration({months: 9223372036854775807})",
            "RETURN date('2020-01-01') - duration({months: -9223372036854775807 - 1})",
            "RETURN duration({seconds: 9223372036854775807, nanoseconds: 999999999}) + duration({nanoseconds: 1})",
            "RETURN duration({seconds: 9223372036854775807}).milliseconds",
            "RETURN datetime('+999999999-12-31T23:59:59Z').epochMillis", "RETURN duration('-P') ",
            "RETURN duration({days: 2}) * 9223372036854775807", "RETURN duration({days: 2}) / 0.0",
        ]
        for query in queries {
            do { _ = try engine.execute(query) } catch let error as QueryError { #expect(!error.message.isEmpty) }
        }
        #expect(try run("RETURN duration({seconds: 9223372036854775807}).milliseconds") == [[.null]])
    }
}
