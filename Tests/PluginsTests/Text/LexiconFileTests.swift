import Testing
import Yams
@testable import Plugins

/// `LexiconFile.value` stands for Yams's `mapping[key]` (which resolves tags by regular
/// expressions on every lookup): it must find the same pair for every kind of key.
@Suite struct LexiconFileTests {
    @Test func lookupAgreesWithYams() throws {
        let yaml = """
        name: 甲局
        "label": Agency
        !!str aliases: [乙局]
        triggers: first
        triggers: second
        !custom kind: tagged
        1: one
        entries: [x]
        """
        let map = try #require(try Yams.compose(yaml: yaml)?.mapping)
        for key in ["name", "label", "aliases", "triggers", "kind", "1", "entries", "missing"] {
            #expect(LexiconFile.value(map, key) == map[key], "key \(key)")
        }
        #expect(LexiconFile.value(map, "triggers")?.string == "second")
        #expect(LexiconFile.value(map, "kind") == nil)
    }

    @Test func parsesEntries() throws {
        let lexicon = try LexiconFile.parse("""
        id: units
        label: Agency
        entries:
          - name: 丙委
            aliases: [丙委会]
            kind: 部门
          - name: 丁办
            label: Office
        """, file: "units.yaml")
        #expect(lexicon.entries.map(\.name) == ["丙委", "丁办"])
        #expect(lexicon.entries.map(\.label) == ["Agency", "Office"])
        #expect(lexicon.entries[0].properties == ["kind": "部门", "aliases": "丙委会"])
    }
}
