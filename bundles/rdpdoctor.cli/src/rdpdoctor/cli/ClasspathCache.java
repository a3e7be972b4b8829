package rdpdoctor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes the class path of the headless commands ({@link ClasspathLauncher}) from the product's bundles.info, once per
 * change of the installed bundles: the bundles' jars in the list's order (folder bundles left out), each signed jar (the platform's, as p2 checked
 * it when installing) replaced by a copy without its signature files in {@code configuration/rdpdoctor-classpath/}. A
 * signed jar on a class path costs every start a signature check (about 100 ms for the first one) and keeps its classes
 * out of the JVM's class-data archive; the installed jars and p2's view of them stay as they are. BouncyCastle's jars keep
 * their signatures (a JCE provider may have to be signed). Copies are written beside and renamed; copies no longer
 * listed are removed. Run by the start script: {@code java -cp CLI_JAR rdpdoctor.cli.ClasspathCache PRODUCT_DIR}.
 */
public final class ClasspathCache {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)",
			Pattern.CASE_INSENSITIVE);
	private static final String COPIES = "configuration/rdpdoctor-classpath";

	private ClasspathCache() {
	}

	/**
	 * @param args the product's folder
	 */
	public static void main(String[] args) {
		if (args.length != 1) {
			System.err.println("usage: ClasspathCache PRODUCT_DIR");
			System.exit(ExitCodes.USAGE);
		}
		try {
			Path product = Path.of(args[0]).toAbsolutePath();
			write(product, classPath(product));
		} catch (IOException | RuntimeException e) {
			System.err.println("rdpdoctor: cannot write the class path in " + args[0] + ": " + e.getMessage());
			System.exit(ExitCodes.INTERNAL);
		}
	}

	/**
	 * @param product the product's folder
	 * @return the class path's entries: the listed jars, signed ones as unsigned copies
	 * @throws IOException when a jar cannot be read or a copy written
	 */
	static List<Path> classPath(Path product) throws IOException {
		Path copies = Files.createDirectories(product.resolve(COPIES));
		List<Path> entries = new ArrayList<>();
		Set<Path> kept = new HashSet<>();
		for (String line : Files.readAllLines(product.resolve(
				"configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"), StandardCharsets.UTF_8)) {
			String[] fields = line.split(",");
			if (line.startsWith("#") || fields.length < 3) {
				continue;
			}
			String location = fields[2].startsWith("file:") ? fields[2].substring(5) : fields[2];
			Path jar = product.resolve(location).normalize();
			if (!jar.toString().endsWith(".jar")) {
				continue; // a folder bundle: the workbench's themes, nothing the commands load (and no class-data archive
							// can be made of a class path with a folder)
			}
			if (!isSignedPlatformJar(jar, fields[0])) {
				entries.add(jar);
				continue;
			}
			Path copy = copies.resolve(jar.getFileName());
			if (!Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)) {
				unsigned(jar, copy);
			}
			kept.add(copy);
			entries.add(copy);
		}
		try (DirectoryStream<Path> old = Files.newDirectoryStream(copies)) {
			for (Path file : old) {
				if (!kept.contains(file)) {
					Files.deleteIfExists(file);
				}
			}
		}
		return entries;
	}

	private static boolean isSignedPlatformJar(Path jar, String symbolicName) throws IOException {
		if (symbolicName.startsWith("bc") || !Files.isRegularFile(jar)) {
			return false; // BouncyCastle: a JCE provider keeps its signature
		}
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			return zip.stream().anyMatch(e -> SIGNATURE.matcher(e.getName()).matches());
		}
	}

	/** Copies the jar without its signature files: written beside, then renamed. */
	private static void unsigned(Path jar, Path copy) throws IOException {
		Path temporary = copy.resolveSibling(copy.getFileName() + ".new");
		try (ZipFile zip = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(temporary);
				ZipOutputStream out = new ZipOutputStream(file)) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				if (SIGNATURE.matcher(entry.getName()).matches()) {
					continue;
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				try (InputStream in = zip.getInputStream(entry)) {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		move(temporary, copy);
	}

	/** Writes the class path file, one entry a line: written beside, then renamed. */
	private static void write(Path product, List<Path> entries) throws IOException {
		Path file = product.resolve("configuration/rdpdoctor-classpath.txt");
		Path temporary = file.resolveSibling(file.getFileName() + ".new");
		StringBuilder text = new StringBuilder();
		for (Path entry : entries) {
			if (entry.toString().contains(java.io.File.pathSeparator) || entry.toString().contains("\n")) {
				throw new IOException(entry + " cannot stand on a class path");
			}
			text.append(entry).append('\n');
		}
		Files.writeString(temporary, text, StandardCharsets.UTF_8);
		move(temporary, file);
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
