package rdpdoctor.probes.net.ntlm;

/** Jazzer target: TSRequest (DER) and NTLM CHALLENGE parsing must accept or refuse any bytes without throwing. */
public final class FuzzNtlm {

	private FuzzNtlm() {
	}

	public static void fuzzerTestOneInput(byte[] data) {
		TsRequest.parse(data, data.length).flatMap(TsRequest.Answer::token).ifPresent(NtlmChallenge::parse);
		NtlmChallenge.parse(data);
		Der.totalLength(data, data.length);
	}
}
