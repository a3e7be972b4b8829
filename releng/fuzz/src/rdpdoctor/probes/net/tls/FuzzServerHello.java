package rdpdoctor.probes.net.tls;

/** Jazzer target: the TLS first-answer parser must classify any bytes without throwing. */
public final class FuzzServerHello {

	private FuzzServerHello() {
	}

	public static void fuzzerTestOneInput(byte[] data) {
		if (ServerHelloAnswer.parse(data, data.length).kind() == null) {
			throw new IllegalStateException("parser returned no classification");
		}
		if (data.length >= ServerHelloAnswer.RECORD_HEADER) {
			ServerHelloAnswer.recordLength(data);
		}
	}
}
