package rdpdoctor.cli;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The extension registry of a run without OSGi: the plugin.xml of every bundle jar on the class path that takes part
 * in RDP Doctor (its own bundles, and any whose plugin.xml names an {@code rdpdoctor.} extension point: the plug-ins p2
 * installed), contributed under the bundle's symbolic name in class path order (the order of bundles.info, as the
 * framework numbers its bundles), with its plugin.properties for {@code %} keys. The registry is made when a command first asks
 * for it: one that needs none ({@code --version}, {@code explain}) opens none of the (signed) registry jars.
 */
final class ClasspathRegistry {

	private ClasspathRegistry() {
	}

	/**
	 * @param classPath the class path, as {@code java.class.path} gives it
	 * @return the registry of its jars, made once at the first call and set as the default registry (for
	 *         {@code RegistryFactory.getRegistry()}); nothing of the registry is loaded before that call
	 */
	static Supplier<IExtensionRegistry> lazy(String classPath) {
		IExtensionRegistry[] made = { null };
		return () -> {
			synchronized (made) {
				if (made[0] == null) {
					IExtensionRegistry registry = of(jars(classPath));
					try {
						RegistryFactory.setDefaultRegistryProvider(() -> registry);
					} catch (CoreException e) {
						throw new IllegalStateException("a default extension registry is set already", e);
					}
					made[0] = registry;
				}
				return made[0];
			}
		};
	}

	/** @return the jars of a class path, in order */
	static List<File> jars(String classPath) {
		List<File> jars = new ArrayList<>();
		for (String entry : classPath.split(File.pathSeparator)) {
			if (entry.endsWith(".jar")) {
				jars.add(new File(entry));
			}
		}
		return jars;
	}

	/**
	 * @param jars bundle jars
	 * @return a registry with their contributions
	 */
	static IExtensionRegistry of(List<File> jars) {
		Object master = new Object();
		IExtensionRegistry registry = RegistryFactory.createRegistry(null, master, null);
		for (File file : jars) {
			try (JarFile jar = new JarFile(file, false)) { // its signature is checked when its classes load
				contribute(jar, registry, master);
			} catch (IOException e) {
				throw new UncheckedIOException(file + ": cannot be read as a bundle", e);
			}
		}
		return registry;
	}

	private static void contribute(JarFile jar, IExtensionRegistry registry, Object master) throws IOException {
		ZipEntry xml = jar.getEntry("plugin.xml");
		if (xml == null || jar.getManifest() == null) {
			return;
		}
		Attributes manifest = jar.getManifest().getMainAttributes();
		String name = String.valueOf(manifest.getValue("Bundle-SymbolicName")).split(";")[0].strip();
		byte[] bytes;
		try (InputStream in = jar.getInputStream(xml)) {
			bytes = in.readAllBytes();
		}
		if (!name.startsWith("rdpdoctor.") && !new String(bytes, StandardCharsets.UTF_8).contains("\"rdpdoctor.")) {
			return; // the platform's own bundles: nothing RDP Doctor reads
		}
		registry.addContribution(new ByteArrayInputStream(bytes), ContributorFactorySimple.createContributor(name),
				false, name, translations(jar, manifest), master);
	}

	/** @return the bundle's plugin.properties (or what Bundle-Localization names), null when it has none */
	private static ResourceBundle translations(JarFile jar, Attributes manifest) throws IOException {
		String base = manifest.getValue("Bundle-Localization");
		ZipEntry entry = jar.getEntry((base == null ? "plugin" : base.strip()) + ".properties");
		if (entry == null) {
			return null;
		}
		try (InputStream in = jar.getInputStream(entry)) {
			return new PropertyResourceBundle(in);
		}
	}
}
