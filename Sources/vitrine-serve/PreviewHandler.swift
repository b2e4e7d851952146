import FlyingFox
import Foundation
import VitrineKit

/// Serves the preview's files; HTML gets the reload script (only here, never in `build` output),
/// and while the build is broken every page shows the errors instead.
struct PreviewHandler: HTTPHandler {
    let preview: Preview
    static let versionPath = "/__vitrine/version"

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let version = await preview.version
        if request.path == Self.versionPath {
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain", HTTPHeader("Cache-Control"): "no-store"],
                                body: Data(String(version).utf8))
        }
        var path = request.path.removingPercentEncoding ?? request.path
        let base = await preview.basePath
        if base != "/", path.hasPrefix(base) { path = "/" + path.dropFirst(base.count) }
        var sitePath = String(path.dropFirst())
        if sitePath.isEmpty || sitePath.hasSuffix("/") { sitePath += "index.html" }
        guard !sitePath.split(separator: "/").contains("..") else { return HTTPResponse(statusCode: .forbidden) }
        var (data, source) = await preview.file(sitePath)
        if data == nil, source == nil {
            // `/communes/sceaux` without its slash.
            let folderIndex = sitePath + "/index.html"
            (data, source) = await preview.file(folderIndex)
            if data != nil { sitePath = folderIndex }
        }
        let isHTML = sitePath.hasSuffix(".html")
        if await preview.hasErrors, isHTML || (data == nil && source == nil) {
            return html(ErrorPage.render(await preview.diagnostics, language: await preview.language), version: version, status: .ok)
        }
        if let source, let bytes = FileManager.default.contents(atPath: source.path) {
            // The type from the address, not from the source: a photo variant comes from the image
            // cache, whose files have no extension.
            return HTTPResponse(statusCode: .ok, headers: [.contentType: Self.contentType((sitePath as NSString).pathExtension)], body: bytes)
        }
        guard let data else {
            let notFound = await preview.file("404.html").data ?? Data()
            return html(String(decoding: notFound, as: UTF8.self), version: version, status: .notFound)
        }
        if isHTML { return html(String(decoding: data, as: UTF8.self), version: version, status: .ok) }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: Self.contentType((sitePath as NSString).pathExtension)], body: data)
    }

    private func html(_ page: String, version: Int, status: HTTPStatusCode) -> HTTPResponse {
        let script = ReloadScript.tag(version: version, path: Self.versionPath)
        let body = page.contains("</body>") ? page.replacingOccurrences(of: "</body>", with: script + "</body>") : page + script
        return HTTPResponse(statusCode: status, headers: [.contentType: "text/html; charset=utf-8", HTTPHeader("Cache-Control"): "no-store"],
                            body: Data(body.utf8))
    }

    static func contentType(_ ext: String) -> String {
        switch ext.lowercased() {
        case "css": return "text/css; charset=utf-8"
        case "xml": return "application/xml; charset=utf-8"
        case "json", "geojson": return "application/json; charset=utf-8"
        case "ics": return "text/calendar; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "webmanifest": return "application/manifest+json"
        // Pagefind's script is imported as a module and its index compiled as WebAssembly: both
        // need their exact type.
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "wasm": return "application/wasm"
        case "woff2": return "font/woff2"
        case "pdf": return "application/pdf"
        default: return "application/octet-stream"
        }
    }
}

/// The script the preview adds to each page: asks for the build version every second, reloads when it moves.
enum ReloadScript {
    static let marker = "vitrine-reload"

    static func tag(version: Int, path: String) -> String {
        """
        <script id="\(marker)">(function(){var v=\(version);setInterval(function(){fetch("\(path)",{cache:"no-store"}).then(function(r){return r.text()}).then(function(t){if(+t!==v){location.reload()}}).catch(function(){})},1000)})();</script>
        """
    }
}

/// The page shown while the build is broken: the same file:line messages as the terminal.
enum ErrorPage {
    static func render(_ diagnostics: [Diagnostic], language: String) -> String {
        let items = diagnostics.map { d in
            "<li class=\"\(d.severity == .error ? "erreur" : "avertissement")\"><code>\(HTMLText.escape(d.description(in: language)))</code></li>"
        }.joined(separator: "\n")
        let english = language == "en"
        return """
        <!DOCTYPE html>
        <html lang="\(english ? "en" : "fr")"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(english ? "Build errors — Vitrine preview" : "Erreurs de construction — aperçu Vitrine")</title>
        <style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;line-height:1.5}li{margin:.5rem 0}.erreur{color:#8a1c1c}.avertissement{color:#6b4500}code{white-space:pre-wrap}</style>
        </head><body><main>
        <h1>\(english ? "The site cannot be built" : "Le site ne peut pas être construit")</h1>
        <p>\(english ? "Fix the points below and save: the page will update by itself." : "Corrigez les points ci-dessous et enregistrez : la page se mettra à jour toute seule.")</p>
        <ul>
        \(items)
        </ul>
        </main></body></html>
        """
    }
}
