package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The dependencies between RDP Doctor's bundles are the arrows DESIGN.md allows, read from the bundles' MANIFEST.MF
 * files (Require-Bundle, and Import-Package of another bundle's packages): a bundle that may depend on core may also
 * use the EMF model core's API is written in; no bundle but the UI ones uses SWT, JFace or org.eclipse.ui.
 */
class DesignArrowsTest {

	private static final Path BUNDLES = Path.of("../../bundles");
	private static final Set<String> UI_ONLY = Set.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui");

	/** DESIGN.md's "may depend on" column, for the project's bundles (model added where core is allowed). */
	private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
			Map.entry("rdpdoctor.model", Set.of()),
			Map.entry("rdpdoctor.core", Set.of("rdpdoctor.model")),
			Map.entry("rdpdoctor.probes.net", Set.of("rdpdoctor.core", "rdpdoctor.model")),
			Map.entry("rdpdoctor.ssh", Set.of("rdpdoctor.core", "rdpdoctor.model")),
			Map.entry("rdpdoctor.probes.host", Set.of("rdpdoctor.core", "rdpdoctor.model", "rdpdoctor.ssh")),
			Map.entry("rdpdoctor.events", Set.of("rdpdoctor.core", "rdpdoctor.model", "rdpdoctor.ssh")),
			Map.entry("rdpdoctor.remediation", Set.of("rdpdoctor.core", "rdpdoctor.model", "rdpdoctor.ssh")),
			Map.entry("rdpdoctor.inventory.io", Set.of("rdpdoctor.core", "rdpdoctor.model")),
			Map.entry("rdpdoctor.report", Set.of("rdpdoctor.core", "rdpdoctor.model")),
			// p2 behind the plugins command and the workbench's Install dialog: no RDP Doctor bundle
			Map.entry("rdpdoctor.plugins", Set.of()),
			Map.entry("rdpdoctor.cli", Set.of("rdpdoctor.core", "rdpdoctor.model", "rdpdoctor.probes.net",
					"rdpdoctor.ssh", "rdpdoctor.probes.host", "rdpdoctor.events", "rdpdoctor.remediation",
					"rdpdoctor.inventory.io", "rdpdoctor.report", "rdpdoctor.plugins")),
			// the example third-party plug-in: the public API only
			Map.entry("com.example.rdpdoctor.rdgateway", Set.of("rdpdoctor.core", "rdpdoctor.model", "rdpdoctor.ssh",
					"rdpdoctor.remediation", "rdpdoctor.events")));

	@Test
	void everyBundleDependsOnlyOnWhatTheDesignAllows() throws IOException {
		Map<String, Manifest> manifests = manifests();
		Map<String, String> packageOwners = packageOwners(manifests);
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, Manifest> bundle : manifests.entrySet()) {
			String name = bundle.getKey();
			if (name.equals("rdpdoctor.ui")) {
				continue; // depends on everything, nothing depends on it
			}
			Set<String> allowed = ALLOWED.get(name);
			if (allowed == null) {
				wrong.add(name + ": a bundle DESIGN.md does not name (add it to the design and to this test)");
				continue;
			}
			for (String required : names(bundle.getValue().getMainAttributes().getValue("Require-Bundle"))) {
				check(name, required, "Require-Bundle", allowed, wrong);
			}
			for (String imported : names(bundle.getValue().getMainAttributes().getValue("Import-Package"))) {
				String owner = packageOwners.get(imported);
				if (owner != null && !owner.equals(name)) {
					check(name, owner, "Import-Package " + imported, allowed, wrong);
				}
				if (UI_ONLY.stream().anyMatch(ui -> imported.equals(ui) || imported.startsWith(ui + "."))) {
					wrong.add(name + ": imports " + imported + " (only the UI bundles may)");
				}
			}
		}
		assertEquals(List.of(), wrong);
	}

	@Test
	void theCheckSeesTheBundlesAndTheirArrows() throws IOException {
		Map<String, Manifest> manifests = manifests();
		assertTrue(manifests.keySet().containsAll(ALLOWED.keySet()), "bundles found: " + manifests.keySet());
		List<String> wrong = new ArrayList<>();
		check("rdpdoctor.remediation", "rdpdoctor.probes.host", "Require-Bundle", ALLOWED.get("rdpdoctor.remediation"),
				wrong);
		assertEquals(1, wrong.size(), "an arrow the design does not draw is caught");
		assertTrue(names(manifests.get("rdpdoctor.probes.host").getMainAttributes().getValue("Require-Bundle"))
				.contains("rdpdoctor.ssh"), "Require-Bundle is read with its attributes cut off");
	}

	private static void check(String bundle, String target, String how, Set<String> allowed, List<String> wrong) {
		boolean project = target.startsWith("rdpdoctor.") || target.startsWith("com.example.");
		if (project && !allowed.contains(target)) {
			wrong.add(bundle + " -> " + target + " (" + how + "): DESIGN.md allows " + allowed);
		}
		if (UI_ONLY.stream().anyMatch(ui -> target.equals(ui) || target.startsWith(ui + "."))) {
			wrong.add(bundle + " -> " + target + " (" + how + "): only the UI bundles may");
		}
	}

	private static Map<String, Manifest> manifests() throws IOException {
		Map<String, Manifest> manifests = new TreeMap<>();
		try (Stream<Path> dirs = Files.list(BUNDLES)) {
			for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("META-INF/MANIFEST.MF"))).toList()) {
				try (InputStream in = Files.newInputStream(dir.resolve("META-INF/MANIFEST.MF"))) {
					Manifest manifest = new Manifest(in);
					String name = names(manifest.getMainAttributes().getValue("Bundle-SymbolicName")).get(0);
					manifests.put(name, manifest);
				}
			}
		}
		return manifests;
	}

	/** @return which bundle exports each package */
	private static Map<String, String> packageOwners(Map<String, Manifest> manifests) {
		Map<String, String> owners = new TreeMap<>();
		manifests.forEach((bundle, manifest) -> names(manifest.getMainAttributes().getValue("Export-Package"))
				.forEach(exported -> owners.put(exported, bundle)));
		return owners;
	}

	/** @return the names of an OSGi header's clauses, their attributes and directives cut off */
	static List<String> names(String header) {
		List<String> names = new ArrayList<>();
		if (header == null) {
			return names;
		}
		StringBuilder clause = new StringBuilder();
		boolean quoted = false;
		for (char c : (header + ",").toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				String name = clause.toString().split(";", 2)[0].strip();
				if (!name.isEmpty()) {
					names.add(name);
				}
				clause.setLength(0);
			} else {
				clause.append(c);
			}
		}
		return names;
	}
}
