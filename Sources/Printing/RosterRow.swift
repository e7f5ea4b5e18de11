import Phrasebook
import PlannerCore

/// One data row of a roster, read by the header's columns: its cells, and a person's standing from the status,
/// 政治面貌 and 发展阶段 columns.
struct RosterRow {
    let fields: [String]
    let columns: [RosterColumn: Int]

    /// The cell of a column, trimmed, without the export's formula guard; nil when the column is absent or empty.
    func cell(_ column: RosterColumn) -> String? {
        guard let index = columns[column], index < fields.count else { return nil }
        return RosterImport.unneutralised(fields[index]).trimmedOrNil
    }

    /// What the row says of the person's 政治面貌 and 发展阶段, or why it cannot be read.
    struct Standing {
        var politics: Politics = .unrecorded
        var stage: Stage?
        var reasons: [(column: RosterColumn?, text: Phrase)] = []
    }

    /// The 政治面貌 column, the 发展阶段 column and the status column (身份: a 政治面貌, a stage, or the 企业代表 and 嘉宾
    /// of Convene's version-1 export) together. No column or an empty cell: not recorded. Two columns that name
    /// different 政治面貌 are refused, as neither can be trusted.
    func standing() -> Standing {
        var s = Standing()
        var fromPolitics: RosterPolitics?
        if let value = cell(.politics) {
            fromPolitics = RosterPolitics(rosterValue: value)
            if fromPolitics == nil {
                s.reasons.append((.politics, tr("unknown 政治面貌 '\(value)' (use \(RosterPolitics.hint))")))
            }
        }
        var fromStage: Stage?
        if let value = cell(.stage) {
            fromStage = RosterPolitics(stage: value)?.stage
            if fromStage == nil {
                s.reasons.append((.stage, tr("unknown 发展阶段 '\(value)' (use \(RosterPolitics.stageHint))")))
            }
        }
        var fromStatus: RosterPolitics?
        if let value = cell(.status) {
            fromStatus = RosterPolitics(rosterValue: value)
            if fromStatus == nil {
                s.reasons.append((.status, tr("unknown status '\(value)' (use \(RosterImport.statusHint))")))
            }
        }
        guard s.reasons.isEmpty else { return s }
        if let a = fromPolitics?.politics, let b = fromStatus?.politics, a != .unrecorded, b != .unrecorded, a != b {
            let politics = cell(.politics) ?? "", status = cell(.status) ?? ""
            s.reasons.append(
                (.status, tr("the 政治面貌 '\(politics)' and the status '\(status)' disagree; correct one of them")))
            return s
        }
        s.politics =
            [fromPolitics?.politics, fromStatus?.politics].compactMap { $0 }.first { $0 != .unrecorded }
            ?? .unrecorded
        s.stage = fromStage ?? fromPolitics?.stage ?? fromStatus?.stage
        return s
    }
}
