package rdpdoctor.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.jar.JarFile;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The product's version: the command-line bundle's, as the build stamped it ({@code 0.1.0.202611302300}). */
final class Version {

	private Version() {
	}

	/** @return the version: the bundle's under OSGi, its jar's Bundle-Version on a class path, else "unknown" */
	static String text() {
		if (Boolean.getBoolean(ClasspathLauncher.ON_CLASS_PATH)) {
			return fromJar(); // no framework to ask: its (signed) jar is not even opened
		}
		try {
			Bundle bundle = FrameworkUtil.getBundle(Version.class);
			if (bundle != null) {
				return bundle.getVersion().toString();
			}
		} catch (NoClassDefFoundError e) {
			// no OSGi framework on the class path
		}
		return fromJar();
	}

	private static String fromJar() {
		try {
			File jar = new File(Version.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			if (jar.isFile()) {
				try (JarFile file = new JarFile(jar)) {
					String version = file.getManifest().getMainAttributes().getValue("Bundle-Version");
					return version == null ? "unknown" : version.strip();
				}
			}
		} catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
			// no jar to read it from
		}
		return "unknown";
	}
}
