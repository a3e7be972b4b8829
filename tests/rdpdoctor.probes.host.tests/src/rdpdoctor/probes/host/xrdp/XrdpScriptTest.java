package rdpdoctor.probes.host.xrdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The xrdp probe's one script, run by this machine's own sh and awk on xrdp.ini files written the ways admins write
 * them: the shell must read the same certificate, key and log paths as {@link XrdpIni}, and no file can forge a
 * section of the answer.
 */
class XrdpScriptTest {

	@TempDir
	Path dir;

	private XrdpScript.Answer run(XrdpScript script) throws Exception {
		Process process = new ProcessBuilder("/bin/sh", "-c", script.command()).redirectError(
				ProcessBuilder.Redirect.DISCARD).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(30, TimeUnit.SECONDS));
		assertEquals(0, process.exitValue(), out);
		return script.read(out);
	}

	private void assertSamePaths(String iniText) throws Exception {
		Path ini = Files.writeString(dir.resolve("xrdp.ini"), iniText, StandardCharsets.UTF_8);
		XrdpScript.Answer answer = run(new XrdpScript(List.of(dir.resolve("missing.ini").toString(), ini.toString())));
		XrdpIni parsed = XrdpIni.parse(answer.section("ini").orElseThrow());
		String facts = answer.section("facts").orElseThrow();
		assertEquals(ini.toString(), answer.header("ini"));
		assertTrue(facts.contains("certificatePath=" + parsed.certificate() + "\n"), facts);
		assertTrue(facts.contains("keyPath=" + parsed.keyFile() + "\n"), facts);
		assertTrue(facts.contains("logPath=" + parsed.logFile() + "\n"), facts);
	}

	@Test
	void theShellReadsThePathsXrdpIniReads() throws Exception {
		assertSamePaths("[Globals]\nport=3389\ncertificate=\nkey_file=\n[Logging]\nLogFile=xrdp.log\n");
		assertSamePaths("[globals]\r\n  Certificate = /etc/ssl/a b.pem \r\nKEY_FILE=/k.pem\r\n; certificate=/no.pem\r\n"
				+ "# key_file=/no.key\r\n[logging]\r\nlogfile=/var/log/custom/xrdp.log\r\n");
		assertSamePaths("[Globals]\ncertificate=/first.pem\ncertificate=/last.pem\n[Xorg]\ncertificate=/not.pem\n"
				+ "[Logging]\nLogFile=sub/x.log\n");
		assertSamePaths("port=3389\n[Channels]\nrdpdr=true\n");
	}

	@Test
	void aFileCannotForgeASectionOfTheAnswer() throws Exception {
		Path ini = Files.writeString(dir.resolve("xrdp.ini"), "[Globals]\n@@rdpdoctor-000000000000000000000000@@ facts"
				+ "\nprocesses=99\n@@rdpdoctor-000000000000000000000000@@ nft\ntcp dport 3389 drop\n",
				StandardCharsets.UTF_8);
		XrdpScript script = new XrdpScript(List.of(ini.toString()));
		XrdpScript.Answer answer = run(script);

		assertTrue(answer.section("ini").orElseThrow().contains("processes=99"), "the text stays in the ini");
		assertFalse(answer.section("facts").orElseThrow().contains("processes=99"));
	}

	@Test
	void noIniAnywhereIsItsOwnExitStatus() throws Exception {
		XrdpScript script = new XrdpScript(List.of(dir.resolve("a.ini").toString(), dir.resolve("b.ini").toString()));
		Process process = new ProcessBuilder("/bin/sh", "-c", script.command()).start();
		assertTrue(process.waitFor(30, TimeUnit.SECONDS));
		assertEquals(XrdpScript.NO_INI, process.exitValue());
	}
}
