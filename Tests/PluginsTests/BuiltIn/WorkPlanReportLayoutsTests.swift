import Foundation
import Graph
import Testing
@testable import Plugins

/// What the report-shaped layouts of `Fixtures/plan-layouts` must and must not read (their units
/// are scored by `WorkPlanRealLayoutTests`): markers a wrong decoding mangled, unnamed collectives
/// after named units, a table's header at the end of a flattened paragraph, a heading whose
/// paragraph opens with its units, a whole plan in one paragraph with labels after its tasks,
/// and a festival's events named on lines of their own above their fields.
@Suite struct WorkPlanReportLayoutsTests {
    static func extract(_ name: String, city: String) throws -> PropertyGraph {
        try WorkPlanFlattenedLayoutTests.extract(name, city: city)
    }

    @Test func aMangledMarkerIsNoTitleAndCollectivesStayWhole() throws {
        let g = try Self.extract("municipal-traditional-mangled-markers.txt", city: "澄江")
        let titles = WorkPlanFlattenedLayoutTests.titles(g)
        // Four tasks: the mangled line with no units is none.
        #expect(titles.count == 4)
        #expect(titles.contains { $0.contains("東港碼頭") && !$0.hasPrefix("?") })
        #expect(!titles.contains { $0.contains("值班值守") })
        let agencies = WorkPlanFlattenedLayoutTests.agencies(g)
        // `相關區、縣政府` is one collective, listed as a unit of its own: kept whole, never parted at its 、.
        #expect(agencies.isDisjoint(with: ["相關區", "縣政府"]))
        #expect(agencies.isSuperset(of: ["相關區、縣政府", "相關街道", "相關鎮街"]))
    }

    @Test func aHeadingTakesTheUnitsOpeningItsParagraph() throws {
        let g = try Self.extract("municipal-heading-then-units-paragraph.txt", city: "临川")
        let titles = WorkPlanFlattenedLayoutTests.titles(g)
        // A paragraph naming only a leader, or a unit with no lead, gives its heading no units.
        #expect(titles.count == 3)
        #expect(!titles.contains { $0.hasPrefix("城市轨道交通") || $0.hasPrefix("中心城区停车") })
        let agencies = WorkPlanFlattenedLayoutTests.agencies(g)
        #expect(!agencies.contains { $0.contains("市长") || $0.contains("市规划局") })
    }

    @Test func aSpacedTableHeaderMayCloseAParagraph() throws {
        let g = try Self.extract("county-spaced-table-header-in-paragraph.txt", city: "岚溪")
        let titles = WorkPlanFlattenedLayoutTests.titles(g)
        #expect(titles.count == 4)
        #expect(!titles.contains { $0.hasPrefix("各单位要") })
    }

    @Test func labelsAfterEachTaskOfOneParagraphCloseIt() throws {
        let g = try Self.extract("county-one-paragraph-labels-first-listed.txt", city: "海澄")
        let tasks = WorkPlanFlattenedLayoutTests.tasks(g)
        #expect(tasks.count == 4)
        // A heading naming a person who leads is the tasks' group, no unit; a contact's label names none.
        let agencies = WorkPlanFlattenedLayoutTests.agencies(g)
        #expect(!agencies.contains { $0.contains("县长") || $0 == "县政府办公室" })
        let care = try #require(tasks.first { $0.properties["title"]?.stringValue?.hasPrefix("推进县域医共体建设") == true })
        #expect(care.properties["group"] == .string("周明常务副县长牵头重点工作"))
    }

    @Test func anEventNamedOnItsOwnLineTakesTheUnitsAmongItsFields() throws {
        let g = try Self.extract("county-festival-events-fields.txt", city: "青澜")
        let titles = WorkPlanFlattenedLayoutTests.titles(g)
        // Four events: a heading over a contact's label, or over a host with no one staging the event, is none.
        #expect(titles.count == 4)
        #expect(!titles.contains { $0.hasPrefix("温馨提示") || $0.hasPrefix("参与方式") || $0.hasPrefix("活动介绍") })
        let agencies = WorkPlanFlattenedLayoutTests.agencies(g)
        #expect(agencies.isDisjoint(with: ["县文旅局", "县融媒体中心"]))
    }
}
