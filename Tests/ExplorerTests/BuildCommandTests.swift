import Foundation
import Testing

@Suite struct BuildCommandTests {
    @Test func missingDatasetFolderFailsWithItsName() throws {
        let result = try ExplorerRunner.run(["build", "/nonexistent/dataset-folder"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/nonexistent/dataset-folder"))
        #expect(result.stderr.contains("does not exist"))
    }
}
