import Graph
import Testing
@testable import Plugins

@Suite struct NamedQueryTests {
    @Test func bindParsesTypesAndFillsDefaults() throws {
        let query = QueryFixtures.busiestUnits()
        #expect(try query.bind([:]) == ["limit": 10])
        #expect(try query.bind(["limit": "3"]) == ["limit": 3])
        let error = #expect(throws: PluginError.self) { try query.bind(["limit": "three"]) }
        #expect(error?.message.contains("not a whole number") == true)
        let unknown = #expect(throws: PluginError.self) { try query.bind(["top": "3"]) }
        #expect(unknown?.message.contains("its parameters are: limit") == true)
    }

    @Test func bindAsksForARequiredParameter() throws {
        let error = #expect(throws: PluginError.self) { try QueryFixtures.unitsForIndustry().bind([:]) }
        #expect(error?.message.contains("--param industry=VALUE") == true)
    }

    @Test func validateFindsUndeclaredAndUnusedParameters() throws {
        var query = QueryFixtures.unitsForIndustry()
        query.cypher = "MATCH (i:Industry {name: $sector}) RETURN i.name"
        let undeclared = #expect(throws: PluginError.self) { try query.validate() }
        #expect(undeclared?.message.contains("uses $sector") == true)
        query.cypher = "MATCH (i:Industry) WHERE i.name = '$industry' RETURN i.name"
        let unused = #expect(throws: PluginError.self) { try query.validate() }
        #expect(unused?.message.contains("never uses $industry") == true)
    }

    @Test func validateWantsEveryQuestionToFillRequiredParameters() throws {
        var query = QueryFixtures.unitsForIndustry()
        query.questions = ["which units own tasks"]
        let error = #expect(throws: PluginError.self) { try query.validate() }
        #expect(error?.message.contains("no slot {industry}") == true)
    }

    @Test func exampleComparesRowsAsAMultisetUnlessOrdered() {
        var example = QueryExample(rows: [["a", 1], ["b", 2]])
        #expect(example.mismatch(columns: ["x", "y"], rows: [["b", 2], ["a", 1]]) == nil)
        #expect(example.mismatch(columns: ["x", "y"], rows: [["a", 1]])?.contains("missing [['b', 2]]") == true)
        example.ordered = true
        #expect(example.mismatch(columns: ["x", "y"], rows: [["b", 2], ["a", 1]]) != nil)
        example.columns = ["x", "z"]
        #expect(example.mismatch(columns: ["x", "y"], rows: [["a", 1], ["b", 2]])?.contains("columns") == true)
    }

    @Test func closestIDsByPartOrByEditDistance() {
        let ids = ["work-plans.busiest-units", "work-plans.units-for-industry", "proceedings.person-roles"]
        #expect(NamedQuery.closestIDs(to: "busiest-units", among: ids) == ["work-plans.busiest-units"])
        #expect(NamedQuery.closestIDs(to: "work-plans.units-for-industy", among: ids) == ["work-plans.units-for-industry"])
        #expect(NamedQuery.closestIDs(to: "zzz", among: ids).isEmpty)
    }
}
