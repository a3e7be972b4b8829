package com.example.rdpdoctor.rdgateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The gateway's answer to the first request of its HTTP transport (MS-TSGU 2.2.3: {@code RDG_OUT_DATA
 * /remoteDesktopGateway/}, the request mstsc and FreeRDP open the outbound channel with), or of the older RPC over
 * HTTP transport ({@code RPC_IN_DATA /rpc/rpcproxy.dll}). An RD Gateway answers an unauthenticated request with 401
 * and the Windows schemes it accepts ({@code WWW-Authenticate: Negotiate}, {@code NTLM}); only the response head is
 * read, at most {@value #MAX_HEAD} bytes.
 *
 * @param status  the HTTP status code
 * @param reason  the reason phrase (untrusted text)
 * @param server  the {@code Server} header, empty when none (untrusted text)
 * @param schemes the authentication schemes offered, in order (first word of each {@code WWW-Authenticate})
 */
record GatewayAnswer(int status, String reason, String server, List<String> schemes) {

	static final String HTTP_TRANSPORT = "RDG_OUT_DATA /remoteDesktopGateway/";
	static final String RPC_TRANSPORT = "RPC_IN_DATA /rpc/rpcproxy.dll?localhost:3388";
	static final int MAX_HEAD = 16 * 1024;

	/** @return whether Windows clients can authenticate: the gateway offers Negotiate or NTLM */
	boolean offersWindowsLogon() {
		return schemes.stream().anyMatch(s -> s.equalsIgnoreCase("Negotiate") || s.equalsIgnoreCase("NTLM"));
	}

	/**
	 * Sends one request and reads the response head; the socket's read timeout bounds each read.
	 *
	 * @param request {@link #HTTP_TRANSPORT} or {@link #RPC_TRANSPORT}
	 * @param host    the Host header (the name the client dialled)
	 * @throws IOException when the connection fails or the answer is not HTTP
	 */
	static GatewayAnswer exchange(InputStream in, OutputStream out, String request, String host) throws IOException {
		String id = "{" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT) + "}";
		String head = request + " HTTP/1.1\r\n" + "Host: " + host + "\r\n" + "Accept: */*\r\n"
				+ "Cache-Control: no-cache\r\n" + "Pragma: no-cache\r\n" + "Connection: Keep-Alive\r\n"
				+ "User-Agent: MS-RDGateway/1.0\r\n" + "RDG-Connection-Id: " + id + "\r\n"
				+ "RDG-Correlation-Id: " + id + "\r\n" + "Content-Length: 0\r\n\r\n";
		out.write(head.getBytes(StandardCharsets.US_ASCII));
		out.flush();
		return parse(readHead(in));
	}

	static GatewayAnswer parse(String head) throws IOException {
		String[] lines = head.split("\r\n");
		String[] status = lines[0].split(" ", 3);
		if (status.length < 2 || !status[0].startsWith("HTTP/1.") || !status[1].matches("\\d{3}")) {
			throw new IOException("the answer is not HTTP: " + printable(lines[0]));
		}
		String server = "";
		List<String> schemes = new ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon <= 0) {
				continue;
			}
			String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
			String value = lines[i].substring(colon + 1).strip();
			if (name.equals("server")) {
				server = printable(value);
			} else if (name.equals("www-authenticate") && !value.isEmpty()) {
				schemes.add(printable(value.split("[ ,]", 2)[0]));
			}
		}
		return new GatewayAnswer(Integer.parseInt(status[1]), status.length > 2 ? printable(status[2]) : "", server,
				schemes);
	}

	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		while (head.size() < MAX_HEAD) {
			int b;
			try {
				b = in.read();
			} catch (SocketTimeoutException e) {
				throw new SocketTimeoutException("no HTTP answer before the deadline (" + head.size() + " bytes read)");
			}
			if (b < 0) {
				if (head.size() == 0) {
					throw new IOException("the gateway closed the connection without an answer");
				}
				break;
			}
			head.write(b);
			matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
			if (matched == 4) {
				break;
			}
		}
		return head.toString(StandardCharsets.ISO_8859_1);
	}

	/** Bounds and strips control characters: the server chose this text. */
	private static String printable(String text) {
		String bounded = text.length() > 200 ? text.substring(0, 200) + "..." : text;
		return bounded.replaceAll("\\p{Cntrl}", "?");
	}
}
