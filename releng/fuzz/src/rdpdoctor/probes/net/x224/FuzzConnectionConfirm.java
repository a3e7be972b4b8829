package rdpdoctor.probes.net.x224;

/** Jazzer target: the X.224 Connection Confirm parser must classify any bytes without throwing. */
public final class FuzzConnectionConfirm {

	private FuzzConnectionConfirm() {
	}

	public static void fuzzerTestOneInput(byte[] data) {
		ConnectionConfirm c = ConnectionConfirm.parse(data, data.length);
		if (c.kind() == null || c.describe() == null) {
			throw new IllegalStateException("parser returned no classification");
		}
		if (data.length >= 4) {
			ConnectionConfirm.packetLength(data);
		}
	}
}
