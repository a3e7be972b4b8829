package rdpdoctor.plugins;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.p2.core.UIServices;

/**
 * What p2 asks a person before it installs content nobody signed, or signed by someone not yet trusted, answered
 * without one: unsigned content only when the admin said so ({@code --trust-unsigned}), untrusted signers never (the
 * workbench's Install New Software asks about them). Every refusal is kept to name it in the message.
 */
final class HeadlessTrust extends UIServices {

	private final boolean trustUnsigned;
	private final List<String> refused = new ArrayList<>();

	/** @param trustUnsigned whether content nobody signed may be installed */
	HeadlessTrust(boolean trustUnsigned) {
		this.trustUnsigned = trustUnsigned;
	}

	@Override
	public TrustInfo getTrustInfo(Certificate[][] untrustedChains, String[] unsignedDetail) {
		synchronized (refused) {
			if (untrustedChains != null) {
				for (Certificate[] chain : untrustedChains) {
					refused.add("signed by an untrusted " + signer(chain));
				}
			}
			if (unsignedDetail != null && unsignedDetail.length > 0 && !trustUnsigned) {
				refused.add("unsigned: " + String.join(", ", unsignedDetail));
			}
		}
		return new TrustInfo(new Certificate[0], false, trustUnsigned);
	}

	private static String signer(Certificate[] chain) {
		return chain.length > 0 && chain[0] instanceof X509Certificate x509
				? "signer (" + x509.getSubjectX500Principal().getName() + ")" : "signer";
	}

	/** @return what was refused, for the message; empty when nothing was */
	List<String> refused() {
		synchronized (refused) {
			return List.copyOf(refused);
		}
	}

	@Override
	public AuthenticationInfo getUsernamePassword(String location) {
		return null; // no one to ask: a site that needs a login is not read
	}

	@Override
	public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
		return null;
	}
}
