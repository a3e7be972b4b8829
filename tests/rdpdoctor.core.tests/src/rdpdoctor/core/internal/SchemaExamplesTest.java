package rdpdoctor.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.text.StringEscapeUtils;
import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Target;
import rdpdoctor.core.engine.DiagnosisEngine;
import rdpdoctor.core.engine.ProbeDescriptor;
import rdpdoctor.core.inventory.InstalledImporter;
import rdpdoctor.model.ProbeStatus;

/**
 * Every example in the extension points' schemas ({@code schema/*.exsd}, what a third party copies) is contributed
 * as written, with the example classes a third party would write ({@code com.example} in this fragment), and run.
 */
class SchemaExamplesTest {

	private static final Pattern EXAMPLE = Pattern.compile(
			"meta\\.section type=\"examples\"/></appInfo>\\s*<documentation>(.*?)</documentation>", Pattern.DOTALL);

	private final Object masterToken = new Object();
	private IExtensionRegistry registry;
	private IContributor thirdParty;

	@TempDir
	Path dir;

	@BeforeEach
	void createRegistry() {
		registry = RegistryFactory.createRegistry(RegistryFactory.createOSGiStrategy(null, null, masterToken),
				masterToken, null);
		thirdParty = ContributorFactoryOSGi.createContributor(FrameworkUtil.getBundle(SchemaExamplesTest.class));
		contribute("""
				<plugin>
				  <extension-point id="probes" name="probes"/>
				  <extension-point id="rules" name="rules"/>
				  <extension-point id="importers" name="importers"/>
				  <extension-point id="reportFormats" name="reportFormats"/>
				  <extension-point id="settings" name="settings"/>
				</plugin>""", ContributorFactorySimple.createContributor("rdpdoctor.core"));
		// the shipped TCP probe, as rdpdoctor.probes.net contributes it (its class is not needed here)
		contribute("""
				<plugin>
				  <extension point="rdpdoctor.core.probes">
				    <probe id="tcp" name="TCP" class="rdpdoctor.probes.net.tcp.TcpConnectProbe"/>
				  </extension>
				</plugin>""", ContributorFactorySimple.createContributor("rdpdoctor.probes.net"));
	}

	@AfterEach
	void stopRegistry() {
		registry.stop(masterToken);
	}

	private void contribute(String xml, IContributor contributor) {
		assertTrue(registry.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
				contributor, false, contributor.getName() + xml.hashCode(), null, masterToken), xml);
	}

	/** @return the examples of every schema the core bundle ships, by schema name */
	private static Map<String, String> examples() throws IOException {
		Bundle core = FrameworkUtil.getBundle(DiagnosisEngine.class);
		Map<String, String> examples = new java.util.TreeMap<>();
		for (URL url : Collections.list(core.findEntries("schema", "*.exsd", false))) {
			try (InputStream in = url.openStream()) {
				String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				Matcher m = EXAMPLE.matcher(schema);
				if (m.find()) {
					examples.put(url.getPath().replaceAll(".*/", ""), StringEscapeUtils.unescapeXml(m.group(1)).strip());
				}
			}
		}
		return examples;
	}

	@Test
	void everySchemaExampleIsContributedAsWrittenAndRuns() throws Exception {
		Map<String, String> examples = examples();
		assertEquals(Set.of("importers.exsd", "probes.exsd", "reportFormats.exsd", "rules.exsd", "settings.exsd"),
				examples.keySet(),
				"schemas with examples");
		for (String example : examples.values()) {
			contribute("<plugin>\n" + example + "\n</plugin>", thirdParty);
		}
		List<String> problems = new ArrayList<>();
		try (ProbeRegistry probes = new ProbeRegistry(registry, problems::add);
				RuleRegistry rules = new RuleRegistry(registry, problems::add);
				ImporterRegistry importers = new ImporterRegistry(registry, problems::add);
				ReportFormatRegistry formats = new ReportFormatRegistry(registry, problems::add);
				SettingRegistry settings = new SettingRegistry(registry, problems::add)) {
			java.util.stream.Stream.of(probes, rules, importers, formats, settings).forEach(r -> r.all()); // read now
			assertEquals(List.of(), problems, "the examples are well-formed and their ids unique");
			assertEquals(Map.of("com.example.banner.waitMs", "2000"), rdpdoctor.core.Installed.pluginValues(settings.all(),
					Map.of()), "the declared setting's default");
			assertEquals("500", rdpdoctor.core.Installed.pluginValues(settings.all(), Map.of("com.example.banner.waitMs",
					" 500 ")).get("com.example.banner.waitMs"));
			ProbeDescriptor banner = probes.all().stream().filter(p -> p.id().equals("com.example.banner"))
					.findFirst().orElseThrow();
			assertEquals(Set.of("tcp"), banner.requires(), "rdpdoctor.probes.net.tcp names the shipped TCP probe");

			ProbeDescriptor tcp = new ProbeDescriptor("tcp", "TCP", Set.of(), 0,
					() -> (context, report) -> report.status(ProbeStatus.OK, "connected"));
			HostDiagnosis run = new DiagnosisEngine(List.of(tcp, banner), rules.all(), DiagnosisSettings.defaults())
					.diagnose(List.of(new Target("host.example", 3389)), null, null).get(0);
			assertEquals(ProbeStatus.OK, run.outcomesById().get("com.example.banner").status(), run.toString());
			assertEquals(List.of("BANNER_MISSING"), run.findings().stream().map(f -> f.cause()).toList());
			ReportFormatRegistry.Descriptor hostList = formats.all().stream().filter(f -> f.id().equals(
					"com.example.hostlist")).findFirst().orElseThrow();
			java.io.ByteArrayOutputStream report = new java.io.ByteArrayOutputStream();
			hostList.format().write(new rdpdoctor.core.report.ReportInput() {
				public String title() {
					return "example";
				}

				public java.time.Instant started() {
					return run.started();
				}

				public java.time.Instant finished() {
					return run.finished();
				}

				public int planned() {
					return 1;
				}

				public Map<String, String> facts() {
					return Map.of();
				}

				public Iterable<HostDiagnosis> hosts() {
					return List.of(run);
				}
			}, report);
			assertEquals("host.example:3389 DEGRADED BANNER_MISSING\n", report.toString(StandardCharsets.UTF_8));

			InstalledImporter royal = importers.all().stream().filter(i -> i.id().equals("com.example.royalts"))
					.findFirst().orElseThrow();
			Path export = dir.resolve("servers.rtsz");
			Files.writeString(export, "ts01.example\nts02.example\n");
			assertTrue(royal.importer().accepts(export));
			assertEquals(2, royal.importer().read(export).hosts().size());
		}
	}
}
