package com.example.rdpdoctor.rdgateway;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import rdpdoctor.core.IProbe;
import rdpdoctor.core.IpLiteral;
import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.model.ProbeStatus;

/**
 * Probes the RD Gateway in front of a target as a client meets it: TCP to its HTTPS port, the TLS handshake and the
 * certificate (dates, the name dialled, a trusted chain), then the answer of its HTTP transport and, when that is
 * refused, of the RPC over HTTP one. Credential-free: the gateway's 401 says which logons it accepts; nothing is
 * authenticated. Read-only, bounded by the probe's deadline.
 *
 * <p>Evidence (as {@code com.example.rdgateway.KEY}): {@code address}, {@code explicit}, {@code connect},
 * {@code tls.error}, {@code tls.protocol}, {@code tls.cipher}, {@code cert.subject}, {@code cert.issuer},
 * {@code cert.notAfter}, {@code cert.daysLeft}, {@code cert.names}, {@code cert.nameMatches}, {@code cert.trustProblem},
 * {@code http.status}, {@code http.reason}, {@code http.server}, {@code http.auth}, {@code rpc.status}.
 */
public class RdGatewayProbe implements IProbe {

	/** This probe's id, as rules read its outcome. */
	public static final String ID = "com.example.rdgateway";

	@Override
	public void run(ProbeContext context, ProbeReport report) throws Exception {
		GatewayAddress gateway = GatewayAddress.of(context.target(), context.settings());
		report.put("address", gateway.toString()).put("explicit", gateway.explicit());
		X509Certificate[][] presented = new X509Certificate[1][];
		try (SSLSocket socket = connect(context, gateway, presented, report)) {
			if (socket == null) {
				return;
			}
			X509Certificate leaf = presented[0][0];
			report.put("tls.protocol", socket.getSession().getProtocol())
					.put("tls.cipher", socket.getSession().getCipherSuite())
					.put("cert.subject", leaf.getSubjectX500Principal().getName())
					.put("cert.issuer", leaf.getIssuerX500Principal().getName())
					.put("cert.notAfter", leaf.getNotAfter().toInstant().toString())
					.put("cert.daysLeft", GatewayCertificate.daysLeft(leaf, Instant.now()));
			List<String> names = GatewayCertificate.names(leaf);
			report.put("cert.names", names).put("cert.nameMatches", GatewayCertificate.matches(names, gateway.host()))
					.put("cert.trustProblem", GatewayCertificate.trustProblem(presented[0], caFile(context)));
			socket.setSoTimeout(timeout(context));
			GatewayAnswer answer = GatewayAnswer.exchange(new BufferedInputStream(socket.getInputStream()),
					socket.getOutputStream(), GatewayAnswer.HTTP_TRANSPORT, gateway.hostHeader());
			report.put("http.status", answer.status()).put("http.reason", answer.reason())
					.put("http.server", answer.server()).put("http.auth", String.join(", ", answer.schemes()));
			if (answer.status() != 401 && answer.status() != 503) {
				rpcOverHttp(context, gateway, report);
			}
			if (!gateway.explicit() && !looksLikeGateway(answer)) {
				report.status(ProbeStatus.SKIPPED, gateway + " answers HTTPS (" + answer.status()
						+ ") but no RD Gateway there; name one with --set " + GatewayAddress.SETTING + "=HOST[:PORT]");
				return;
			}
			report.status(ProbeStatus.OK, "the RD Gateway at " + gateway + " answered " + answer.status());
		} catch (SocketTimeoutException e) {
			report.put("http.error", "timeout").status(ProbeStatus.FAILED, gateway + " accepted TLS but gave no HTTP "
					+ "answer before the deadline");
		} catch (IOException e) {
			report.put("http.error", String.valueOf(e.getMessage())).status(ProbeStatus.FAILED, gateway
					+ " did not answer as an HTTP server: " + e.getMessage());
		}
	}

