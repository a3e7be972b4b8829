package rdpdoctor.probes.net.x224;

import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import rdpdoctor.core.IProbe;
import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.core.settings.DiagnosisDepth;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.probes.net.io.Deadline;
import rdpdoctor.probes.net.tcp.OpenConnection;
import rdpdoctor.probes.net.tcp.TcpConnectProbe;

/**
 * The negotiation matrix: an mstsc-like request, then each of RDP, SSL, HYBRID, HYBRID_EX and RDSTLS on new
 * connections; records every answer (also its raw bytes) and concludes NLA, the security layer and downgrades.
 * <p>
 * Evidence: {@code <request>.answer}, {@code <request>.raw} (hex), {@code <request>.ms} (from the request to the
 * end of the answer), {@code <request>.transport} (how the exchange ended), {@code <request>.connectMs} (the TCP
 * connect, when it succeeded) for each request;
 * {@code answer} (the mstsc-like request's transport/kind), {@code selected}, {@code failure}, {@code accepted},
 * {@code nla}, {@code securityLayer}, {@code downgrade}, {@code sourceRef}, {@code address}.
 * </p>
 * <p>
 * The mstsc-like request goes over the TCP probe's connection when that was handed over and has waited at most
 * {@value #MAX_IDLE_MS} ms ({@code mstsc.connection} says so). When the server starts TLS on it, that connection is
 * handed over ({@value #TLS_CONNECTION}, a {@link Negotiation}) to the TLS probe, which goes on with the handshake
 * there instead of connecting again; so are the other requests' connections on which the server started TLS
 * ({@value #SPARE_TLS_CONNECTION}{@code <request>}), for the TLS versions probe.
 * </p>
 * <p>
 * With the setting {@value #MATRIX_SETTING} = {@value #MSTSC_ONLY} (a quick sweep) only the mstsc-like request is
 * sent: the answer, the selected protocol or failure code and a downgrade to legacy RDP are known, NLA enforcement
 * and the security layer are not ({@code matrix} = {@value #MSTSC_ONLY}, no {@code accepted}).
 * </p>
 */
public class X224Probe implements IProbe {

	/** Settings key: {@value #MSTSC_ONLY} for the mstsc-like request alone; the whole matrix otherwise. */
	public static final String MATRIX_SETTING = DiagnosisDepth.MATRIX_SETTING;
	/** The value of {@value #MATRIX_SETTING} that sends only the mstsc-like request. */
	public static final String MSTSC_ONLY = "mstsc";

	/** The key under which the mstsc-like request's connection is handed over when the server started TLS on it. */
	public static final String TLS_CONNECTION = "x224.mstsc.tls";

	/**
	 * The prefix of the keys under which the other requests' connections are handed over when the server started
	 * TLS on them (a {@link Negotiation} each; the request's name follows): a ClientHello of the TLS versions probe
	 * can go there.
	 */
	public static final String SPARE_TLS_CONNECTION = "x224.tls.";

	/** The longest the TCP probe's connection may have waited to be used for the first request. */
	private static final long MAX_IDLE_MS = 5000;

	/** How long one request of the matrix may wait when the server answered the first one. */
	private static final long PER_REQUEST_CAP_MS = 2000;
	private static final long MARGIN_MS = 25;

	@Override
	public void run(ProbeContext context, ProbeReport report) throws Exception {
		String address = context.outcome("tcp").flatMap(o -> o.text("address")).orElse(context.target().host());
		InetAddress inet = InetAddress.getByName(address);
		int port = context.target().port();
		Deadline deadline = Deadline.in(context.remainingMillis() - MARGIN_MS);
		Map<String, NegotiationAttempt> attempts = new LinkedHashMap<>();
		boolean mstscOnly = MSTSC_ONLY.equals(context.settings().extra().get(MATRIX_SETTING));
		for (var request : NegotiationMatrix.REQUESTS.entrySet()) {
			Deadline one = attempts.isEmpty() ? deadline : deadline.atMost(PER_REQUEST_CAP_MS);
			Negotiation negotiation = attempts.isEmpty() ? first(context, inet, port, one, report)
					: Negotiation.run(inet, port, request.getValue(), one);
			NegotiationAttempt attempt = negotiation.attempt();
			if (attempt.startedTls()) { // the server waits for a ClientHello there
				context.handOver(attempts.isEmpty() ? TLS_CONNECTION : SPARE_TLS_CONNECTION + request.getKey(),
						negotiation);
			} else {
				negotiation.close();
			}
			attempts.put(request.getKey(), attempt);
			record(report, request.getKey(), attempt);
			if (attempts.size() == 1 && (mstscOnly || !new NegotiationMatrix(attempts).speaksRdp())) {
				break; // asked for, or silent, closed or not RDP: the other requests would only cost time
			}
			if (deadline.passed() || context.isCancelled()) {
				break;
			}
		}
		if (mstscOnly) {
			report.put("matrix", MSTSC_ONLY);
		}
		conclude(new NegotiationMatrix(attempts), address, !mstscOnly, report);
	}

