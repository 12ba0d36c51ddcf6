import Testing
@testable import Shell

@Suite struct CommandCatalogTests {
    let catalog = CommandCatalog.standard

    @Test(arguments: [
        "help", "schema", "plugins", "queries", "run", "ask", "why", "render", "format", "param", "timing", "reload",
        "quit",
    ])
    func issueCommandsExist(_ name: String) {
        #expect(catalog.command(named: name)?.name == name)
    }

    @Test func namesAreUnique() {
        #expect(Set(catalog.allNames).count == catalog.allNames.count)
    }

    @Test(arguments: [("hepl", "help"), ("shcema", "schema"), ("rendr", "render"), ("qu", "quit"), ("tim", "timing"),
                      ("paramz", "param"), ("formt", "format")])
    func mistypedNameSuggestsTheClosest(_ typed: String, _ expected: String) {
        #expect(catalog.suggestion(for: typed)?.name == expected)
    }

    @Test func farFetchedNameSuggestsNothing() {
        #expect(catalog.suggestion(for: "xyzzyplugh") == nil)
    }
}