	/** @return the handshaken socket, or null when the probe ends here (its status set) */
	private static SSLSocket connect(ProbeContext context, GatewayAddress gateway, X509Certificate[][] presented,
			ProbeReport report) throws GeneralSecurityException, IOException {
		Socket plain = new Socket();
		try {
			plain.connect(new InetSocketAddress(gateway.host(), gateway.port()), timeout(context));
		} catch (IOException e) {
			plain.close();
			String what = e instanceof ConnectException ? "refused" : e instanceof SocketTimeoutException ? "timeout"
					: e instanceof NoRouteToHostException ? "unreachable" : e instanceof UnknownHostException
							? "unknown host" : String.valueOf(e.getMessage());
			report.put("connect", what);
			report.status(gateway.explicit() ? ProbeStatus.FAILED : ProbeStatus.SKIPPED, gateway.explicit()
					? "the RD Gateway " + gateway + " cannot be reached: " + what
					: "no RD Gateway on " + gateway + " (" + what + "); name one with --set " + GatewayAddress.SETTING
							+ "=HOST[:PORT]");
			return null;
		}
		report.put("connect", "ok");
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(null, new TrustManager[] { new Recording(presented) }, null);
		SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(plain, gateway.host(), gateway.port(), true);
		if (!IpLiteral.isIpLiteral(gateway.host())) {
			SSLParameters parameters = socket.getSSLParameters();
			parameters.setServerNames(List.of(new SNIHostName(gateway.host())));
			socket.setSSLParameters(parameters);
		}
		try {
			socket.setSoTimeout(timeout(context));
			socket.startHandshake();
			return socket;
		} catch (SSLException | SocketTimeoutException e) {
			socket.close();
			report.put("tls.error", String.valueOf(e.getMessage()));
			report.status(gateway.explicit() ? ProbeStatus.FAILED : ProbeStatus.SKIPPED, gateway
					+ ": the TLS handshake failed: " + e.getMessage());
			return null;
		}
	}

	private static void rpcOverHttp(ProbeContext context, GatewayAddress gateway, ProbeReport report) {
		X509Certificate[][] ignored = new X509Certificate[1][];
		try (Socket plain = new Socket()) {
			plain.connect(new InetSocketAddress(gateway.host(), gateway.port()), timeout(context));
			SSLContext tls = SSLContext.getInstance("TLS");
			tls.init(null, new TrustManager[] { new Recording(ignored) }, null);
			try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(plain, gateway.host(),
					gateway.port(), true)) {
				socket.setSoTimeout(timeout(context));
				GatewayAnswer answer = GatewayAnswer.exchange(new BufferedInputStream(socket.getInputStream()),
						socket.getOutputStream(), GatewayAnswer.RPC_TRANSPORT, gateway.hostHeader());
				report.put("rpc.status", answer.status());
			}
		} catch (IOException | GeneralSecurityException e) {
			report.put("rpc.error", String.valueOf(e.getMessage()));
		}
	}

	/** A gateway answers its transport's first request with 401 (logon needed) or 503 (its service stopped). */
	private static boolean looksLikeGateway(GatewayAnswer answer) {
		return answer.status() == 401 && answer.offersWindowsLogon() || answer.status() == 503;
	}

	private static Path caFile(ProbeContext context) {
		String file = context.settings().extra().getOrDefault(DiagnosisSetting.CA_FILE.key(), "");
		return file.isBlank() ? null : Path.of(file);
	}

	private static int timeout(ProbeContext context) {
		return (int) Math.max(1, Math.min(Integer.MAX_VALUE, context.remainingMillis()));
	}

	/** Accepts any chain during the handshake and keeps it: the checks are made afterwards, each on its own. */
	private static final class Recording implements X509TrustManager {
		private final X509Certificate[][] presented;

		Recording(X509Certificate[][] presented) {
			this.presented = presented;
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) {
			presented[0] = chain.clone();
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) {
			throw new UnsupportedOperationException("a probe is never a server");
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[0];
		}
	}
}
