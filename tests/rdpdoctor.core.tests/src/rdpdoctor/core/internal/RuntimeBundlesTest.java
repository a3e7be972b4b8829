package rdpdoctor.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

import com.example.BannerProbe;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.Installed;
import rdpdoctor.core.engine.DiagnosisEngine;
import rdpdoctor.core.engine.ProbeDescriptor;

/**
 * A plug-in bundle installed into the running framework is picked up by the long-lived registries without a restart,
 * and is gone once uninstalled: a real bundle (a jar with a manifest and a plugin.xml) in the platform's registry.
 */
class RuntimeBundlesTest {

	private static final String ID = "com.example.runtime.banner";

	@TempDir
	Path dir;

	@Test
	void aContributingBundleInstalledAndUninstalledAtRunTimeComesAndGoes() throws Exception {
		Contributions contributions = Contributions.of(RegistryFactory.getRegistry());
		BundleContext context = context();
		assertTrue(probe(contributions).isEmpty());

		Bundle plugin;
		try (InputStream jar = Files.newInputStream(pluginJar())) {
			plugin = context.installBundle("rdpdoctor-test:" + ID, jar);
		}
		try {
			FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
			assertTrue(wiring.resolveBundles(List.of(plugin)), "the plug-in resolves");
			await(() -> probe(contributions).isPresent(), "the installed plug-in's probe appears");
			assertTrue(probe(contributions).get().factory().get() instanceof BannerProbe);
			List<String> problems = new java.util.ArrayList<>();
			Optional<DiagnosisEngine> engine = Installed.engine(RegistryFactory.getRegistry(),
					DiagnosisSettings.defaults(), problems::add, java.util.Set.of(ID));
			assertTrue(engine.isPresent(), "an engine with the new probe: " + problems);
		} finally {
			plugin.uninstall();
			context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(plugin));
		}
		await(() -> probe(contributions).isEmpty(), "the uninstalled plug-in's probe is gone");
	}

	private static Optional<ProbeDescriptor> probe(Contributions contributions) {
		return contributions.probes().all().stream().filter(p -> p.id().equals(ID)).findFirst();
	}

	private static BundleContext context() throws Exception {
		Bundle host = FrameworkUtil.getBundle(RuntimeBundlesTest.class);
		if (host.getBundleContext() == null) {
			host.start();
		}
		return host.getBundleContext();
	}

	/** A plug-in as a third party ships it: a manifest and a plugin.xml contributing a probe. */
	private Path pluginJar() throws IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", "com.example.runtime;singleton:=true");
		main.putValue("Bundle-Version", "1.0.0");
		main.putValue("Import-Package", "com.example");
		Path jar = dir.resolve("com.example.runtime_1.0.0.jar");
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
			out.putNextEntry(new JarEntry("plugin.xml"));
			out.write(("""
					<?xml version="1.0" encoding="UTF-8"?>
					<?eclipse version="3.4"?>
					<plugin>
					  <extension point="rdpdoctor.core.probes">
					    <probe id="%s" name="Banner at run time" class="com.example.BannerProbe"/>
					  </extension>
					</plugin>
					""".formatted(ID)).getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		return jar;
	}

	private static void await(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) { // registry events come on another thread
			Thread.sleep(20);
		}
		assertEquals(true, condition.getAsBoolean(), what + " within 10 s");
	}
}
