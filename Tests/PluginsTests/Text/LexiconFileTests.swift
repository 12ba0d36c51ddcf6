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

    /// A bound alias names its entry only where one of its words follows, right after it or past a
    /// place's few characters; never inside a number or a date, and never as a node's alias.
    @Test func boundAliasesStandOnlyBeforeTheirWords() throws {
        let lexicon = try LexiconFile.parse("""
        id: bodies
        label: Party
        entries:
          - name: 九三学社
            bound-aliases: [九三]
            bound-before: [中央, 省委, 委员会]
        """, file: "bodies.yaml")
        let index = LexiconIndex(lexicons: [lexicon])
        #expect(index.entries[0].properties.isEmpty)
        func found(_ text: String) -> [String] {
            let bytes = Array(text.utf8)
            var words = WordBoundaries(bytes)
            return index.wholeWordHits(in: bytes, words: &words).map { index.entries[$0.entry].name }
                + index.hits(in: bytes).map { index.entries[$0.entry].name }
        }
        #expect(found("九三中央副主席") == ["九三学社", "九三学社"])
        #expect(found("当选九三陕西省委委员") == ["九三学社", "九三学社"])
        #expect(found("我校九三委员会主委") == ["九三学社", "九三学社"])
        #expect(found("九三阅兵") == [])
        #expect(found("一九三五年中央红军") == [])
        #expect(found("九三年十月在省委") == [])
        // The name itself, one hit, not the alias inside it.
        #expect(found("九三学社中央") == ["九三学社", "九三学社"])
    }

    @Test func aBoundAliasNeedsItsWords() {
        #expect(throws: LexiconError.self) {
            try LexiconFile.parse("""
            id: bodies
            label: Party
            entries:
              - name: 九三学社
                bound-aliases: [九三]
            """, file: "bodies.yaml")
        }
    }
}
