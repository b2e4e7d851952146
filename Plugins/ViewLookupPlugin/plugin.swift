import Foundation
import PackagePlugin

/// Generates `ViewLookup.swift` from the view models of `Views/` at every build where one of them
/// changed: the templates' field lookup cannot fall behind a view model.
@main
struct ViewLookupPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target as? SourceModuleTarget else { return [] }
        let views = module.sourceFiles(withSuffix: "swift").map(\.url).filter { $0.path.contains("/Views/") }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("ViewLookup.swift")
        return [.buildCommand(displayName: "Generating ViewLookup.swift from \(views.count) view files",
                              executable: try context.tool(named: "view-lookup-generator").url,
                              arguments: [output.path] + views.map(\.path),
                              inputFiles: views, outputFiles: [output])]
    }
}
