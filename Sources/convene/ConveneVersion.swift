/// The version `convene --version` prints and the man page carries: the one place it is written.
enum ConveneVersion {
    static let number = "0.13.0"
}
