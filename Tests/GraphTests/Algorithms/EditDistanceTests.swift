import Testing
import Graph

@Suite struct EditDistanceTests {
    @Test func countsCharactersNotBytes() {
        #expect(EditDistance.between("梁鸣", "梁明") == 1)
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("abc", "") == 3)
    }
}
