import PlannerCore
import Testing

@Suite("Searching text")
struct TextSearchTests {
    @Test("containsText finds Latin, CJK and mixed parts, and nothing that is not there")
    func finds() {
        #expect("xu xiaomin".containsText("xiao"))
        #expect("徐晓敏".containsText("晓敏"))
        #expect("电子信息行业协会 association".containsText("协会 a"))
        #expect("abc".containsText(""))
        #expect(!"徐晓敏".containsText("晓徐"))
        #expect(!"ab".containsText("abc"))
    }

    @Test("odd input that made Foundation's contains trap is just not found")
    func oddInput() {
        let odd = "\u{0130}\u{0307}\u{FB03}\u{1E9E}\u{0345}"
        #expect(!odd.lowercased().containsText("\u{FFFD}zz"))
        #expect(odd.containsText("\u{FB03}"))
    }
}
