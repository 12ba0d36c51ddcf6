/// Whether a name read from a role is the whole name of an organization, not
/// a cut-off piece of one: `市自然资源专职副总督察` names a post of the
/// natural-resources bureau, and `市自然资源` alone names no organization.
enum OrganizationName {
    /// Last characters of organization names (局, 委, 办, 院, 所, 校, 大学,
    /// 公司, 集团, 中心, 协会 …): a facts list of how Chinese bodies are named.
    static let endings: Set<Character> = Set("局委办院所校学司团心会厅部处室馆站社行厂台队组区县市府科协联盟园库堂宫店场矿署庭军")

    /// Whether `name` ends as an organization's name does.
    static func isWhole(_ name: String) -> Bool {
        var name = Substring(name)
        // 市贸促会(武汉商会): the name before a bracketed second name.
        if name.hasSuffix(")"), let open = name.lastIndex(of: "(") { name = name[..<open] }
        guard let last = name.last else { return false }
        return endings.contains(last)
    }
}
