package rdpdoctor.probes.net.tls;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

import rdpdoctor.core.IpLiteral;
import rdpdoctor.probes.net.io.Deadline;

/**
 * Starts TLS on a socket after RDP negotiation selected it, accepting and keeping whatever chain the server sends
 * (the probes judge it themselves). The handshake is bounded by the deadline.
 */
public final class TlsClient {

	private final CapturingTrustManager capture = new CapturingTrustManager();
	private final SSLSocket socket;

	/**
	 * Wraps the socket; call {@link #handshake()} next.
	 *
	 * @param plain    the negotiated socket
	 * @param host     the dialled name (sent as SNI when it is a name)
	 * @param port     the port
	 * @param deadline bounds every read of the handshake
	 * @throws IOException              when the socket cannot be wrapped
	 * @throws GeneralSecurityException when TLS is not available
	 */
	public TlsClient(Socket plain, String host, int port, Deadline deadline) throws IOException,
			GeneralSecurityException {
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(null, new TrustManager[] { capture }, null);
		socket = (SSLSocket) tls.getSocketFactory().createSocket(plain, host, port, true);
		if (!IpLiteral.isIpLiteral(host)) {
			SSLParameters parameters = socket.getSSLParameters();
			parameters.setServerNames(List.of(new SNIHostName(host)));
			socket.setSSLParameters(parameters);
		}
		socket.setSoTimeout((int) Math.max(1, deadline.remainingMillis()));
	}

	/**
	 * @throws IOException when the handshake fails (the chain seen so far stays available)
	 */
	public void handshake() throws IOException {
		socket.startHandshake();
	}

	/** @return the TLS socket */
	public SSLSocket socket() {
		return socket;
	}

	/** @return the server's chain as far as it arrived, leaf first */
	public List<X509Certificate> chain() {
		return capture.chain();
	}
}
