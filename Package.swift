// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Convene",
    products: [
        .executable(name: "convene", targets: ["convene"]),
        .executable(name: "convene-bench", targets: ["convene-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // The language catalogue: every user-visible phrase in Chinese and English.
        .target(name: "Phrasebook"),
        // Pure planning model: no ncurses, no file I/O.
        .target(name: "PlannerCore", dependencies: ["Phrasebook"]),
        // Display width in terminal cells, grapheme-safe truncation, control-character scrubbing.
        .target(name: "TextCells"),
        // The plan file: format, migration, atomic save, lock, default location, sample.
        .target(name: "PlanFile", dependencies: ["PlannerCore", "Phrasebook"]),
        // Printouts (text, json, csv, ...) of a plan.
        .target(name: "Printing", dependencies: ["PlannerCore", "Phrasebook", "TextCells"]),
        // Roster files of every shape: CSV and other delimited text through Printing, the first sheet of an .xlsx.
        .target(
            name: "RosterSheets",
            dependencies: ["Phrasebook", "Printing", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Cells, buffers, keys and widgets; knows nothing about planning.
        .target(name: "TerminalKit", dependencies: ["TextCells"]),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // The only ncurses user: a Terminal over ncursesw.
        .target(name: "NcursesTerminal", dependencies: ["TerminalKit", "CNcursesw"]),
        // App state, actions, update, views, key map, themes.
        .target(
            name: "PlannerUI",
            dependencies: [
                "PlannerCore", "Phrasebook", "TerminalKit", "TextCells",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]),
        .executableTarget(
            name: "convene",
            dependencies: [
                "PlannerCore", "Phrasebook", "PlanFile", "Printing", "RosterSheets", "PlannerUI", "TerminalKit",
                "TextCells", "NcursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]),
        // Deterministic synthetic books of any size, for the benchmark and tests.
        .target(name: "BookGenerator", dependencies: ["PlannerCore"]),
        // `swift run -c release convene-bench`: timings and peak memory against the budgets of issue 5.
        .executableTarget(
            name: "convene-bench",
            dependencies: [
                "BookGenerator", "Phrasebook", "PlannerCore", "PlanFile", "Printing", "PlannerUI", "TerminalKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Helpers shared by the test targets (temp folders, running the built binary, a width oracle).
        .target(name: "ConveneTestSupport", path: "Tests/ConveneTestSupport"),
        .testTarget(name: "PhrasebookTests", dependencies: ["Phrasebook"]),
        .testTarget(name: "PlannerCoreTests", dependencies: ["PlannerCore", "Phrasebook", "BookGenerator"]),
        .testTarget(name: "TextCellsTests", dependencies: ["TextCells", "ConveneTestSupport"]),
        .testTarget(
            name: "PlanFileTests",
            dependencies: ["Phrasebook", "PlanFile", "PlannerCore", "BookGenerator", "ConveneTestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "PrintingTests",
            dependencies: ["Phrasebook", "Printing", "PlanFile", "PlannerCore", "TextCells", "ConveneTestSupport"],
            resources: [.copy("Golden")]),
        .testTarget(
            name: "RosterSheetsTests",
            dependencies: ["Phrasebook", "Printing", "RosterSheets", "PlannerCore", "PlanFile", "ConveneTestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "TextCells"]),
        .testTarget(name: "NcursesTerminalTests", dependencies: ["NcursesTerminal", "TerminalKit", "CNcursesw"]),
        .testTarget(
            name: "PlannerUITests",
            dependencies: ["Phrasebook", "PlannerUI", "PlanFile", "PlannerCore", "TerminalKit", "BookGenerator"]),
        .testTarget(name: "BookGeneratorTests", dependencies: ["BookGenerator", "PlanFile", "PlannerCore"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "Phrasebook", "convene", "PlanFile", "PlannerCore", "PlannerUI", "TerminalKit", "TextCells",
                "BookGenerator", "ConveneTestSupport",
            ],
            exclude: ["Fixtures"]),
        // Crash, concurrency, disk-trouble, hostile-input and huge-value tests against the built binary (issue 6).
        .testTarget(
            name: "ReliabilityTests",
            dependencies: [
                "Phrasebook", "PlanFile", "PlannerCore", "Printing", "BookGenerator", "ConveneTestSupport", "convene",
            ]),
    ]
)
