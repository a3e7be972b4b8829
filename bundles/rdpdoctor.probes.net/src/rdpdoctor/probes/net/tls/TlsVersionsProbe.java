package rdpdoctor.probes.net.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import rdpdoctor.probes.net.x224.NegotiationMatrix;
import rdpdoctor.probes.net.x224.X224Probe;

/**
 * Which TLS versions (1.0 to 1.3) the server accepts after RDP negotiation, each offered alone on its own connection
 * and only the server's first answer read; runs after the {@code tls} probe and connects no more often than needed:
 * <ul>
 * <li>the version the {@code tls} probe's whole handshake negotiated is accepted without asking again
 * ({@code fromTlsProbe});</li>
 * <li>TLS 1.1 is offered first: a server that refuses it refuses 1.0 as well (it would choose 1.0 when it had it), so
 * 1.0 is offered alone only when 1.1 was accepted;</li>
 * <li>a ClientHello goes first over a connection of the negotiation matrix on which the server started TLS
 * ({@link X224Probe#SPARE_TLS_CONNECTION}); if that one was closed without a word, again over a new one.</li>
 * </ul>
 * <p>
 * Evidence: {@code TLSv1.0} .. {@code TLSv1.3} (ACCEPTED or what refused it), {@code accepted} (list),
 * {@code fromTlsProbe} (when used), {@code matrixConnections} (how many ClientHellos went over the matrix's).
 * </p>
 */
public class TlsVersionsProbe implements IProbe {

	private static final long PER_VERSION_CAP_MS = 2000;

	/**
	 * What a ClientHello offering one version got: a result for the evidence, the version the server chose, and
	 * whether the connection ended before any byte came back.
	 */
	private record Answer(String result, int chosen, boolean unanswered) {
		static final String ACCEPTED = "ACCEPTED";

		Answer(String result, int chosen) {
			this(result, chosen, false);
		}

		boolean accepted() {
			return result.equals(ACCEPTED);
		}
	}

	@Override
	public void run(ProbeContext context, ProbeReport report) throws Exception {
		ProbeOutcome x224 = context.outcome("x224").orElseThrow();
		int request = TlsProbe.tlsRequest(x224);
		if (request < 0) {
			report.status(ProbeStatus.SKIPPED, "the server does not select TLS");
			return;
		}
		Optional<String> negotiated = context.outcome("tls").flatMap(o -> o.text("version"))
				.filter(v -> v.equals(ClientHello.name(ClientHello.TLS12)) || v.equals(ClientHello.name(ClientHello.TLS13)));
		negotiated.ifPresent(v -> report.put("fromTlsProbe", v));
		Offers offers = new Offers(NegotiatedTarget.address(context), context.target().port(), request,
				NegotiatedTarget.deadline(context), context, new Spares(context));
		List<String> accepted = new ArrayList<>();
		Answer eleven = offers.offer(ClientHello.TLS11);
		Answer ten = eleven == null ? null : eleven.accepted() ? offers.offer(ClientHello.TLS10) : legacy(eleven);
		record(report, ClientHello.TLS10, ten, accepted);
		record(report, ClientHello.TLS11, eleven, accepted);
		for (int version : new int[] { ClientHello.TLS12, ClientHello.TLS13 }) {
			boolean proven = negotiated.filter(ClientHello.name(version)::equals).isPresent();
			record(report, version, proven ? new Answer(Answer.ACCEPTED, version) : offers.offer(version), accepted);
		}
		report.put("accepted", accepted).put("matrixConnections", offers.spares.used);
		report.status(ProbeStatus.OK, "accepted: " + (accepted.isEmpty() ? "none" : String.join(", ", accepted)));
	}

	/** What offering TLS 1.1 tells of TLS 1.0: chosen instead, or refused with it. */
	private static Answer legacy(Answer eleven) {
		if (eleven.chosen() == ClientHello.TLS10) {
			return new Answer(Answer.ACCEPTED, ClientHello.TLS10);
		}
		return new Answer(eleven.result() + " (offered up to TLS 1.1)", eleven.chosen());
	}

	private static void record(ProbeReport report, int version, Answer answer, List<String> accepted) {
		if (answer == null) {
			return; // the deadline passed or the run was cancelled first
		}
		report.put(ClientHello.name(version), answer.result());
		if (answer.accepted()) {
			accepted.add(ClientHello.name(version));
		}
	}

	/** The matrix's connections on which the server started TLS, taken one by one. */
	private static final class Spares {
		private final ProbeContext context;
		private int used;

		Spares(ProbeContext context) {
			this.context = context;
		}

		Optional<Negotiation> take() {
			for (String request : NegotiationMatrix.REQUESTS.keySet()) {
				Optional<Negotiation> spare = context.takeOver(X224Probe.SPARE_TLS_CONNECTION + request,
						Negotiation.class).filter(n -> !n.socket().isClosed());
				if (spare.isPresent()) {
					used++;
					return spare;
				}
			}
			return Optional.empty();
		}
	}

	/** One ClientHello per connection, a spare one of the matrix first, while the deadline lasts. */
	private record Offers(InetAddress address, int port, int request, Deadline deadline, ProbeContext context,
			Spares spares) {

		/** @return the answer, or {@code null} when no time is left */
		Answer offer(int version) throws IOException {
			if (deadline.passed() || context.isCancelled()) {
				return null;
			}
			Deadline one = deadline.atMost(PER_VERSION_CAP_MS);
			Optional<Negotiation> spare = spares.take();
			if (spare.isPresent()) {
				try (Negotiation negotiation = spare.get()) {
					Answer answer = hello(negotiation, version, one);
					if (!answer.unanswered()) {
						return answer;
					} // else it may have been closed while it waited: ask again over a new connection
				}
			}
			try (Negotiation negotiation = Negotiation.run(address, port, request, one)) {
				if (!negotiation.attempt().startedTls()) {
					return new Answer("NO_TLS (" + negotiation.attempt().describe() + ")", -1);
				}
				return hello(negotiation, version, one);
			}
		}

		private static Answer hello(Negotiation negotiation, int version, Deadline one) throws IOException {
			try {
				negotiation.socket().getOutputStream().write(ClientHello.encode(version));
				negotiation.socket().getOutputStream().flush();
			} catch (IOException e) { // the server had closed the connection: nothing was answered
				return new Answer("REFUSED (" + e.getClass().getSimpleName() + " sending the ClientHello)", -1, true);
			}
			ReadResult header = BoundedReader.read(negotiation.socket(), ServerHelloAnswer.RECORD_HEADER, one);
			if (!header.complete()) {
				return new Answer("REFUSED (" + header.end() + " without a TLS answer)", -1,
						header.length() == 0 && header.end() != ReadResult.End.TIMEOUT);
			}
			int length = ServerHelloAnswer.recordLength(header.bytes());
			if (length < 0) {
				return new Answer("REFUSED (not TLS)", -1);
			}
			ReadResult body = BoundedReader.read(negotiation.socket(), length, one);
			byte[] record = ReadResult.concat(header.bytes(), body.bytes());
			ServerHelloAnswer answer = ServerHelloAnswer.parse(record, record.length);
			if (answer.kind() == ServerHelloAnswer.Kind.SERVER_HELLO) {
				return answer.version() == version ? new Answer(Answer.ACCEPTED, version)
						: new Answer("REFUSED (server chose " + ClientHello.name(answer.version()) + ")",
								answer.version());
			}
			return new Answer("REFUSED (" + answer.detail() + ")", -1);
		}
	}
}
