import TerminalKit
import Testing

@Suite("Scripted terminal")
struct ScriptedTerminalTests {
    @Test func playsKeysAndRecordsFrames() {
        let t = ScriptedTerminal(size: Size(width: 10, height: 2), keys: [.char("徐"), .enter])
        #expect(t.readKey(timeoutMilliseconds: 0) == .char("徐"))
        var b = CellBuffer(size: t.size)
        b.put("徐晓敏", x: 0, y: 0)
        t.present(b)
        #expect(t.lastFrame?.row(0) == "徐晓敏")
        #expect(t.readKey(timeoutMilliseconds: 0) == .enter)
        t.resize(to: Size(width: 20, height: 5))
        #expect(t.size == Size(width: 20, height: 5))
        #expect(t.readKey(timeoutMilliseconds: 0) == .resize)
        #expect(t.readKey(timeoutMilliseconds: 0) == .terminate)
        #expect(t.frames.count == 1)
    }
}
