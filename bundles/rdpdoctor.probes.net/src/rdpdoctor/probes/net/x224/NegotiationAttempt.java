package rdpdoctor.probes.net.x224;

/**
 * One Connection Request on a fresh connection and what came back.
 *
 * @param requested the protocols offered
 * @param transport how the exchange ended on the wire
 * @param confirm   the parsed answer when bytes came back, else {@code null}
 * @param raw       the bytes received (at most {@link ConnectionConfirm#MAX_LENGTH})
 * @param millis    time from sending the request to the end of the answer
 * @param connectMicros time the TCP connect took, in microseconds (-1 when it failed)
 */
public record NegotiationAttempt(int requested, Transport transport, ConnectionConfirm confirm, byte[] raw,
		long millis, long connectMicros) {

	/** How the exchange ended on the wire. */
	public enum Transport {
		/** A whole answer arrived. */
		ANSWERED,
		/** Part of an answer arrived, then the peer stopped (closed, reset or silent). */
		TRUNCATED,
		/**
		 * The beginning of a well-formed Connection Confirm arrived, and the deadline passed while the rest was still
		 * on its way: a slow server or path, not another protocol.
		 */
		SLOW,
		/** The peer closed the connection without a byte. */
		CLOSED,
		/** The peer reset the connection without a byte. */
		RESET,
		/** No byte before the deadline. */
		SILENT,
		/** The TCP connection itself failed. */
		CONNECT_FAILED
	}

	/** @return whether the server selected {@code protocol} in an RSP */
	public boolean selected(int protocol) {
		return confirm != null && confirm.kind() == ConnectionConfirm.Kind.RSP && confirm.selectedProtocol() == protocol;
	}

	/** @return whether the server selected a protocol that runs over TLS (anything but legacy RDP security) */
	public boolean startedTls() {
		return confirm != null && confirm.kind() == ConnectionConfirm.Kind.RSP
				&& confirm.selectedProtocol() != Protocols.RDP;
	}

	/** @return whether the server selected CredSSP (HYBRID or HYBRID_EX): NLA starts after TLS */
	public boolean selectedCredSsp() {
		return startedTls() && (confirm.selectedProtocol() & (Protocols.HYBRID | Protocols.HYBRID_EX)) != 0;
	}

	/** @return whether the server refused with {@code code} */
	public boolean failed(FailureCode code) {
		return confirm != null && confirm.kind() == ConnectionConfirm.Kind.FAILURE && confirm.failure() == code;
	}

	/** @return a short description for evidence and messages */
	public String describe() {
		return transport == Transport.ANSWERED ? confirm.describe()
				: transport + (confirm != null ? " (" + confirm.describe() + ")" : "");
	}
}