	/**
	 * The mstsc-like request on the TCP probe's connection when it was handed over and has not waited long (a
	 * server may close a connection that says nothing); again on a new connection if that one turned out closed.
	 */
	private static Negotiation first(ProbeContext context, InetAddress inet, int port, Deadline deadline,
			ProbeReport report) {
		Optional<OpenConnection> open = context.takeOver(TcpConnectProbe.CONNECTION, OpenConnection.class);
		long idle = open.map(OpenConnection::idleMillis).orElse(Long.MAX_VALUE);
		if (open.isPresent() && idle <= MAX_IDLE_MS && !open.get().socket().isClosed()
				&& open.get().socket().getInetAddress().equals(inet)) {
			Negotiation negotiation = Negotiation.on(open.get().socket(), open.get().connectMicros(), Protocols.MSTSC,
					deadline);
			NegotiationAttempt.Transport transport = negotiation.attempt().transport();
			boolean closedUnanswered = negotiation.attempt().raw().length == 0
					&& (transport == NegotiationAttempt.Transport.CLOSED
							|| transport == NegotiationAttempt.Transport.RESET);
			if (!closedUnanswered) {
				report.put("mstsc.connection", "the TCP probe's, idle " + idle + " ms");
				return negotiation;
			}
			negotiation.close();
			report.put("mstsc.connection", "new: the TCP probe's was closed unanswered");
		} else if (open.isPresent()) {
			open.get().close();
			report.put("mstsc.connection", "new: the TCP probe's had waited " + idle + " ms");
		}
		return Negotiation.run(inet, port, Protocols.MSTSC, deadline);
	}

	private static void record(ProbeReport report, String name, NegotiationAttempt attempt) {
		report.put(name + ".answer", attempt.describe()).put(name + ".raw", attempt.raw()).put(name + ".ms",
				attempt.millis()).put(name + ".transport", attempt.transport().name());
		if (attempt.connectMicros() >= 0) {
			report.put(name + ".connectMs", Math.round(attempt.connectMicros() / 10.0) / 100.0); // two decimals
		}
	}

	private static void conclude(NegotiationMatrix matrix, String address, boolean whole, ProbeReport report) {
		NegotiationAttempt first = matrix.mstsc();
		report.put("address", address);
		report.put("answer", first.transport() == NegotiationAttempt.Transport.ANSWERED
				? first.confirm().kind().name() : first.transport().name());
		if (first.confirm() != null && first.confirm().sourceReference() >= 0) {
			report.put("sourceRef", String.format("0x%04X", first.confirm().sourceReference()));
		}
		if (!matrix.speaksRdp()) {
			report.status(ProbeStatus.FAILED, "no RDP negotiation answer: " + first.describe());
			return;
		}
		if (first.confirm().kind() == ConnectionConfirm.Kind.RSP) {
			report.put("selected", Protocols.name(first.confirm().selectedProtocol()));
		}
		if (first.confirm().kind() == ConnectionConfirm.Kind.FAILURE) {
			report.put("failure", first.confirm().failure().name());
		}
		if (whole) {
			report.put("accepted", matrix.accepted());
		}
		report.put("nla", matrix.nla().name());
		report.put("securityLayer", matrix.securityLayer());
		report.put("downgrade", matrix.downgrade());
		FailureCode refusal = matrix.tlsRefusal();
		if (refusal != null) {
			report.put("tlsRefusal", refusal.name());
		}
		report.status(ProbeStatus.OK, "mstsc-like request: " + first.describe() + (whole ? "; accepted alone: "
				+ matrix.accepted() + "; NLA " + matrix.nla() : " (the mstsc-like request only)"));
	}
}
