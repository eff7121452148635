#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum MailproofVersion {
    public static let current = "0.1.0"
}

public enum SystemInfo {
    /// Cores this process may run on.
    public static var activeProcessorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
