import TerminalKit
import Testing

@Suite("Text field")
struct TextFieldTests {
    @Test func cursorMovesByGrapheme() {
        var f = TextField(text: "徐晓敏")
        #expect(f.cursor == 3)
        f.moveLeft()
        f.deleteBackward()
        #expect(f.text == "徐敏")
        #expect(f.cursor == 1)
        f.insert("晓")
        #expect(f.text == "徐晓敏")
        #expect(f.cursor == 2)
        f.moveHome()
        f.deleteForward()
        #expect(f.text == "晓敏")
        f.moveLeft()
        #expect(f.cursor == 0)
    }

    @Test func combiningMarksStayWithTheirBase() {
        var f = TextField(text: "Zoe")
        f.insert("\u{308}")
        #expect(f.text == "Zoe\u{308}")
        #expect(f.count == 3)
        #expect(f.cursor == 3)
        f.deleteBackward()
        #expect(f.text == "Zo")
    }

    @Test func pasteTurnsNewlinesIntoSpacesAndDropsControls() {
        var f = TextField()
        f.insert("徐晓敏\nXu\r\nXiaomin\u{1B}[0m\u{202E}")
        #expect(f.text == "徐晓敏 Xu Xiaomin[0m")
    }

    @Test func wordAndLineDeletion() {
        var f = TextField(text: "meet 徐晓敏  ")
        f.deleteWordBackward()
        #expect(f.text == "meet ")
        f.insert("Xu Xiaomin")
        f.moveLeft()
        f.moveLeft()
        f.deleteToEnd()
        #expect(f.text == "meet Xu Xiaom")
        f.moveLeft()
        f.deleteToStart()
        #expect(f.text == "m")
        #expect(f.cursor == 0)
    }

    @Test func horizontalScrollKeepsTheCursorVisible() {
        var f = TextField(text: "徐晓敏")
        var (visible, column) = f.layout(width: 4)
        #expect(visible == "敏")
        #expect(column == 2)
        f.moveHome()
        (visible, column) = f.layout(width: 4)
        #expect(visible == "徐晓")
        #expect(column == 0)
        f.moveRight()
        f.moveRight()
        (visible, column) = f.layout(width: 4)
        #expect(visible == "晓敏")
        #expect(column == 2)
        for width in 1...8 {
            var g = TextField(text: "徐a晓bc敏")
            for _ in 0...g.count {
                let (v, col) = g.layout(width: width)
                #expect(v.cellWidth <= width)
                #expect(col < width)
                g.moveLeft()
            }
        }
    }

    @Test func scrollReturnsWhenTextShrinks() {
        var f = TextField(text: "abcdefgh")
        _ = f.layout(width: 4)
        #expect(f.scroll == 5)
        f.deleteToStart()
        f.insert("ab")
        let (visible, column) = f.layout(width: 4)
        #expect(visible == "ab")
        #expect(column == 2)
    }

    @Test func keysEditTheField() {
        var f = TextField()
        for key: Key in [.char("徐"), .char("晓"), .char("x"), .backspace, .char("敏"), .ctrl("a"), .delete, .end] {
            let consumed = f.handle(key)
            #expect(consumed, "\(key)")
        }
        #expect(f.text == "晓敏")
        #expect(f.cursor == 2)
        for key: Key in [.enter, .ctrl("s"), .char("\u{1B}")] {
            let consumed = f.handle(key)
            #expect(!consumed, "\(key)")
        }
    }
}
