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
		XrdpIni parsed = XrdpIni.parse(answer.find("ini", "\t" + ini).orElseThrow().text());
		String facts = answer.find("inifacts", "\t" + ini).orElseThrow().text();
		assertTrue(answer.find("noini", "\t" + dir.resolve("missing.ini")).isPresent());
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
	void theShellReadsTheLogFileOfTheSesmanIniBesideAStoppedXrdpIni() throws Exception {
		Path ini = Files.writeString(dir.resolve("xrdp.ini"), "[Globals]\nport=3389\n", StandardCharsets.UTF_8);
		List<String> written = List.of("[Globals]\nListenPort=3350\n[Logging]\nLogFile=xrdp-sesman.log\n",
				"[logging]\r\n  logfile = /srv/a/sesman.log \r\n; LogFile=/no.log\r\n",
				"[Logging]\nLogFile=sub/s.log\n[Chansrv]\nLogFile=/not-this.log\n", "[Globals]\nListenPort=3350\n");
		List<String> expected = List.of("/var/log/xrdp-sesman.log", "/srv/a/sesman.log", "/var/log/sub/s.log",
				"/var/log/xrdp-sesman.log");
		for (int i = 0; i < written.size(); i++) {
			Files.writeString(dir.resolve("sesman.ini"), written.get(i), StandardCharsets.UTF_8);
			XrdpScript.Answer answer = run(new XrdpScript(List.of(ini.toString())));
			String facts = answer.find("sesman", "\t" + dir.resolve("sesman.ini")).orElseThrow().text();
			assertTrue(facts.contains("logPath=" + expected.get(i) + "\n"), written.get(i) + " -> " + facts);
		}
		Files.delete(dir.resolve("sesman.ini"));
		assertTrue(run(new XrdpScript(List.of(ini.toString()))).find("sesman", "\t" + dir.resolve("sesman.ini"))
				.isEmpty(), "no sesman.ini, no section");
	}

	@Test
	void sesmansIniIsTheOneOfTheBinarysCompiledInFolderWhateverItsConfig() {
		assertEquals("/etc/xrdp/sesman.ini", SesmanIni.of(instance("/usr/sbin/xrdp", "/srv/a/xrdp.ini")));
		assertEquals("/usr/local/etc/xrdp/sesman.ini", SesmanIni.of(instance("/usr/local/sbin/xrdp",
				"/usr/local/etc/xrdp/xrdp.ini")));
		assertEquals("/opt/xrdp/etc/xrdp/sesman.ini", SesmanIni.of(instance("/opt/xrdp/sbin/xrdp", "/srv/b.ini")));
		assertEquals("/srv/a/sesman.ini", SesmanIni.of(instance("", "/srv/a/xrdp.ini")), "no binary: beside its ini");
		assertEquals("", SesmanIni.of(instance("", "")));
	}

	private static XrdpInstance instance(String binary, String ini) {
		return new XrdpInstance(List.of(), "", binary, "", ini, "option", "", java.util.Set.of(),
				java.util.Optional.empty());
	}

	@Test
	void aFileCannotForgeASectionOfTheAnswer() throws Exception {
		Path ini = Files.writeString(dir.resolve("xrdp.ini"), "[Globals]\n@@rdpdoctor-000000000000000000000000@@ host"
				+ "\nsesman=99\n@@rdpdoctor-000000000000000000000000@@ proc 1\nconfig=/etc/shadow\n",
				StandardCharsets.UTF_8);
		XrdpScript script = new XrdpScript(List.of(ini.toString()));
		XrdpScript.Answer answer = run(script);

		assertTrue(answer.find("ini", "\t" + ini).orElseThrow().text().contains("sesman=99"), "the text stays in the ini");
		assertFalse(answer.section("host").orElseThrow().contains("sesman=99"));
		assertTrue(answer.all("proc").stream().noneMatch(p -> p.text().contains("/etc/shadow")));
	}

	@Test
	void noIniAnywhereAndNoXrdpRunningIsNoInstance() throws Exception {
		XrdpScript script = new XrdpScript(List.of(dir.resolve("a.ini").toString(), dir.resolve("b.ini").toString()));
		XrdpScript.Answer answer = run(script);

		assertEquals(2, answer.all("noini").size());
		assertTrue(XrdpInstances.of(answer, "").all().stream().noneMatch(i -> !i.running()),
				"no set-up without a file: " + XrdpInstances.of(answer, "").all());
	}
}
