import Testing
@testable import Graph

@Suite struct ValueComparisonTests {
    @Test func equalityIsTernary() {
        #expect(ValueComparison.equals(1, .float(1.0)) == true)
        #expect(ValueComparison.equals(.null, .null) == nil)
        #expect(ValueComparison.equals([1, .null], [1, .null]) == nil)
        #expect(ValueComparison.equals([1, .null], [2, .null]) == false)
        #expect(ValueComparison.equals(.map(["a": 1]), .map(["a": .float(1)])) == true)
        #expect(ValueComparison.equals(.float(.nan), .float(.nan)) == false)
        #expect(ValueComparison.equals("1", 1) == false)
    }

    @Test func comparisonOnlyWithinATypeFamily() {
        #expect(ValueComparison.compare(1, .float(1.5)) == .less)
        #expect(ValueComparison.compare("b", "a") == .greater)
        #expect(ValueComparison.compare(1, "a") == nil)
        #expect(ValueComparison.compare([1, 2], [1, 3]) == .less)
        #expect(ValueComparison.compare(.float(.nan), 1) == .nan)
    }

    @Test func orderabilityIsTotal() {
        let sorted: [Value] = [.null, 1, "s", .map([:]), [1], true, .float(.nan), .float(-1)]
            .sorted { ValueComparison.order($0, $1) < 0 }
        #expect(sorted.map(\.typeName) == ["Map", "List", "String", "Boolean", "Float", "Integer", "Float", "Null"])
        #expect(sorted[6].asDouble?.isNaN == true)
    }

    @Test func equivalenceGroupsNullsAndNumbers() {
        #expect(EquivalenceKey(1) == EquivalenceKey(.float(1)))
        #expect(EquivalenceKey(.null) == EquivalenceKey(.null))
        #expect(EquivalenceKey(.float(.nan)) == EquivalenceKey(.float(.nan)))
        #expect(EquivalenceKey([1, "a"]) != EquivalenceKey([1, "b"]))
    }
}
