package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.tests.harness.Command;

/**
 * The class path of the headless commands as the start script gets it: jars signed by the JDK's own jarsigner become
 * unsigned copies (what the JDK's jar tool then verifies as unsigned, with every class and plugin.xml kept), unsigned
 * jars and BouncyCastle's signed ones stay as installed, in bundles.info's order; copies of jars no longer listed go.
 * The installed jars are not touched.
 */
class ClasspathCacheTest {

	@TempDir
	Path product;

	private Path jar(String name, boolean signed) throws IOException {
		Path jar = Files.createDirectories(product.resolve("plugins")).resolve(name);
		try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
			zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
			zip.write("Manifest-Version: 1.0\nBundle-SymbolicName: x\n\n".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("plugin.xml"));
			zip.write("<plugin/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("a/B.class"));
			zip.write(new byte[] { (byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe });
		}
		if (signed) {
			String bin = Path.of(System.getProperty("java.home"), "bin").toString();
			Path store = product.resolve("store.p12");
			if (!Files.exists(store)) {
				run(List.of(bin + "/keytool", "-genkeypair", "-keystore", store.toString(), "-storepass", "changeit",
						"-alias", "signer", "-keyalg", "EC", "-dname", "CN=Signer", "-validity", "30"));
			}
			run(List.of(bin + "/jarsigner", "-keystore", store.toString(), "-storepass", "changeit", jar.toString(),
					"signer"));
		}
		return jar;
	}

	private static String run(List<String> command) throws IOException {
		Command done = Command.run(command, Duration.ofSeconds(60), Map.of());
		assertEquals(0, done.exitCode(), command + ": " + done.output());
		return done.output();
	}

	private static boolean hasSignature(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			return file.stream().anyMatch(e -> e.getName().matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)"));
		}
	}

	@Test
	void signedPlatformJarsBecomeUnsignedCopiesInTheListsOrder() throws IOException {
		Path platform = jar("org.eclipse.equinox.registry_3.12.600.jar", true);
		Path own = jar("rdpdoctor.core_0.1.0.jar", false);
		Path provider = jar("bcprov_1.87.0.jar", true);
		byte[] installed = Files.readAllBytes(platform);
		Path info = Files.createDirectories(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator"))
				.resolve("bundles.info");
		Files.writeString(info, "#encoding=UTF-8\n#version=1\nbcprov,1.87.0,plugins/bcprov_1.87.0.jar,4,false\n"
				+ "org.eclipse.equinox.registry,3.12.600,plugins/org.eclipse.equinox.registry_3.12.600.jar,4,false\n"
				+ "rdpdoctor.core,0.1.0,plugins/rdpdoctor.core_0.1.0.jar,4,false\n");
		Path stale = Files.createDirectories(product.resolve("configuration/rdpdoctor-classpath")).resolve("old.jar");
		Files.writeString(stale, "a copy of a jar no longer installed");

		List<Path> path = ClasspathCache.classPath(product);

		Path copy = product.resolve("configuration/rdpdoctor-classpath/org.eclipse.equinox.registry_3.12.600.jar");
		assertEquals(List.of(provider, copy, own), path);
		assertTrue(hasSignature(platform) && hasSignature(provider), "the installed jars keep their signatures");
		assertFalse(hasSignature(copy));
		assertTrue(run(List.of(Path.of(System.getProperty("java.home"), "bin", "jarsigner").toString(), "-verify",
				copy.toString())).contains("jar is unsigned"));
		try (JarFile copied = new JarFile(copy.toFile())) {
			assertEquals(List.of("META-INF/MANIFEST.MF", "plugin.xml", "a/B.class"), copied.stream()
					.map(ZipEntry::getName).toList());
		}
		assertTrue(java.util.Arrays.equals(installed, Files.readAllBytes(platform)), "the installed jar as it was");
		assertFalse(Files.exists(stale), "copies no longer listed are removed");
	}
}
