package rdpdoctor.probes.net.x224;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Encodes the client's X.224 Connection Request with an RDP_NEG_REQ (MS-RDPBCGR 2.2.1.1). */
public final class ConnectionRequest {

	private ConnectionRequest() {
	}

	/**
	 * @param requestedProtocols the protocols offered ({@link Protocols})
	 * @param cookieUser         user name for {@code Cookie: mstshash=}, or {@code null} for no cookie
	 * @return the TPKT packet to send
	 */
	public static byte[] encode(int requestedProtocols, String cookieUser) {
		byte[] cookie = cookieUser == null ? new byte[0]
				: ("Cookie: mstshash=" + cookieUser + "\r\n").getBytes(StandardCharsets.US_ASCII);
		int li = 6 + cookie.length + 8;
		int length = li + 5;
		ByteArrayOutputStream out = new ByteArrayOutputStream(length);
		out.write(3); // TPKT version
		out.write(0);
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.write(li); // X.224 length indicator
		out.write(0xE0); // CR
		out.write(0); // dst-ref
		out.write(0);
		out.write(0); // src-ref
		out.write(0);
		out.write(0); // class 0
		out.writeBytes(cookie);
		out.write(0x01); // RDP_NEG_REQ
		out.write(0); // flags
		out.write(8); // length, little-endian
		out.write(0);
		for (int i = 0; i < 4; i++) {
			out.write((requestedProtocols >> (8 * i)) & 0xFF);
		}
		return out.toByteArray();
	}
}
