import Foundation
import Phrasebook

/// Brings a plan file written by an older Convene up to the current format, step by step.
enum PlanMigration {
    /// One step per old version: the step for version N turns an N file into an N+1 file.
    /// Version 1 is the first published format, so there is no step yet; add one here when the format changes.
    static let steps: [Int: @Sendable (Data) throws -> Data] = [:]

    static func migrate(_ data: Data, from version: Int, path: String) throws -> Data {
        var data = data
        var at = version
        while at < PlanFormat.currentVersion {
            guard let step = steps[at] else {
                throw PlanFileError.invalid(
                    path: path, location: .verbatim("formatVersion"), detail: tr("no migration from version \(at)"))
            }
            data = try step(data)
            at += 1
        }
        return data
    }
}
