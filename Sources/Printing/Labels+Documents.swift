import Phrasebook
import PlannerCore

/// The words of the documents after (and on) the day: attendance, the meeting record, the brief.
extension Labels {
    private func say(_ phrase: Phrase) -> String { phrase.text(language) }

    public var attendance: String { say(tr("Attendance")) }
    /// The four counts' label in a list of facts: 出席情况.
    public var turnout: String { say(tr("Turnout")) }
    public var expected: String { say(tr("Expected")) }
    public var present: String { say(tr("Present")) }
    public var excused: String { say(tr("Excused")) }
    public var absent: String { say(tr("Absent")) }
    public var notSignedInYet: String { say(tr("Not signed in yet")) }
    public var rate: String { say(tr("Rate")) }
    /// The heading of the names of those on leave.
    public var onLeave: String { say(tr("On leave (names)")) }
    /// The heading of the names of those absent.
    public var absentNames: String { say(tr("Absent (names)")) }
    /// The heading of the names of those not signed in yet.
    public var notSignedInNames: String { say(tr("Not signed in yet (names)")) }
    public var none: String { say(tr("(none)")) }
    public var notApproved: String { say(tr("not approved yet")) }
    public func approved(by name: String) -> String { say(tr("approved by \(name)")) }
    public func leaveReason(_ reason: LeaveReason) -> String { say(reason.phrase) }

    public var meetingRecord: String { say(tr("Meeting record")) }
    public var observers: String { say(tr("Observers")) }
    public var keyPoints: String { say(tr("Key points of the speeches")) }
    public var decisions: String { say(tr("Decisions")) }
    public var hostSignature: String { say(tr("Host's signature")) }
    public var recorderSignature: String { say(tr("Recorder's signature")) }
    public var activityBrief: String { say(tr("Activity brief")) }
    /// "Page 1 of 3", "第 1 页，共 3 页", with the page numbers given as text (CSS puts its counters there).
    public func page(_ number: String, of count: String) -> String { say(tr("Page \(number) of \(count)")) }
}
