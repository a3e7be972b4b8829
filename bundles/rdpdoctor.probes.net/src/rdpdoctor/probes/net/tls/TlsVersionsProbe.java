package rdpdoctor.probes.net.tls;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import rdpdoctor.core.IProbe;
import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.probes.net.io.BoundedReader;
import rdpdoctor.probes.net.io.Deadline;
import rdpdoctor.probes.net.io.ReadResult;
import rdpdoctor.probes.net.x224.NegotiatedTarget;
import rdpdoctor.probes.net.x224.Negotiation;

/**
 * Which TLS versions (1.0 to 1.3) the server accepts after RDP negotiation: one fresh connection per version,
 * each offering only that version, reading only the server's first answer.
 * <p>
 * Evidence: {@code TLSv1.0} .. {@code TLSv1.3} (ACCEPTED or what refused it), {@code accepted} (list).
 * </p>
 */
public class TlsVersionsProbe implements IProbe {

	private static final int[] VERSIONS = { ClientHello.TLS10, ClientHello.TLS11, ClientHello.TLS12,
			ClientHello.TLS13 };
	private static final long PER_VERSION_CAP_MS = 2000;

	@Override
	public void run(ProbeContext context, ProbeReport report) throws Exception {
		ProbeOutcome x224 = context.outcome("x224").orElseThrow();
		int request = TlsProbe.tlsRequest(x224);
		if (request < 0) {
			report.status(ProbeStatus.SKIPPED, "the server does not select TLS");
			return;
		}
		InetAddress address = NegotiatedTarget.address(context);
		Deadline deadline = NegotiatedTarget.deadline(context);
		List<String> accepted = new ArrayList<>();
		for (int version : VERSIONS) {
			String result = offer(address, context.target().port(), request, version,
					deadline.atMost(PER_VERSION_CAP_MS));
			report.put(ClientHello.name(version), result);
			if (result.equals("ACCEPTED")) {
				accepted.add(ClientHello.name(version));
			}
			if (deadline.passed() || context.isCancelled()) {
				break;
			}
		}
		report.put("accepted", accepted);
		report.status(ProbeStatus.OK, "accepted: " + (accepted.isEmpty() ? "none" : String.join(", ", accepted)));
	}

	private static String offer(InetAddress address, int port, int request, int version, Deadline deadline)
			throws java.io.IOException {
		try (Negotiation negotiation = Negotiation.run(address, port, request, deadline)) {
			if (!negotiation.attempt().startedTls()) {
				return "NO_TLS (" + negotiation.attempt().describe() + ")";
			}
			negotiation.socket().getOutputStream().write(ClientHello.encode(version));
			negotiation.socket().getOutputStream().flush();
			ReadResult header = BoundedReader.read(negotiation.socket(), ServerHelloAnswer.RECORD_HEADER, deadline);
			if (!header.complete()) {
				return "REFUSED (" + header.end() + " without a TLS answer)";
			}
			int length = ServerHelloAnswer.recordLength(header.bytes());
			if (length < 0) {
				return "REFUSED (not TLS)";
			}
			ReadResult body = BoundedReader.read(negotiation.socket(), length, deadline);
			byte[] record = ReadResult.concat(header.bytes(), body.bytes());
			ServerHelloAnswer answer = ServerHelloAnswer.parse(record, record.length);
			if (answer.kind() == ServerHelloAnswer.Kind.SERVER_HELLO) {
				return answer.version() == version ? "ACCEPTED"
						: "REFUSED (server chose " + ClientHello.name(answer.version()) + ")";
			}
			return "REFUSED (" + answer.detail() + ")";
		}
	}
}
