package rdpdoctor.remediation.xrdp;

import rdpdoctor.remediation.RemediationIds;
import rdpdoctor.remediation.Snapshot;

/**
 * {@code set-security-layer-negotiate} for xrdp: {@code security_layer=negotiate} in [Globals] (as Windows'
 * SecurityLayer=1, the documented setting), xrdp restarted; the old xrdp.ini is in the snapshot.
 */
public final class SecurityLayerNegotiate extends XrdpRemediation {

	@Override
	String id() {
		return RemediationIds.SET_SECURITY_LAYER_NEGOTIATE;
	}

	@Override
	String summary(Facts facts) {
		return "Sets security_layer=negotiate in [Globals] of " + facts.ini() + " (the documented setting, as "
				+ "Windows' SecurityLayer=1: TLS with every client that offers it), written beside and renamed. Nothing is "
				+ "restarted and nobody is disconnected: xrdp " + facts.instance() + " reads xrdp.ini at each new"
				+ " connection (the verifying diagnosis is the first). crypt_level and the certificate are not touched.";
	}

	@Override
	String precondition(Facts facts) {
		return "[ -L \"$ini\" ] && fail \"$ini is a link: not replaced (edit it where it points)\"\n";
	}

	@Override
	String snapshot(Facts facts) {
		return "snap_file \"$ini\"\n";
	}

	@Override
	String apply(Facts facts) {
		return "ini_set security_layer negotiate\n";
	}

	@Override
	String afterRestore(Snapshot snapshot) {
		return ""; // xrdp reads xrdp.ini again at the next connection
	}
}
