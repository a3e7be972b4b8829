package rdpdoctor.core.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;

/** Checks the CA file once, when it is set, instead of letting every host report the same bad file. */
final class CaFile {

	/** Far more than any bundle of CA certificates. */
	private static final long MAX_BYTES = 16L * 1024 * 1024;

	private CaFile() {
	}

	/**
	 * @param file the file named by {@code --ca-file} or the preference
	 * @throws IllegalArgumentException when it is missing, a folder, empty, too large, or holds no certificate (PEM or
	 *                                  DER), naming the file
	 */
	static void check(Path file) {
		String name = "--ca-file " + file;
		if (Files.isDirectory(file)) {
			throw new IllegalArgumentException(name + " is a folder; name a file of PEM certificates");
		}
		try {
			if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
				throw new IllegalArgumentException(name + " is not a readable file");
			}
			long size = Files.size(file);
			if (size == 0) {
				throw new IllegalArgumentException(name + " is empty; it should hold PEM certificates (-----BEGIN CERTIFICATE-----)");
			}
			if (size > MAX_BYTES) {
				throw new IllegalArgumentException(name + " has " + size + " bytes, more than the " + MAX_BYTES
						+ " a file of CA certificates may have");
			}
			try (InputStream in = Files.newInputStream(file)) {
				if (CertificateFactory.getInstance("X.509").generateCertificates(in).isEmpty()) {
					throw new IllegalArgumentException(name + " holds no certificate; it should hold PEM certificates "
							+ "(-----BEGIN CERTIFICATE-----)");
				}
			}
		} catch (CertificateException e) {
			throw new IllegalArgumentException(name + " is not a file of certificates (PEM or DER): " + e.getMessage());
		} catch (IOException e) {
			throw new IllegalArgumentException(name + ": " + e.getMessage());
		}
	}
}
