import Foundation
import Graph
import Testing
@testable import Plugins

/// A pack reads only inside its folder, and its queries are compiled when it loads.
@Suite struct PackBoundaryTests {
    func load(_ fixture: PackFixture, _ folder: String = "low-altitude") -> [PackFailure] {
        var registry = PluginRegistry()
        return PackLoader.load([PackLoader.Source(url: fixture.root.appendingPathComponent(folder), place: .commandLine)], into: &registry)
    }

    @Test func aListedPathClimbingOutOfThePackIsRefused() throws {
        let fixture = try PackFixture()
        defer { fixture.remove() }
        try fixture.writeValidPack()
        try fixture.write("low-altitude/plugin.yaml", PackFixture.manifest + "\nlexicons: [../../../../../../etc/hostname]\n")
        let failures = load(fixture)
        let message = try #require(failures.first?.problems.first?.description)
        #expect(message.contains("lexicons entry '../../../../../../etc/hostname' leads to"))
        #expect(message.contains("outside the pack"))
        #expect(message.contains("plugin.yaml"))
    }

    @Test func aLinkInAPackFolderLeadingOutIsRefused() throws {
        let fixture = try PackFixture()
        defer { fixture.remove() }
        try fixture.writeValidPack()
        let outside = try fixture.write("elsewhere/secret.yaml", PackFixture.lexicon)
        try FileManager.default.createSymbolicLink(
            atPath: fixture.root.appendingPathComponent("low-altitude/lexicons/more.yaml").path, withDestinationPath: outside.path)
        let message = try #require(load(fixture).first?.problems.first?.description)
        #expect(message.contains("lexicons/more.yaml leads to"))
        #expect(message.contains("outside the pack"))
    }

    @Test func aQueryThatDoesNotCompileIsRefusedAtLoadWithItsLine() throws {
        let fixture = try PackFixture()
        defer { fixture.remove() }
        try fixture.writeValidPack()
        let broken = PackFixture.query.replacingOccurrences(of: "RETURN DISTINCT a.name", with: "RETURN DISTINCT a.name,,")
        try fixture.write("low-altitude/queries/units.yaml", broken)
        let problem = try #require(load(fixture).first?.problems.first)
        #expect(problem.file.hasSuffix("queries/units.yaml"))
        // The RETURN line is line 7 of the file: the `cypher: |` key is on line 5.
        #expect(problem.line == 7, "\(problem)")
        #expect(problem.message.contains("the openCypher text of 'low-altitude.units' does not compile"))
        #expect(problem.message.contains("SyntaxError"))
    }

    @Test func aFolderWhereAPackFileShouldBeSaysSo() throws {
        let fixture = try PackFixture()
        defer { fixture.remove() }
        try fixture.writeValidPack()
        try FileManager.default.createDirectory(
            at: fixture.root.appendingPathComponent("low-altitude/styles/more.yaml"), withIntermediateDirectories: true)
        let message = try #require(load(fixture).first?.problems.first?.description)
        #expect(message.contains("styles/more.yaml is a folder, not a YAML file"), "\(message)")
        #expect(!message.contains("NSCocoaErrorDomain"))
    }
}
