import Foundation
import Phrasebook
import Synchronization

/// Brings a plan file written by an older Convene up to the current format, step by step.
enum PlanMigration {
    /// One step per old version: the step for version N turns an N file into an N+1 file.
    static let steps: [Int: @Sendable (Data, String) throws -> Data] = [1: version1To2]

    static func migrate(_ data: Data, from version: Int, path: String) throws -> Data {
        var data = data
        var at = version
        while at < PlanFormat.currentVersion {
            guard let step = steps[at] else {
                throw PlanFileError.invalid(
                    path: path, location: .verbatim("formatVersion"), detail: tr("no migration from version \(at)"))
            }
            data = try step(data, path)
            at += 1
        }
        if version < PlanFormat.currentVersion { olderFiles.withLock { _ = $0.insert(path) } }
        return data
    }

    /// The paths read in this process from a file of an older version: their first save keeps the old file
    /// beside the new one (`PlanStore.keepOlderVersion`).
    static let olderFiles = Mutex<Set<String>>([])

    /// Version 1 → 2. A person's one `status` becomes three things: `member` → 政治面貌 中共党员, `probationary` →
    /// 中共预备党员, `representative` and `guest` → not recorded, with the capacity 企业代表 or 嘉宾 in each of their
    /// events. A reply `attended` becomes `confirmed` and signed in (with no time: version 1 kept none).
    @Sendable static func version1To2(_ data: Data, path: String) throws -> Data {
        // A file that is not a JSON object goes through unchanged: the decoder then says what is wrong with it.
        guard var document = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return data }
        var capacityOf: [String: String] = [:]
        if var people = document["people"] as? [Any] {
            for i in people.indices {
                guard var person = people[i] as? [String: Any] else { continue }
                let status = person.removeValue(forKey: "status")
                switch status as? String {
                case "member": person["politics"] = "member"
                case "probationary": person["politics"] = "probationary"
                case "representative", "guest":
                    if let id = person["id"] as? String, let status = status as? String { capacityOf[id] = status }
                case nil where status == nil || status is NSNull: break
                default:
                    throw PlanFileError.unknownValue(
                        path: path, location: .verbatim("people[\(i)].status"), value: status.map { "\($0)" } ?? "",
                        accepted: ["member", "probationary", "representative", "guest"])
                }
                people[i] = person
            }
            document["people"] = people
        }
        if var events = document["events"] as? [Any] {
            for e in events.indices {
                guard var event = events[e] as? [String: Any], var participants = event["participants"] as? [Any]
                else { continue }
                for j in participants.indices {
                    guard var participant = participants[j] as? [String: Any] else { continue }
                    if participant["rsvp"] as? String == "attended" {
                        participant["rsvp"] = "confirmed"
                        participant["attendance"] = "signed-in"
                    }
                    if let id = participant["person"] as? String, let capacity = capacityOf[id] {
                        participant["capacity"] = capacity
                    }
                    participants[j] = participant
                }
                event["participants"] = participants
                events[e] = event
            }
            document["events"] = events
        }
        document["formatVersion"] = 2
        return try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])
    }
}
