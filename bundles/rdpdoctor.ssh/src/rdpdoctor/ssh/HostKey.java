package rdpdoctor.ssh;

/**
 * A host key as a user checks it: the host and port it was presented for, its type and its SHA-256 fingerprint in
 * OpenSSH's form ({@code SHA256:...}, as {@code ssh-keygen -lf} prints it).
 *
 * @param host        the host name or address connected to
 * @param port        the SSH port
 * @param type        the key type, e.g. {@code ssh-ed25519}
 * @param fingerprint e.g. {@code SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU}
 * @param openSshKey  the key in OpenSSH's one-line form ({@code ssh-ed25519 AAAA...}), as known_hosts records it
 */
public record HostKey(String host, int port, String type, String fingerprint, String openSshKey) {

	@Override
	public String toString() {
		return type + " " + fingerprint + " for " + host + ":" + port;
	}
}
