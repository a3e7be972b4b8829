package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

import rdpdoctor.core.codes.ErrorCatalog;
import rdpdoctor.core.internal.Contributions;
import rdpdoctor.core.internal.RemediationDeclarations;
import rdpdoctor.remediation.RemediationIds;
import rdpdoctor.remediation.Remediations;
import rdpdoctor.ssh.host.HostSystem;

/**
 * The cause -> remediation mapping is declared once, in the {@code rdpdoctor.remediation.remediations} contributions:
 * every remediation contributed exists as its id says, for causes the catalog knows; what the engine names in a
 * finding (core's reading of the declarations) is what {@code fix} plans from (the remediation registry), for every
 * cause and system; and no rule names remediations of its own.
 */
class RemediationMappingTest {

	private static final Path BUNDLES = Path.of("../../bundles");

	@Test
	void everyContributedRemediationFixesCausesOfTheCatalogAndIsAShippedId() throws IllegalAccessException {
		Set<String> causes = ErrorCatalog.get().causes().stream().map(ErrorCatalog.Cause::id)
				.collect(Collectors.toSet());
		Set<String> ids = new TreeSet<>();
		for (Field field : RemediationIds.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers())) {
				ids.add((String) field.get(null));
			}
		}
		Remediations remediations = Remediations.of(RegistryFactory.getRegistry());
		assertEquals(List.of(), remediations.problems());
		Set<String> contributed = new TreeSet<>();
		for (Remediations.Descriptor d : remediations.all()) {
			contributed.add(d.id());
			for (String cause : d.causes()) {
				assertTrue(causes.contains(cause), d.id() + " on " + d.system() + " names " + cause
						+ ", which the cause catalog does not know");
			}
		}
		assertEquals(ids, contributed, "every id of RemediationIds is contributed, and no other");
	}

	@Test
	void whatTheEngineNamesIsWhatFixPlansFromForEveryCauseAndSystem() {
		RemediationDeclarations declared = Contributions.of(RegistryFactory.getRegistry()).remediations();
		Remediations remediations = Remediations.of(RegistryFactory.getRegistry());
		int named = 0;
		for (ErrorCatalog.Cause cause : ErrorCatalog.get().causes()) {
			for (HostSystem system : HostSystem.values()) {
				List<String> byFix = remediations.forCause(cause.id(), system).stream()
						.map(Remediations.Descriptor::id).toList();
				assertEquals(byFix, declared.forCause(cause.id(), Optional.of(system.name())), cause.id() + " on "
						+ system);
				named += byFix.size();
			}
			List<String> anySystem = remediations.all().stream().filter(d -> d.causes().contains(cause.id()))
					.map(Remediations.Descriptor::id).distinct().toList();
			assertEquals(anySystem, declared.forCause(cause.id(), Optional.empty()), cause.id() + " without SSH");
		}
		assertTrue(named >= 19, "the shipped remediations are seen: " + named);
		assertEquals(List.of(), declared.forCause("CERT_EXPIRED", Optional.of("OTHER")), "none for another system");
	}

	@Test
	void noShippedRuleNamesRemediationsOfItsOwn() throws IOException {
		List<String> naming = new ArrayList<>();
		for (String bundle : List.of("rdpdoctor.probes.net", "rdpdoctor.probes.host", "rdpdoctor.events")) {
			try (Stream<Path> files = Files.walk(BUNDLES.resolve(bundle).resolve("src"))) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					if (Files.readString(file).contains(".remediations(")) {
						naming.add(file.toString());
					}
				}
			}
		}
		assertEquals(List.of(), naming, "the engine names the remediations plugin.xml declares for a cause");
	}
}
