import Foundation
import PlannerCore

/// What a 身份 (status) or 政治面貌 cell says: a 政治面貌, a stage of the pipeline (then 政治面貌 not recorded), or the words
/// Convene's own version-1 export wrote for people of no party (企业代表, 嘉宾: not recorded).
public struct RosterPolitics: Hashable, Sendable {
    public var politics: Politics
    public var stage: Stage?

    public init(politics: Politics, stage: Stage? = nil) {
        self.politics = politics
        self.stage = stage
    }

    public init?(rosterValue: String) {
        let text = rosterValue.trimmingCharacters(in: .whitespacesAndNewlines)
        // "群众（入党积极分子）", "masses (activist)": 政治面貌 with the stage.
        if let open = text.firstIndex(where: { $0 == "(" || $0 == "（" }), text.last == ")" || text.last == "）",
            let politics = Politics(named: String(text[..<open])),
            let stage = Stage(named: String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
        {
            self.politics = politics
            self.stage = stage
            return
        }
        if let politics = Politics(named: text) {
            self.politics = politics
        } else if let stage = Stage(named: text) {
            politics = .unrecorded
            self.stage = stage
        } else if ["representative", "guest", "企业代表", "代表", "嘉宾", "来宾"].contains(text.lowercased()) {
            politics = .unrecorded
        } else {
            return nil
        }
    }
}

extension RosterPolitics {
    /// Reads a 发展阶段 cell; nil for text it does not know.
    public init?(stage text: String) {
        guard let stage = Stage(named: text) else { return nil }
        self.init(politics: .unrecorded, stage: stage)
    }

    /// For messages: the values a 政治面貌 cell can take.
    public static let hint = "中共党员/党员, 中共预备党员/预备党员, 共青团员/团员, 民革党员 … 台盟盟员, 无党派人士, 群众 (GB/T 4762: 01–13)"
    /// For messages: the values a 发展阶段 cell can take.
    public static let stageHint = "入党申请人/applicant, 入党积极分子/activist, 发展对象/candidate"
}
