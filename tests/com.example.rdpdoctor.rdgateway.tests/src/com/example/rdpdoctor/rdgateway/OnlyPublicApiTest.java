package com.example.rdpdoctor.rdgateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The example plug-in is what a third party can write: it requires only RDP Doctor's API and imports nothing else of it. */
class OnlyPublicApiTest {

	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(rdpdoctor(?:\\.\\w+)*)\\.[A-Z]\\w*",
			Pattern.MULTILINE);

	@Test
	void theExampleRequiresOnlyCoreModelAndSsh() {
		assertEquals(List.of("rdpdoctor.core", "rdpdoctor.model", "rdpdoctor.ssh"), requiredBundles());
	}

	@Test
	void everyRdpDoctorPackageItImportsIsExportedAsApi() throws IOException {
		Set<String> api = new TreeSet<>();
		Bundle self = FrameworkUtil.getBundle(RdGatewayProbe.class);
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			if (requiredBundles().contains(bundle.getSymbolicName())) {
				for (String export : clauses(bundle.getHeaders().get("Export-Package"))) {
					if (!export.contains("x-internal") && !export.contains("x-friends")) {
						api.add(export.split(";")[0].strip());
					}
				}
			}
		}
		assertTrue(api.contains("rdpdoctor.core"), api.toString());
		Path sources = Path.of("../../bundles/com.example.rdpdoctor.rdgateway/src");
		List<String> used = new ArrayList<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher imports = IMPORT.matcher(Files.readString(file));
				while (imports.find()) {
					used.add(imports.group(1));
					assertTrue(api.contains(imports.group(1)), file + " imports " + imports.group(1)
							+ ", which is not API: " + api);
				}
			}
		}
		assertTrue(used.contains("rdpdoctor.core"), "the sources were read: " + used);
	}

	private static List<String> requiredBundles() {
		String header = FrameworkUtil.getBundle(RdGatewayProbe.class).getHeaders().get("Require-Bundle");
		return clauses(header).stream().map(c -> c.split(";")[0].strip()).toList();
	}

	/** Splits a manifest header at the commas outside quotes. */
	private static List<String> clauses(String header) {
		if (header == null) {
			return List.of();
		}
		List<String> clauses = new ArrayList<>();
		StringBuilder clause = new StringBuilder();
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				clauses.add(clause.toString());
				clause.setLength(0);
			} else {
				clause.append(c);
			}
		}
		clauses.add(clause.toString());
		return Arrays.asList(clauses.toArray(String[]::new));
	}
}
