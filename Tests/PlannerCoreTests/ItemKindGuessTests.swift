import PlannerCore
import Testing

@Suite("The kind a title names, for imported items")
struct ItemKindGuessTests {
    @Test(
        "the vocabulary's words, in either language, name the kind; the more specific first",
        arguments: [
            ("重温入党誓词", ItemKind.oath), ("参观冼星海故乡纪念馆", .visit), ("党建座谈会", .symposium), ("互动交流", .discussion),
            ("支部党员大会", .meeting), ("支部党员大会：讨论发展对象", .meeting), ("Oath review", .oath),
            ("Guided visit to the museum", .visit), ("Branch meeting", .meeting), ("理论学习交流", .discussion),
            ("党费收缴", .other), ("合影留念", .other), ("", .other),
        ])
    func guessed(title: String, kind: ItemKind) {
        #expect(ItemKind.guessed(fromTitle: title) == kind)
    }
}
