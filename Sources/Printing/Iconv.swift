#if canImport(Glibc)
    import Glibc
#endif

/// One conversion through glibc's iconv, for GB18030 both ways (`RosterCSV` reads it, `CSVEncoding` writes it).
enum Iconv {
    /// What converting `input` with `cd` gave: the converted bytes, and how many input bytes were left when it
    /// stopped (0: all of them converted; else the first of them could not be).
    struct Outcome {
        var output: ArraySlice<UInt8>
        var unconverted: Int
    }

    /// Converts `input` with `cd` into a buffer of `capacity` bytes, and resets `cd` for its next use.
    static func convert(_ cd: iconv_t, _ input: [UInt8], capacity: Int) -> Outcome {
        var input = input
        var output = [UInt8](repeating: 0, count: capacity)
        var inLeft = input.count
        var outLeft = output.count
        let result: Int = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                inBuf.withMemoryRebound(to: CChar.self) { inChars in
                    outBuf.withMemoryRebound(to: CChar.self) { outChars in
                        var inPtr = inChars.baseAddress
                        var outPtr = outChars.baseAddress
                        return iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    }
                }
            }
        }
        iconv(cd, nil, nil, nil, nil)
        return Outcome(
            output: output[0..<(output.count - outLeft)], unconverted: result == -1 && inLeft == 0 ? 1 : inLeft)
    }
}
