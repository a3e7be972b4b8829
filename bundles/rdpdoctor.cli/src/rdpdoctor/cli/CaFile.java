package rdpdoctor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;

/** Checks {@code --ca-file} once, at start, instead of letting every host report the same bad file. */
final class CaFile {

	/** Far more than any bundle of CA certificates. */
	private static final long MAX_BYTES = 16L * 1024 * 1024;

	private CaFile() {
	}

	/**
	 * @param file the file named by {@code --ca-file}
	 * @throws UsageException when it is missing, a folder, empty, too large, or holds no certificate (PEM or DER)
	 */
	static void check(Path file) throws UsageException {
		String name = "--ca-file " + file;
		if (Files.isDirectory(file)) {
			throw new UsageException(name + " is a folder; name a file of PEM certificates");
		}
		try {
			if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
				throw new UsageException(name + " is not a readable file");
			}
			long size = Files.size(file);
			if (size == 0) {
				throw new UsageException(name + " is empty; it should hold PEM certificates (-----BEGIN CERTIFICATE-----)");
			}
			if (size > MAX_BYTES) {
				throw new UsageException(name + " has " + size + " bytes, more than the " + MAX_BYTES
						+ " a file of CA certificates may have");
			}
			try (InputStream in = Files.newInputStream(file)) {
				if (CertificateFactory.getInstance("X.509").generateCertificates(in).isEmpty()) {
					throw new UsageException(name + " holds no certificate; it should hold PEM certificates "
							+ "(-----BEGIN CERTIFICATE-----)");
				}
			}
		} catch (CertificateException e) {
			throw new UsageException(name + " is not a file of certificates (PEM or DER): " + e.getMessage());
		} catch (IOException e) {
			throw new UsageException(name + ": " + e.getMessage());
		}
	}
}
