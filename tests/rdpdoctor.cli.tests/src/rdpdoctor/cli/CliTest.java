package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import rdpdoctor.tests.harness.FreePorts;
import rdpdoctor.tests.harness.OpenSslRdpServer;

/** The command line against the real extension registry (the installed probes and rules) and real sockets. */
class CliTest {

	private final CliRun cli = new CliRun();
	private final ByteArrayOutputStream out = cli.out;
	private final ByteArrayOutputStream err = cli.err;

	private int run(String... args) {
		return cli.run(args);
	}

	@Test
	void diagnoseAClosedPortAsJsonGivesPortClosedAndExitCode1() {
		int port = FreePorts.closedTcpPort();

		int code = run("diagnose", "127.0.0.1:" + port, "--format", "json", "--timeout-ms", "2000");

		assertEquals(ExitCodes.FINDINGS, code, err.toString());
		JsonObject host = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject()
				.getAsJsonArray("hosts").get(0).getAsJsonObject();
		assertEquals("127.0.0.1:" + port, host.get("target").getAsString());
		assertEquals("127.0.0.1", host.get("address").getAsString());
		assertEquals(port, host.get("port").getAsInt());
		assertEquals("UNREACHABLE", host.get("status").getAsString());
		JsonObject finding = host.getAsJsonArray("findings").get(0).getAsJsonObject();
		assertEquals("PORT_CLOSED", finding.get("cause").getAsString());
		assertEquals("ERROR", finding.get("severity").getAsString());
		assertTrue(finding.getAsJsonArray("evidence").toString().contains("tcp.outcome"));
		JsonObject tcp = host.getAsJsonArray("probes").get(1).getAsJsonObject();
		assertEquals("tcp", tcp.get("id").getAsString());
		assertEquals("REFUSED", tcp.getAsJsonObject("evidence").get("outcome").getAsString());
	}

	@Test
	void textOutputPutsTheCauseBeforeTheEvidence() {
		int port = FreePorts.closedTcpPort();

		run("diagnose", "127.0.0.1:" + port);

		String text = out.toString(StandardCharsets.UTF_8);
		assertTrue(text.startsWith("127.0.0.1:" + port + ": UNREACHABLE"), text);
		assertTrue(text.indexOf("PORT_CLOSED") < text.indexOf("Evidence:"), text);
		assertTrue(text.contains("tcp.outcome = REFUSED"), text);
	}

	@Test
	void aQuickSweepConnectsOnceAndStillFindsTheCertificateFaults() throws IOException {
		try (OpenSslRdpServer server = new OpenSslRdpServer("-no_tls1", "-no_tls1_1")) {
			int code = run("diagnose", "127.0.0.1:" + server.port(), "--depth", "quick", "--format", "json");

			JsonObject host = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject()
					.getAsJsonArray("hosts").get(0).getAsJsonObject();
			List<String> probes = new ArrayList<>();
			host.getAsJsonArray("probes").forEach(p -> probes.add(p.getAsJsonObject().get("id").getAsString()));
			assertEquals(List.of("dns", "tcp", "x224", "tls", "ntlm"), probes, err.toString()); // ntlm: no NLA here
			List<String> causes = new ArrayList<>();
			host.getAsJsonArray("findings").forEach(f -> causes.add(f.getAsJsonObject().get("cause").getAsString()));
			assertTrue(causes.contains("CERT_NAME_MISMATCH"), causes.toString()); // its certificate names openssl.test
			assertTrue(causes.stream().noneMatch(c -> c.startsWith("NLA_")), "NLA is not looked at: " + causes);
			assertEquals(1, server.connections(), "TCP connect, the mstsc-like request and the TLS handshake on it");
			assertEquals(ExitCodes.OK, code, "warnings only: " + causes);
		}
	}

	@Test
	void badUsageIsExitCode2WithAMessageNamingTheArgument() {
		assertEquals(ExitCodes.USAGE, run("diagnose"));
		assertEquals(ExitCodes.USAGE, run("diagnose", "host:99999"));
		assertTrue(err.toString().contains("host:99999"), err.toString());
		assertEquals(ExitCodes.USAGE, run("diagnose", "h", "--timeout-ms", "soon"));
		assertTrue(err.toString().contains("--timeout-ms 'soon'"), err.toString());
		assertEquals(ExitCodes.USAGE, run("diagnose", "h", "--dns-server", "dns.example"));
		assertTrue(err.toString().contains("dns.example"), err.toString());
		assertEquals(ExitCodes.USAGE, run("diagnose", "h", "--colour", "red"));
		assertEquals(ExitCodes.USAGE, run("diagnose", "h", "--depth", "deep"));
		assertTrue(err.toString().contains("--depth 'deep'"), err.toString());
		assertEquals(ExitCodes.USAGE, run("frobnicate"));
		assertTrue(err.toString().contains("unknown command 'frobnicate'"), err.toString());
	}
}
