package rdpdoctor.probes.host.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.tests.harness.Command;
import rdpdoctor.tests.harness.Root;

/**
 * Windows cannot run here: the C# the Windows probe hands to Add-Type (the WTS API, for sessions in every display
 * language) is compiled by an independent C# compiler, Mono's mcs, and its WTSINFOW structure laid out by Mono's
 * marshaller as wtsapi32.h declares it: 216 bytes, ConnectTime at 176, CurrentTime at 208 (WINSTATIONNAME_LENGTH 32,
 * DOMAIN_LENGTH 17, USERNAME_LENGTH 20 + 1 WCHARs, then five 8-byte aligned LARGE_INTEGERs). The calls themselves need
 * Windows' wtsapi32.dll.
 */
class WindowsScriptCSharpTest {

	@TempDir
	Path dir;

	@Test
	void theWtsHelperCompilesAndItsWtsinfoHasTheLayoutOfWtsapi32() throws IOException {
		Root.require("/usr/bin/mcs");
		String text = WindowsScript.TEXT;
		int from = text.indexOf("@'\n") + 3;
		String csharp = text.substring(from, text.indexOf("\n'@", from));
		String layout = "public static class Layout { public static void Main() {\n"
				+ "  var info = typeof(RdpDoctorWts).GetNestedType(\"Info\", System.Reflection.BindingFlags.NonPublic);\n"
				+ "  System.Console.WriteLine(System.Runtime.InteropServices.Marshal.SizeOf(info) + \" \"\n"
				+ "    + System.Runtime.InteropServices.Marshal.OffsetOf(info, \"ConnectTime\") + \" \"\n"
				+ "    + System.Runtime.InteropServices.Marshal.OffsetOf(info, \"CurrentTime\")); } }\n";
		Files.writeString(dir.resolve("Wts.cs"), csharp + "\n" + layout);

		Command compiled = Command.run(List.of("mcs", "-warnaserror", "-out:" + dir.resolve("wts.exe"),
				dir.resolve("Wts.cs").toString()), Duration.ofSeconds(120), Map.of());
		assertEquals(0, compiled.exitCode(), compiled.output());
		Command ran = Command.run(List.of("mono", dir.resolve("wts.exe").toString()), Duration.ofSeconds(60), Map.of());
		assertEquals(0, ran.exitCode(), ran.output());
		assertEquals("216 176 208", ran.output().strip());
		assertTrue(csharp.contains("WTSQuerySessionInformationW(IntPtr.Zero, s.Id, 24,"), "WTSSessionInfo is 24");
	}
}
