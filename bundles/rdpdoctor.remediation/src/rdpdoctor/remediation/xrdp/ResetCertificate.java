package rdpdoctor.remediation.xrdp;

import rdpdoctor.remediation.RemediationIds;
import rdpdoctor.remediation.Snapshot;

/**
 * {@code reset-rdp-certificate} for xrdp: a new self-signed key and certificate in place of the expired or not yet
 * valid ones of the instance that serves the port; nothing restarted (xrdp reads them at each new connection). The old
 * files (or links) are in the snapshot.
 */
public final class ResetCertificate extends XrdpRemediation {

	@Override
	String id() {
		return RemediationIds.RESET_RDP_CERTIFICATE;
	}

	@Override
	String summary(Facts facts) {
		return "Makes a new key and self-signed certificate for xrdp (RSA 3072, SHA-256, valid 365 days, named as the "
				+ "old one or after the host), written beside " + facts.certificate() + " and " + facts.key()
				+ " and renamed over them (the old key's owner and mode kept; a link is replaced by the new file and its "
				+ "target left alone). Nothing is restarted and nobody is disconnected: xrdp " + facts.instance() + " reads its"
				+ " certificate and key at each new connection, so the next connection gets the new certificate (the"
				+ " verifying diagnosis is that connection); live sessions and other xrdp instances are not touched."
				+ " Clients will see a new certificate to trust. Security settings are not touched. With a CA, install its "
				+ "certificate and key at these paths instead.";
	}

	@Override
	String precondition(Facts facts) {
		return "command -v openssl >/dev/null || fail \"openssl is missing\"\n"
				+ "[ -d \"$(dirname \"$cert\")\" ] && [ -d \"$(dirname \"$key\")\" ] || fail \"the folder of $cert or $key is missing\"\n";
	}

	@Override
	String snapshot(Facts facts) {
		return "snap_file \"$cert\"\nsnap_file \"$key\"\n"
				+ "snap_running\n";
	}

	@Override
	String apply(Facts facts) {
		return """
				cn=$(openssl x509 -in "$cert" -noout -subject -nameopt multiline 2>/dev/null \\
				  | sed -n 's/^ *commonName *= *//p' | head -n 1)
				case $cn in ''|*[!A-Za-z0-9.-]*) cn=$(hostname -f 2>/dev/null || hostname) ;; esac
				case $cn in ''|*[!A-Za-z0-9.-]*) fail "no usable host name for the certificate" ;; esac
				rm -f "$cert.rdpdoctor-new" "$key.rdpdoctor-new"
				(umask 077; openssl req -x509 -newkey rsa:3072 -sha256 -nodes -days 365 -subj "/CN=$cn" \\
				  -addext "subjectAltName=DNS:$cn" -keyout "$key.rdpdoctor-new" -out "$cert.rdpdoctor-new" 2>/dev/null) \\
				  || { rm -f "$cert.rdpdoctor-new" "$key.rdpdoctor-new"; fail "openssl could not make the key and certificate"; }
				if [ -e "$key" ]; then
				  chown --reference="$key" "$key.rdpdoctor-new" && chmod --reference="$key" "$key.rdpdoctor-new"
				else
				  chown root:xrdp "$key.rdpdoctor-new" && chmod 640 "$key.rdpdoctor-new"
				fi || fail "cannot give the new key the old one's owner and mode"
				chmod 644 "$cert.rdpdoctor-new"
				mv -f "$key.rdpdoctor-new" "$key" && mv -f "$cert.rdpdoctor-new" "$cert" || fail "cannot put the new files in place"
				echo "new certificate CN=$cn, valid 365 days"
				""";
	}

	@Override
	String afterRestore(Snapshot snapshot) {
		return ""; // xrdp reads the old files again at the next connection
	}
}
