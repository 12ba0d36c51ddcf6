import Testing
@testable import Graph

@Suite struct ParserTests {
    @Test func clausesInOrder() throws {
        let query = try Parser.parse("MATCH (a) OPTIONAL MATCH (a)-->(b) WITH a, b UNWIND [1] AS x RETURN a ORDER BY a.name DESC SKIP 1 LIMIT 2")
        #expect(query.clauses.count == 5)
        guard case .match(let optional) = query.clauses[1], case .return(let projection) = query.clauses[4] else {
            Issue.record("unexpected clauses")
            return
        }
        #expect(optional.optional)
        #expect(projection.orderBy.count == 1 && projection.orderBy[0].ascending == false)
        #expect(projection.skip != nil && projection.limit != nil)
    }

    @Test func patternDetails() throws {
        let query = try Parser.parse("MATCH p = (a:Agency {name: 'x'})<-[r:LEADS|RESPONSIBLE_FOR*1..3]-(b) RETURN p")
        guard case .match(let match) = query.clauses[0] else { Issue.record("no MATCH"); return }
        let part = match.patterns[0]
        #expect(part.pathVariable == "p")
        #expect(part.nodes[0].labels == ["Agency"])
        #expect(part.relationships[0].types == ["LEADS", "RESPONSIBLE_FOR"])
        #expect(part.relationships[0].direction == .incoming)
        #expect(part.relationships[0].range?.min == 1 && part.relationships[0].range?.max == 3)
        #expect(part.description == "p = (a:Agency {name: 'x'})<-[r:LEADS|RESPONSIBLE_FOR*1..3]-(b)")
    }

    @Test func precedenceAndChainedComparison() throws {
        let query = try Parser.parse("RETURN 1 + 2 * 3 ^ 2 AS x, 1 < 2 < 3 AS y, NOT a = b OR c AS z")
        guard case .return(let projection) = query.clauses[0] else { Issue.record("no RETURN"); return }
        #expect(projection.items[0].expression.canonical == "(1 + (2 * (3 ^ 2)))")
        #expect(projection.items[1].expression.canonical == "((1 < 2) AND (2 < 3))")
        #expect(projection.items[2].expression.canonical == "((NOT (a = b)) OR c)")
    }

    @Test func unaliasedColumnsKeepTheirText() throws {
        let query = try Parser.parse("RETURN count( * ), n.name ,  [x IN l | x]")
        guard case .return(let projection) = query.clauses[0] else { Issue.record("no RETURN"); return }
        #expect(projection.items.map(\.name) == ["count( * )", "n.name", "[x IN l | x]"])
    }

    @Test func comprehensionsAndPatternsAsExpressions() throws {
        let query = try Parser.parse("MATCH (a) WHERE (a)-->() RETURN [(a)-->(b) | b.name], [x IN [1,2] WHERE x > 1], all(x IN [1] WHERE x = 1)")
        guard case .match(let match) = query.clauses[0], case .return(let projection) = query.clauses[1] else {
            Issue.record("unexpected clauses")
            return
        }
        guard case .pattern? = match.predicate?.kind else { Issue.record("WHERE is not a pattern"); return }
        guard case .patternComprehension = projection.items[0].expression.kind,
            case .listComprehension = projection.items[1].expression.kind,
            case .quantifier(.all, _, _, _) = projection.items[2].expression.kind
        else {
            Issue.record("unexpected expressions")
            return
        }
    }

    @Test func unsupportedClausesSaySo() throws {
        for (query, word) in [("CALL { RETURN 1 AS x } IN TRANSACTIONS RETURN x", "CALL { … } IN TRANSACTIONS"), ("LOAD CSV FROM 'f' AS l RETURN l", "LOAD")] {
            do {
                _ = try Parser.parse(query)
                Issue.record("\(query) parsed")
            } catch let error as QueryError {
                #expect(error.code == "UnsupportedFeature")
                #expect(error.message.contains("\(word) is not supported yet"))
            }
        }
    }

    @Test func syntaxErrorPointsAtTheToken() throws {
        do {
            _ = try Parser.parse("MATCH (n RETURN n")
            Issue.record("expected an error")
        } catch let error as QueryError {
            #expect(error.kind == "SyntaxError")
            #expect(error.offset == 9)
            #expect(error.message.contains("expected ')'"))
        }
    }
}
