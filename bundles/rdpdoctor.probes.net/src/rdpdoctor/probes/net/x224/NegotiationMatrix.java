package rdpdoctor.probes.net.x224;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Conclusions from the answers to an mstsc-like request and to each protocol on its own (pure: no I/O).
 *
 * @param attempts the attempts by request name ({@code mstsc}, {@code RDP}, {@code SSL}, {@code HYBRID},
 *                 {@code HYBRID_EX}, {@code RDSTLS}); later ones may be missing when an earlier one was silent
 */
public record NegotiationMatrix(Map<String, NegotiationAttempt> attempts) {

	/** The requests of the matrix, in the order they are sent. */
	public static final Map<String, Integer> REQUESTS;

	static {
		Map<String, Integer> requests = new LinkedHashMap<>();
		requests.put("mstsc", Protocols.MSTSC);
		requests.put("RDP", Protocols.RDP);
		requests.put("SSL", Protocols.SSL);
		requests.put("HYBRID", Protocols.HYBRID);
		requests.put("HYBRID_EX", Protocols.HYBRID_EX);
		requests.put("RDSTLS", Protocols.RDSTLS);
		REQUESTS = java.util.Collections.unmodifiableMap(requests);
	}

	/** NLA as the server enforces it. */
	public enum Nla {
		/** Only CredSSP is accepted. */
		REQUIRED,
		/** CredSSP is accepted, and so is a connection without it. */
		SUPPORTED,
		/** CredSSP is never selected. */
		ABSENT,
		/** Not enough answers to say. */
		UNKNOWN
	}

	/** Copies the map. */
	public NegotiationMatrix {
		attempts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attempts));
	}

	private NegotiationAttempt get(String name) {
		return attempts.get(name);
	}

	/** @return the answer to the mstsc-like request, or {@code null} */
	public NegotiationAttempt mstsc() {
		return get("mstsc");
	}

	/** @return whether the server answered RDP negotiation at all (RSP, FAILURE or a bare confirm) */
	public boolean speaksRdp() {
		NegotiationAttempt first = mstsc();
		if (first == null || first.confirm() == null || first.transport() != NegotiationAttempt.Transport.ANSWERED) {
			return false;
		}
		return switch (first.confirm().kind()) {
		case RSP, FAILURE, NO_NEGOTIATION_DATA -> true;
		default -> false;
		};
	}

	/** @return the protocols the server selected when each was asked alone */
	public List<String> accepted() {
		List<String> names = new ArrayList<>();
		for (var e : REQUESTS.entrySet()) {
			if (!e.getKey().equals("mstsc") && get(e.getKey()) != null && get(e.getKey()).selected(e.getValue())) {
				names.add(e.getKey());
			}
		}
		return names;
	}

	/** @return NLA as enforced by the server */
	public Nla nla() {
		NegotiationAttempt hybrid = get("HYBRID");
		NegotiationAttempt rdp = get("RDP");
		NegotiationAttempt ssl = get("SSL");
		if (hybrid == null || hybrid.confirm() == null) {
			return Nla.UNKNOWN;
		}
		boolean nla = hybrid.selected(Protocols.HYBRID) || hybrid.selected(Protocols.HYBRID_EX)
				|| (mstsc() != null && (mstsc().selected(Protocols.HYBRID) || mstsc().selected(Protocols.HYBRID_EX)));
		if (!nla) {
			return Nla.ABSENT;
		}
		boolean withoutNla = (rdp != null && rdp.selected(Protocols.RDP)) || (ssl != null && ssl.selected(Protocols.SSL));
		return withoutNla ? Nla.SUPPORTED : Nla.REQUIRED;
	}

	/**
	 * @return the security layer in effect: {@code RDP} (legacy only), {@code NEGOTIATE} (legacy and TLS),
	 *         {@code TLS} (TLS required), {@code NLA} (CredSSP required), or {@code UNKNOWN}
	 */
	public String securityLayer() {
		NegotiationAttempt rdp = get("RDP");
		NegotiationAttempt ssl = get("SSL");
		if (nla() == Nla.REQUIRED) {
			return "NLA";
		}
		if (rdp == null || ssl == null) {
			return "UNKNOWN";
		}
		boolean legacy = rdp.selected(Protocols.RDP);
		boolean tls = ssl.selected(Protocols.SSL);
		if (legacy && tls) {
			return "NEGOTIATE";
		}
		if (tls && rdp.failed(FailureCode.SSL_REQUIRED_BY_SERVER)) {
			return "TLS";
		}
		if (legacy) {
			return "RDP";
		}
		return "UNKNOWN";
	}

	/** @return whether the server chose legacy RDP security although TLS was asked for */
	public boolean downgrade() {
		NegotiationAttempt ssl = get("SSL");
		NegotiationAttempt first = mstsc();
		return (ssl != null && ssl.selected(Protocols.RDP)) || (first != null && first.selected(Protocols.RDP));
	}

	/** @return the failure code the server sent to a TLS request, or {@code null} */
	public FailureCode tlsRefusal() {
		for (String name : List.of("mstsc", "SSL")) {
			NegotiationAttempt a = get(name);
			if (a != null && a.confirm() != null && a.confirm().kind() == ConnectionConfirm.Kind.FAILURE) {
				return a.confirm().failure();
			}
		}
		return null;
	}
}
