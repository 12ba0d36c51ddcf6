import Foundation
import Testing
@testable import Plugins

/// The word lists the readers lean on load with every key they need, and a list that
/// cannot be read is an error naming the file, not an empty list.
@Suite struct BundledWordListTests {
    @Test func everyBuiltInListLoadsWithItsKeys() throws {
        let plan = try PlanWords.loaded.get()
        #expect(plan.leaderPosts.contains("市长"))
        #expect(!plan.firstListed.isEmpty && !plan.sameBelow.isEmpty && plan.huiWordOpeners.contains("议"))
        #expect(try FederationPlace.loadedBoundaryWords.get().contains(Array("当选".utf8)))
        let provinces = try DocumentCity.loadedProvinces.get()
        #expect(provinces.cities["长沙"] == "湖南" && provinces.unsuffixed.contains("广西"))
        #expect(provinces.cities["黔东南"] == "贵州" && provinces.prefectures.contains("恩施") && !provinces.prefectures.contains("长沙"))
        #expect(try IntentSynonyms.loaded.get().sets.count > 3)
    }

    @Test func aMissingListIsAnErrorThatNamesIt() {
        guard case .failure(let error) = BundledWordList.mapping("no-such-list") else {
            Issue.record("a list that does not exist loaded")
            return
        }
        #expect(error.message.contains("lexicons/no-such-list.yaml"))
    }

    @Test func aListWithoutAKeyTheReadersNeedIsAnError() {
        guard case .failure(let error) = BundledWordList.mapping("plan-words", requiring: ["leader-posts", "no-such-key"]) else {
            Issue.record("a missing key passed")
            return
        }
        #expect(error.message.contains("no-such-key") && !error.message.contains("leader-posts"))
    }

    @Test func theBuiltInPluginsRegister() throws {
        #expect(try BuiltInPlugins.registry().extractors.count >= 3)
    }
}
