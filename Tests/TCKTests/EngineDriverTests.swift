import Graph
import Testing

@Suite struct EngineDriverTests {
    @Test func convertsGraphElementsByStructure() throws {
        var graph = PropertyGraph()
        let a = try graph.addNode(labels: ["B", "A"], properties: ["name": "a"])
        let b = try graph.addNode(labels: [], properties: ["n": 1.5])
        let r = try graph.addRelationship(type: "T", from: b, to: a, properties: ["w": 2])
        #expect(EngineDriver.tckValue(.node(a), in: graph).description == "(:A:B {name: 'a'})")
        #expect(EngineDriver.tckValue(.relationship(r), in: graph).description == "[:T {w: 2}]")
        // Walking a → b crosses T against its direction.
        let path = Value.path(Path(nodes: [a, b], relationships: [r]))
        #expect(EngineDriver.tckValue(path, in: graph).matches(try TCKValueParser.parse("<(:A:B {name: 'a'})<-[:T {w: 2}]-({n: 1.5})>")))
        let forward = Value.path(Path(nodes: [b, a], relationships: [r]))
        #expect(EngineDriver.tckValue(forward, in: graph).description == "<({n: 1.5})-[:T {w: 2}]->(:A:B {name: 'a'})>")
        #expect(EngineDriver.tckValue(.list([.int(1), .map(["k": .null])]), in: graph).description == "[1, {k: null}]")
    }

    @Test func parametersRejectGraphElements() throws {
        #expect(EngineDriver.engineValue(try TCKValueParser.parse("{a: [1, 'x', null]}")) == .map(["a": .list([.int(1), .string("x"), .null])]))
        #expect(EngineDriver.engineValue(try TCKValueParser.parse("[(:A)]")) == nil)
    }
}
