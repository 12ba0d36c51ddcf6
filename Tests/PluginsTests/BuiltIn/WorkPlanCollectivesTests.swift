import Foundation
import Graph
import Testing
@testable import Plugins

/// Collectives (`区级相关部门`, `各相关单位`) listed as units of their own are units, after named units as
/// alone; a trailing `等有关部门` is none, and a bracket of collectives alone names no unit. A leader set
/// apart before a bracket's units (`市长助理王五；…`) is a person. Units scored with `Fixtures/plan-layouts`.
@Suite struct WorkPlanCollectivesTests {
    @Test func aCollectiveListedByItselfIsKept() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract("district-collectives-listed.txt", city: "青澜")
        let agencies = WorkPlanFlattenedLayoutTests.agencies(g)
        #expect(agencies.isSuperset(of: ["区级相关部门", "各相关单位", "区政府有关部门"]))
        // `区生态环境分局等有关部门`: the 等 phrase is the list's tail, no unit.
        #expect(!agencies.contains { $0.contains("等") } && !agencies.contains("有关部门"))
        // `(有关部门)` alone after a sentence is no task's units.
        #expect(!WorkPlanFlattenedLayoutTests.titles(g).contains { $0.hasPrefix("各街道要加强统筹") })
        #expect(WorkPlanFlattenedLayoutTests.tasks(g).count == 5)
    }

    @Test func aLeaderSetApartBeforeTheUnitsIsNoUnit() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract("municipal-leaders-set-apart.txt", city: "青澜")
        #expect(WorkPlanFlattenedLayoutTests.tasks(g).count == 6)
        let agencies = WorkPlanFlattenedLayoutTests.agencies(g)
        #expect(!agencies.contains { $0.contains("王五") || $0.contains("赵六") || $0.contains("钱八") || $0.contains("孙七") || $0.contains("市长") })
        // A unit ending in a post's word stays a unit: 助理 is a post only with a name after it.
        #expect(UnitAssignment.isLeader("市长助理王五") && !UnitAssignment.isLeader("市法律援助中心"))
    }
}
