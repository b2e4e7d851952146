// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Vitrine",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "vitrine", targets: ["vitrine"]),
        // The preview server is its own product: a CI job that only builds never compiles it.
        .executable(name: "vitrine-serve", targets: ["vitrine-serve"]),
        .library(name: "VitrineKit", targets: ["VitrineKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // Debian's libcmark-dev, found through pkg-config.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Debian's libvips-dev, found through pkg-config: photos resized, turned upright, stripped.
        .systemLibrary(
            name: "CVips",
            pkgConfig: "vips",
            providers: [.apt(["libvips-dev"])]
        ),
        // Debian's libssl-dev (libcrypto), found through pkg-config: SHA-256 of photos for their cache.
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        // Small C helpers the Swift overlays do not expose (atomic folder exchange).
        .target(name: "CSupport"),
        // The build pipeline: configuration → content → program rules → Markdown → templates → outputs.
        .target(
            name: "VitrineKit",
            dependencies: [
                "CCmark",
                "CSupport",
                "CVips",
                "CCrypto",
                .product(name: "Yams", package: "Yams"),
            ],
            // Each folder's note on what lives there, for readers only.
            exclude: ["Brand", "Configuration", "Content", "Content/Decoders", "Domain", "Images", "Map", "Markdown",
                      "Output", "Pipeline", "Preview", "Support", "Templates", "Views"].map { "\($0)/README.md" },
            plugins: ["ViewLookupPlugin"]
        ),
        // Writes the templates' field lookup (ViewLookup.swift) from the view models, at build time.
        .executableTarget(name: "view-lookup-generator"),
        .plugin(
            name: "ViewLookupPlugin",
            capability: .buildTool(),
            dependencies: ["view-lookup-generator"]
        ),
        // The command line: parses flags, injects the world, calls VitrineKit.
        .executableTarget(
            name: "vitrine",
            dependencies: [
                "VitrineKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Local preview: builds, serves on loopback, rebuilds on change and reloads the browser.
        .executableTarget(
            name: "vitrine-serve",
            dependencies: [
                "VitrineKit",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Arbitrary input through the splitter, the decoders and the Markdown pipeline:
        // random inputs in a normal build, libFuzzer with `--sanitize=fuzzer -Xswiftc -DFUZZING`.
        .executableTarget(
            name: "vitrine-fuzz",
            dependencies: ["VitrineKit"]
        ),
        .testTarget(
            name: "VitrineKitTests",
            dependencies: ["VitrineKit"],
            // The Mustache specification's tests, read by MustacheSpecTests from the source tree.
            exclude: ["MustacheSpec"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
