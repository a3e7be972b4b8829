package rdpdoctor.ssh.host;

/**
 * Windows' sessions from the WTS API rather than from qwinsta or quser, whose column headers and state words Windows
 * translates: a C# helper that PowerShell's Add-Type compiles on the host ({@code [RdpDoctorWts]::Sessions()}: for
 * each session an array of its id, its WTS_CONNECTSTATE_CLASS number, and its WTSINFO's DisconnectTime, LastInputTime
 * and CurrentTime as FILETIMEs; null when WTSEnumerateSessions fails). Used by the Windows probe and by the
 * remediation that logs off disconnected sessions.
 */
public final class WtsApi {

	/** WTS_CONNECTSTATE_CLASS of a disconnected session (wtsapi32.h: WTSDisconnected). */
	public static final int DISCONNECTED = 4;

	/**
	 * C# for Add-Type: each session's id, WTS_CONNECTSTATE_CLASS and its WTSINFO's DisconnectTime, LastInputTime and
	 * CurrentTime (FILETIMEs). WTSINFOW's layout as wtsapi32.h declares it (WINSTATIONNAME_LENGTH 32, DOMAIN_LENGTH 17,
	 * USERNAME_LENGTH 20): the times at offsets 176 to 208, 216 bytes in all.
	 */
	public static final String CSHARP = String.join("\n",
			"using System; using System.Collections.Generic; using System.Runtime.InteropServices;",
			"public static class RdpDoctorWts {",
			"  [DllImport(\"wtsapi32.dll\", SetLastError = true)]",
			"  static extern bool WTSEnumerateSessionsW(IntPtr server, int reserved, int version, out IntPtr sessions,"
					+ " out int count);",
			"  [DllImport(\"wtsapi32.dll\", SetLastError = true)]",
			"  static extern bool WTSQuerySessionInformationW(IntPtr server, int id, int infoClass, out IntPtr buffer,"
					+ " out int bytes);",
			"  [DllImport(\"wtsapi32.dll\")] static extern void WTSFreeMemory(IntPtr memory);",
			"  [StructLayout(LayoutKind.Sequential)] struct SessionInfo { public int Id; public IntPtr Station;"
					+ " public int State; }",
			"  [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)] struct Info {",
			"    public int State; public int Id; public int InBytes, OutBytes, InFrames, OutFrames, InCompressed,"
					+ " OutCompressed;",
			"    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 32)] public string Station;",
			"    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 17)] public string Domain;",
			"    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 21)] public string User;",
			"    public long ConnectTime, DisconnectTime, LastInputTime, LogonTime, CurrentTime; }",
			"  public static List<long[]> Sessions() {",
			"    var all = new List<long[]>(); IntPtr list; int count;",
			"    if (!WTSEnumerateSessionsW(IntPtr.Zero, 0, 1, out list, out count)) { return null; }",
			"    try {",
			"      int size = Marshal.SizeOf(typeof(SessionInfo));",
			"      for (int i = 0; i < count; i++) {",
			"        var s = (SessionInfo) Marshal.PtrToStructure(new IntPtr(list.ToInt64() + (long) i * size),"
					+ " typeof(SessionInfo));",
			"        IntPtr buffer; int bytes; long gone = 0, input = 0, now = 0;",
			"        if (WTSQuerySessionInformationW(IntPtr.Zero, s.Id, 24, out buffer, out bytes)) {", // WTSSessionInfo
			"          try { var info = (Info) Marshal.PtrToStructure(buffer, typeof(Info));",
			"            gone = info.DisconnectTime; input = info.LastInputTime; now = info.CurrentTime; }",
			"          finally { WTSFreeMemory(buffer); } }",
			"        all.Add(new long[] { s.Id, s.State, gone, input, now }); }",
			"    } finally { WTSFreeMemory(list); }",
			"    return all; } }");

	/**
	 * The PowerShell statement that defines {@code [RdpDoctorWts]} (Add-Type with -ErrorAction Stop: it throws when
	 * the type cannot be compiled). Its here-string ends at the start of a line: put the statement on lines of its own.
	 */
	public static final String ADD_TYPE = "Add-Type -ErrorAction Stop -TypeDefinition @'\n" + CSHARP + "\n'@";

	private WtsApi() {
	}
}
