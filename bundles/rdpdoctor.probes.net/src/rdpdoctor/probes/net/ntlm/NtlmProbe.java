package rdpdoctor.probes.net.ntlm;

import java.io.OutputStream;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.net.ssl.SSLSocket;

import rdpdoctor.core.IProbe;
import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.probes.net.io.BoundedReader;
import rdpdoctor.probes.net.io.Deadline;
import rdpdoctor.probes.net.io.ReadResult;
import rdpdoctor.probes.net.tls.TlsClient;
import rdpdoctor.probes.net.tls.TlsProbe;
import rdpdoctor.probes.net.x224.NegotiatedTarget;
import rdpdoctor.probes.net.x224.Negotiation;
import rdpdoctor.probes.net.x224.Protocols;

/**
 * When the server offers CredSSP (NLA): negotiates HYBRID, starts TLS, sends a TSRequest carrying an NTLM
 * NEGOTIATE and reads the CHALLENGE's target information: NetBIOS and DNS computer and domain names, OS version
 * and the server's clock. No credentials are sent and no logon is attempted; the connection is closed after the
 * CHALLENGE. When the TLS probe handed over its connection ({@link TlsProbe#CREDSSP_CONNECTION}: the server
 * selected CredSSP for the mstsc-like request), the TSRequest goes there instead of over a new connection
 * ({@code connection} = "handed over by tls").
 * <p>
 * Evidence: {@code nbComputerName}, {@code nbDomainName}, {@code dnsComputerName}, {@code dnsDomainName},
 * {@code dnsTreeName}, {@code targetName}, {@code osVersion}, {@code serverTime}, {@code clockSkewSeconds}
 * (server minus this machine), {@code credsspVersion}.
 * </p>
 */
public class NtlmProbe implements IProbe {

	/** The largest TSRequest read. */
	private static final int MAX_TSREQUEST = 16 * 1024;

	@Override
	public void run(ProbeContext context, ProbeReport report) throws Exception {
		ProbeOutcome x224 = context.outcome("x224").orElseThrow();
		int request = credsspRequest(x224);
		if (request < 0) {
			report.status(ProbeStatus.SKIPPED, "the server does not offer CredSSP (NLA)");
			return;
		}
		Deadline deadline = NegotiatedTarget.deadline(context);
		Optional<SSLSocket> handed = context.takeOver(TlsProbe.CREDSSP_CONNECTION, SSLSocket.class)
				.filter(ssl -> !ssl.isClosed());
		if (handed.isPresent()) {
			report.put("connection", "handed over by tls");
			try (SSLSocket ssl = handed.get()) {
				ssl.setSoTimeout((int) Math.max(1, deadline.remainingMillis()));
				challenge(ssl, deadline, report);
			}
			return;
		}
		InetAddress address = NegotiatedTarget.address(context);
		try (Negotiation negotiation = Negotiation.run(address, context.target().port(), request, deadline)) {
			if (!negotiation.attempt().selectedCredSsp()) {
				report.status(ProbeStatus.FAILED, "CredSSP was not selected this time: "
						+ negotiation.attempt().describe());
				return;
			}
			TlsClient tls = new TlsClient(negotiation.socket(), context.target().host(), context.target().port(),
					deadline);
			try (var ssl = tls.socket()) {
				tls.handshake();
				challenge(ssl, deadline, report);
			}
		}
	}

	/** Sends the NTLM NEGOTIATE in a TSRequest on a TLS connection where CredSSP is due, and reads the answer. */
	private static void challenge(SSLSocket ssl, Deadline deadline, ProbeReport report) throws java.io.IOException {
		OutputStream out = ssl.getOutputStream();
		out.write(TsRequest.encode(NtlmChallenge.negotiate()));
		out.flush();
		Optional<byte[]> answer = readTsRequest(ssl, deadline);
		if (answer.isEmpty()) {
			report.status(ProbeStatus.FAILED, "no TSRequest came back before the deadline");
			return;
		}
		conclude(answer.get(), report);
	}

	static int credsspRequest(ProbeOutcome x224) {
		if (x224.text("HYBRID.answer").orElse("").startsWith("RSP HYBRID")) {
			return Protocols.HYBRID;
		}
		String selected = x224.text("selected").orElse("");
		return selected.startsWith("HYBRID") ? Protocols.MSTSC : -1;
	}

	private static Optional<byte[]> readTsRequest(java.net.Socket ssl, Deadline deadline) throws java.io.IOException {
		ReadResult head = BoundedReader.read(ssl, 2, deadline);
		if (!head.complete() || head.bytes()[0] != 0x30) {
			return Optional.empty();
		}
		byte[] data = head.bytes();
		int total = Der.totalLength(data, data.length);
		if (total < 0) { // long form: read the length bytes first
			int count = data[1] & 0x7F;
			ReadResult more = BoundedReader.read(ssl, Math.min(count, 3), deadline);
			data = ReadResult.concat(data, more.bytes());
			total = Der.totalLength(data, data.length);
		}
		if (total < 0 || total > MAX_TSREQUEST) {
			return Optional.empty();
		}
		ReadResult rest = BoundedReader.read(ssl, total - data.length, deadline);
		return rest.complete() ? Optional.of(ReadResult.concat(data, rest.bytes())) : Optional.empty();
	}

	private static void conclude(byte[] tsRequest, ProbeReport report) {
		Optional<TsRequest.Answer> answer = TsRequest.parse(tsRequest, tsRequest.length);
		if (answer.isEmpty()) {
			report.put("raw", tsRequest).status(ProbeStatus.FAILED, "the server's answer is not a TSRequest");
			return;
		}
		report.put("credsspVersion", answer.get().version());
		answer.get().errorCode().ifPresent(code -> report.put("errorCode", String.format("0x%08X", code)));
		Optional<NtlmChallenge> challenge = answer.get().token().flatMap(NtlmChallenge::parse);
		if (challenge.isEmpty()) {
			report.status(ProbeStatus.FAILED, "the TSRequest carries no NTLM CHALLENGE");
			return;
		}
		NtlmChallenge c = challenge.get();
		report.put("targetName", c.targetName());
		put(report, "nbComputerName", c.info().get("NbComputerName"));
		put(report, "nbDomainName", c.info().get("NbDomainName"));
		put(report, "dnsComputerName", c.info().get("DnsComputerName"));
		put(report, "dnsDomainName", c.info().get("DnsDomainName"));
		put(report, "dnsTreeName", c.info().get("DnsTreeName"));
		put(report, "osVersion", c.version().isEmpty() ? null : c.version());
		c.timestamp().ifPresent(t -> report.put(WellKnownEvidence.NTLM_SERVER_TIME, t).put("clockSkewSeconds",
				Duration.between(Instant.now(), t).toSeconds()));
		report.status(ProbeStatus.OK, "NTLM names the server " + c.info().getOrDefault("DnsComputerName",
				c.info().getOrDefault("NbComputerName", "?")) + (c.version().isEmpty() ? "" : ", OS " + c.version()));
	}

	private static void put(ProbeReport report, String key, String value) {
		if (value != null && !value.isEmpty()) {
			report.put(key, value);
		}
	}
}
