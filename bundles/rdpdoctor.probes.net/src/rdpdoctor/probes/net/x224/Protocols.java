package rdpdoctor.probes.net.x224;

import java.util.ArrayList;
import java.util.List;

/** The security protocols of RDP_NEG_REQ / RDP_NEG_RSP (MS-RDPBCGR 2.2.1.1.1). */
public final class Protocols {

	/** Standard RDP Security (no TLS). */
	public static final int RDP = 0x00;
	/** TLS. */
	public static final int SSL = 0x01;
	/** CredSSP (NLA). */
	public static final int HYBRID = 0x02;
	/** RDSTLS. */
	public static final int RDSTLS = 0x04;
	/** CredSSP with Early User Authorization Result PDU. */
	public static final int HYBRID_EX = 0x08;
	/** Azure AD authentication. */
	public static final int RDSAAD = 0x10;
	/** What mstsc asks for: SSL | HYBRID | HYBRID_EX. */
	public static final int MSTSC = SSL | HYBRID | HYBRID_EX;

	private Protocols() {
	}

	/**
	 * @param protocol one protocol value
	 * @return its name, e.g. {@code HYBRID}, or {@code 0xNN} when unknown
	 */
	public static String name(int protocol) {
		return switch (protocol) {
		case RDP -> "RDP";
		case SSL -> "SSL";
		case HYBRID -> "HYBRID";
		case RDSTLS -> "RDSTLS";
		case HYBRID_EX -> "HYBRID_EX";
		case RDSAAD -> "RDSAAD";
		default -> String.format("0x%X", protocol);
		};
	}

	/**
	 * @param flags a requestedProtocols bit set
	 * @return the names joined by {@code |}, {@code RDP} for 0
	 */
	public static String names(int flags) {
		if (flags == 0) {
			return "RDP";
		}
		List<String> names = new ArrayList<>();
		for (int bit = 1; bit != 0 && bit <= flags; bit <<= 1) {
			if ((flags & bit) != 0) {
				names.add(name(bit));
			}
		}
		return String.join("|", names);
	}
}
