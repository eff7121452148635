// swift-tools-version:6.0
import PackageDescription

/// Release builds reach generic type metadata through accessor functions that are handed the conformances they
/// need, instead of by mangled name: a mangled name makes the Swift runtime look each conformance up the first
/// time, and a look-up that misses its cache scans all ~6,000 conformance records of the binary (about 0.3M
/// instructions each): 17 scans in a one-file check, a third of checking a one-line file (10.2M -> 6.6M). Only the
/// way metadata is fetched changes, not what the program does. Unsafe flags keep a package from being a
/// dependency by version; mailproof ships executables, and a package that wants MailproofKit as a library can
/// depend on a branch or revision.
let releaseMetadataAccess: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release)),
]

let package = Package(
    name: "mailproof",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "mailproof", targets: ["mailproof"]),
        .executable(name: "mailproof-serve", targets: ["mailproof-serve"]),
        .library(name: "MailproofKit", targets: ["MailproofKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "MailproofKit",
            dependencies: [
                "CLibXML2",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                "SnippetTemplates",
            ],
            path: "Sources/MailproofKit",
            swiftSettings: releaseMetadataAccess
        ),
        // templates/ as a target of its own: SwiftPM then watches the folder, so adding, editing or removing a
        // template re-runs the plugin that turns the folder into Swift source.
        .target(
            name: "SnippetTemplates",
            path: "templates",
            plugins: ["EmbedSnippetTemplates"]
        ),
        // Build-time embedding of templates/ so a released binary needs no repository. The tool is a few lines of
        // Swift with no dependencies, so it costs almost nothing to build on the host.
        .executableTarget(
            name: "embed-templates",
            path: "Plugins/EmbedTemplatesTool"
        ),
        .plugin(
            name: "EmbedSnippetTemplates",
            capability: .buildTool(),
            dependencies: ["embed-templates"],
            path: "Plugins/EmbedSnippetTemplates"
        ),
        // The language server: the protocol over stdio, on the library's input path.
        .target(
            name: "MailproofLSP",
            dependencies: ["MailproofKit"],
            path: "Sources/MailproofLSP",
            swiftSettings: releaseMetadataAccess
        ),
        // The web workbench (`mailproof serve`, run by the mailproof-serve executable): its own module so the HTTP
        // stack is linked only where it is used and the library stays free of it.
        .target(
            name: "MailproofServer",
            dependencies: [
                "MailproofKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Sources/MailproofServer",
            // The page and the API's description, kept as ordinary files and compiled into the binary.
            resources: [
                .embedInCode("Web/index.html"),
                .embedInCode("Web/app.js"),
                .embedInCode("Web/app.css"),
                .embedInCode("openapi.yaml"),
            ],
            swiftSettings: releaseMetadataAccess
        ),
        // What every mailproof executable needs beyond the library: output, one-line failures (`mailproof: …`)
        // and the exit statuses, kept in one place so each executable keeps the same contract.
        .target(
            name: "MailproofCommandLine",
            dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/MailproofCommandLine",
            swiftSettings: releaseMetadataAccess
        ),
        .executableTarget(
            name: "mailproof",
            dependencies: [
                "MailproofCommandLine",
                "MailproofKit",
                "MailproofLSP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ],
            path: "Sources/mailproof",
            swiftSettings: releaseMetadataAccess,
            // Start-up is most of a one-file check, which a pre-commit hook runs per commit. On Linux the loader
            // would otherwise apply 120,000 relocations to a position-independent executable and index its 26,000
            // exported symbols; fixed addresses and no exports start a release build about 1.5 ms sooner (and
            // touch 300 fewer pages). The server executable keeps the defaults.
            linkerSettings: [
                .unsafeFlags(["-Xlinker", "--no-export-dynamic", "-Xclang-linker", "-no-pie"],
                             .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        // `mailproof serve` execs this executable: the HTTP stack (SwiftNIO, Hummingbird) stays out of `mailproof`,
        // whose start-up every pre-commit check pays, and out of its size.
        .executableTarget(
            name: "mailproof-serve",
            dependencies: [
                "MailproofCommandLine",
                "MailproofKit",
                "MailproofServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/mailproof-serve",
            swiftSettings: releaseMetadataAccess
        ),
        .testTarget(
            name: "MailproofKitTests",
            dependencies: ["MailproofKit"],
            path: "Tests/MailproofKitTests"
        ),
        .testTarget(
            name: "MailproofServerTests",
            dependencies: [
                "MailproofServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Tests/MailproofServerTests"
        ),
        .testTarget(
            name: "mailproofTests",
            // mailproof-serve too: the tests run `mailproof serve`, which execs the one built beside mailproof.
            dependencies: ["mailproof", "mailproof-serve"],
            path: "Tests/mailproofTests"
        ),
    ],
    swiftLanguageModes: [.v5]
)
