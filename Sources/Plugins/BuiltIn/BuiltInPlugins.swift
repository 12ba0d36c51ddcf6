/// The plugins compiled into the explorer, in load order.
public enum BuiltInPlugins {
    public static var all: [any DomainPlugin] {
        [WorkPlansPlugin(), ProceedingsPlugin(), PeoplePlugin()] + BuiltInQueryPlugins.all + [ExplorerProceduresPlugin()]
    }

    /// A registry with every built-in plugin loaded.
    public static func registry() throws -> PluginRegistry {
        try PluginRegistry(plugins: all)
    }
}
