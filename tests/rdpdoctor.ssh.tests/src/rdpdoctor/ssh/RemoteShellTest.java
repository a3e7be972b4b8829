package rdpdoctor.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import rdpdoctor.tests.harness.Command;

/**
 * Scripts wrapped for the two remote shells. POSIX: run through a real sh here. PowerShell cannot run here, so the
 * encoded command is decoded with independent tools (base64, iconv) and compared with the format powershell.exe
 * documents for -EncodedCommand (base64 of the UTF-16LE bytes).
 */
class RemoteShellTest {

	private static final String NASTY = "echo \"it's\" $HOME `id` ünïcode; printf '%s\\n' 'a b'";

	@Test
	void aPosixScriptRunsAsWrittenWhateverQuotesItHolds() throws Exception {
		Command ran = Command.run(List.of("sh", "-c", RemoteShell.POSIX.command(NASTY)), Duration.ofSeconds(10),
				Map.of("HOME", "/home/test"));
		Command direct = Command.run(List.of("sh", "-c", NASTY), Duration.ofSeconds(10), Map.of("HOME", "/home/test"));
		assertEquals(0, ran.exitCode(), ran.output());
		assertEquals(direct.output(), ran.output());
	}

	@Test
	void aPowerShellScriptIsBase64OfItsUtf16LeBytesAsWindowsPowerShellDocumentsIt() throws Exception {
		String script = "Get-Service TermService | ConvertTo-Json; exit $LASTEXITCODE # ünïcode";
		String command = RemoteShell.POWERSHELL.command(script);
		String prefix = "powershell -NoProfile -NonInteractive -EncodedCommand ";
		assertTrue(command.startsWith(prefix), command);
		String encoded = command.substring(prefix.length());

		Command decoded = Command.run(List.of("sh", "-c", "printf %s \"$B64\" | base64 -d | iconv -f UTF-16LE -t UTF-8"),
				Duration.ofSeconds(10), Map.of("B64", encoded, "LANG", "C.UTF-8"));
		assertEquals(0, decoded.exitCode(), decoded.output());
		assertEquals(script, decoded.output());
		assertTrue(encoded.matches("[A-Za-z0-9+/=]+"), "nothing cmd.exe or PowerShell would interpret");
	}
}
