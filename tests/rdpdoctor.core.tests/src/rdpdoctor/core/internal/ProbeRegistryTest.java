package rdpdoctor.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import rdpdoctor.core.IProbe;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.core.engine.ProbeDescriptor;
import rdpdoctor.core.registry.ContributionRegistry;

/**
 * Runs the registries against a private extension registry, so contributions can be added and removed the way
 * bundles coming and going add and remove them.
 */
class ProbeRegistryTest {

	private final Object masterToken = new Object();
	private IExtensionRegistry registry;
	private IContributor contributor;

	@BeforeEach
	void createRegistry() {
		registry = RegistryFactory.createRegistry(RegistryFactory.createOSGiStrategy(null, null, masterToken),
				masterToken, null);
		Bundle self = FrameworkUtil.getBundle(ProbeRegistryTest.class);
		contributor = ContributorFactoryOSGi.createContributor(self);
		contribute("""
				<plugin>
				  <extension-point id="probes" name="probes"/>
				  <extension-point id="rules" name="rules"/>
				</plugin>""", "rdpdoctor.core");
	}

	@AfterEach
	void stopRegistry() {
		registry.stop(masterToken);
	}

	private void contribute(String xml, String name) {
		boolean added = registry.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
				contributor, false, name, null, masterToken);
		assertTrue(added, "contribution " + name + " was not accepted");
	}

	@Test
	void noticesProbesComingAndGoingAndReportsMalformedOnes() {
		List<String> problems = new ArrayList<>();
		try (ProbeRegistry probes = new ProbeRegistry(registry, problems::add)) {
			assertEquals(List.of(), probes.all());

			contribute("""
					<plugin>
					  <extension id="x" point="rdpdoctor.core.probes">
					    <probe id="echo" name="Echo" class="rdpdoctor.core.internal.ProbeRegistryTest$Echo"
					           requires="dns, tcp" timeoutMs="1500" reachability="true"/>
					    <probe id="nameless"/>
					    <probe id="badtimeout" class="rdpdoctor.core.internal.ProbeRegistryTest$Echo" timeoutMs="soon"/>
					  </extension>
					</plugin>""", "third.party");

			awaitSize(probes, 1); // registry events arrive on another thread
			ProbeDescriptor echo = probes.all().get(0);
			assertEquals("echo", echo.id());
			assertEquals(Set.of("dns", "tcp"), echo.requires());
			assertEquals(1500, echo.timeoutMs());
			assertTrue(echo.reachability());
			IProbe first = echo.factory().get();
			IProbe second = echo.factory().get(); // from the constructor the first creation found
			assertTrue(first instanceof Echo && second instanceof Echo);
			assertTrue(first != second, "one instance per host");
			assertEquals(2, problems.size(), problems.toString());
			assertTrue(problems.get(0).contains("'class' is missing"), problems.get(0));
			assertTrue(problems.get(1).contains("soon"), problems.get(1));

			IExtension extension = java.util.Arrays.stream(registry.getExtensionPoint("rdpdoctor.core.probes")
					.getExtensions()).filter(e -> e.getSimpleIdentifier().equals("x")).findFirst().orElseThrow();
			assertTrue(registry.removeExtension(extension, masterToken), "the extension was not removed");

			awaitSize(probes, 0);
		}
	}

	/** Waits (at most 10 s) for the registry's change event to reach the registry under test. */
	private static void awaitSize(ContributionRegistry<?> contributions, int size) {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (contributions.all().size() != size && System.nanoTime() < deadline) {
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		assertEquals(size, contributions.all().size(), "contributions after the change event");
	}

	@Test
	void aDuplicateIdIsReportedWithBothContributorsAndTheFirstIsKept() {
		IContributor other = org.eclipse.core.runtime.ContributorFactorySimple.createContributor("com.example.other");
		contribute("""
				<plugin>
				  <extension point="rdpdoctor.core.probes">
				    <probe id="banner" name="First" class="rdpdoctor.core.internal.ProbeRegistryTest$Echo"/>
				  </extension>
				</plugin>""", "first");
		assertTrue(registry.addContribution(new ByteArrayInputStream("""
				<plugin>
				  <extension point="rdpdoctor.core.probes">
				    <probe id="banner" name="Second" class="com.example.Banner"/>
				  </extension>
				</plugin>""".getBytes(StandardCharsets.UTF_8)), other, false, "second", null, masterToken));
		List<String> problems = new ArrayList<>();
		try (ProbeRegistry probes = new ProbeRegistry(registry, problems::add)) {
			assertEquals(List.of("First"), probes.all().stream().map(ProbeDescriptor::name).toList());
			assertEquals(1, problems.size(), problems.toString());
			assertTrue(problems.get(0).contains("'banner' is contributed by " + contributor.getName()
					+ " and again by com.example.other"), problems.get(0));
		}
	}

	@Test
	void aProbeIsNamedByItsIdOrByItsBundleAndItsId() {
		contribute("""
				<plugin>
				  <extension point="rdpdoctor.core.probes">
				    <probe id="tcp" class="rdpdoctor.core.internal.ProbeRegistryTest$Echo"/>
				    <probe id="com.example.banner" class="rdpdoctor.core.internal.ProbeRegistryTest$Echo"
				           requires="%s.tcp" after="tcp"/>
				  </extension>
				</plugin>""".formatted(contributor.getName()), "qualified");
		try (ProbeRegistry probes = new ProbeRegistry(registry, p -> { })) {
			ProbeDescriptor banner = probes.all().get(1);
			assertEquals(Set.of("tcp"), banner.requires(), "the qualified name of the shipped probe is its id");
			assertEquals(Set.of("tcp"), banner.after());
		}
	}

	@Test
	void rulesAreReadToo() {
		contribute("""
				<plugin>
				  <extension point="rdpdoctor.core.rules">
				    <rule id="r1" class="rdpdoctor.core.internal.ProbeRegistryTest$NoFindings"/>
				  </extension>
				</plugin>""", "rules.contributor");
		try (RuleRegistry rules = new RuleRegistry(registry, p -> { })) {
			assertEquals(List.of("r1"), rules.all().stream().map(r -> r.id()).toList());
			assertEquals(List.of(), rules.all().get(0).factory().get().evaluate(null));
		}
	}

	/** A probe that records one fact. */
	public static class Echo implements IProbe {
		@Override
		public void run(rdpdoctor.core.ProbeContext context, ProbeReport report) {
			report.put("echo", true);
		}
	}

	/** A rule that finds nothing. */
	public static class NoFindings implements rdpdoctor.core.IRule {
		@Override
		public List<rdpdoctor.core.Finding> evaluate(rdpdoctor.core.RuleContext context) {
			return List.of();
		}
	}
}
