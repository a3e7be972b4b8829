package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The API baseline check: the public signatures of every API package (exported, neither x-internal nor x-friends) of
 * the RDP Doctor bundles in this runtime, compared with the signatures of the last release recorded in
 * {@code releng/api/}. A change must show in the package's version: additions need a higher minor version than the
 * release's, removals and changes a higher major version (a higher minor one while the major is 0, as semantic
 * versioning allows); raised once, the version covers every further change until the next release. A package the
 * last release did not have is recorded at its first version, with its signature: no exported API package goes
 * unchecked. Also: every public type of an API package has Javadoc.
 *
 * <p>
 * To record the API at a release: run this test with the environment variable {@code RDPDOCTOR_API_WRITE=1}; to record
 * new packages only, {@code RDPDOCTOR_API_WRITE=PACKAGE,PACKAGE}.
 */
class ApiBaselineTest {

	private static final Path BASELINE = Path.of("../../releng/api");
	private static final Path SOURCES = Path.of("../../bundles");
	private static final Pattern TYPE_DECLARATION = Pattern.compile(
			"^public (?:(?:abstract|final|sealed|non-sealed|static) )*(?:class|interface|enum|record|@interface) ",
			Pattern.MULTILINE);

	@Test
	void everyApiChangeShowsInItsPackageVersion() throws IOException {
		Map<String, ApiPackage> packages = apiPackages();
		assertTrue(packages.size() >= 8, "API packages found: " + packages.keySet());
		String writing = System.getenv().getOrDefault("RDPDOCTOR_API_WRITE", "");
		List<String> problems = new ArrayList<>();
		for (ApiPackage api : packages.values()) {
			Path file = BASELINE.resolve(api.name() + ".api");
			if (writing.equals("1") || List.of(writing.split(",")).contains(api.name())) {
				Files.createDirectories(BASELINE);
				Files.write(file, api.lines(), StandardCharsets.UTF_8);
			} else if (!Files.exists(file)) {
				problems.add(api.name() + ": no baseline in " + file + " (run with RDPDOCTOR_API_WRITE=1)");
			} else {
				List<String> baseline = Files.readAllLines(file, StandardCharsets.UTF_8);
				if (baseline.size() < 2 || baseline.get(0).equals("version 0.0.0")) {
					problems.add(api.name() + ": " + file + " records no signature, so its API is unchecked (record it"
							+ " with RDPDOCTOR_API_WRITE=" + api.name() + ")");
				} else {
					check(api, baseline).ifPresent(problems::add);
				}
			}
		}
		if (!problems.isEmpty()) {
			fail(String.join("\n\n", problems));
		}
	}

	@Test
	void everyApiPackageTheManifestsExportIsChecked() throws IOException {
		Map<String, ApiPackage> checked = apiPackages();
		List<String> unchecked = new ArrayList<>();
		try (Stream<Path> dirs = Files.list(SOURCES)) {
			for (Path manifest : dirs.map(d -> d.resolve("META-INF/MANIFEST.MF")).filter(Files::isRegularFile)
					.toList()) {
				String text = Files.readString(manifest).replace("\r\n ", "").replace("\n ", "");
				var header = Pattern.compile("^Export-Package: (.*)$", Pattern.MULTILINE).matcher(text);
				if (!header.find() || !manifest.toString().contains("rdpdoctor.")
						|| manifest.toString().contains("com.example")) {
					continue;
				}
				for (String clause : header.group(1).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) { // commas outside quotes
					String pkg = clause.split(";")[0].strip();
					if (!clause.contains("x-internal") && !clause.contains("x-friends") && !checked.containsKey(pkg)) {
						unchecked.add(pkg + " (" + manifest + ")");
					}
				}
			}
		}
		assertTrue(unchecked.isEmpty(), "API packages the baseline check does not see: " + unchecked);
		assertTrue(checked.keySet().containsAll(List.of("rdpdoctor.ssh", "rdpdoctor.ssh.host", "rdpdoctor.events",
				"rdpdoctor.remediation", "rdpdoctor.plugins", "rdpdoctor.core.registry")), checked.keySet().toString());
	}

	@Test
	void aRemovedMethodWithoutAMajorVersionIsCaught() {
		ApiPackage now = new ApiPackage("p", "b", new Version(1, 2, 0), List.of("class p.A", "  method public void a()"));
		List<String> baseline = List.of("version 1.2.0", "class p.A", "  method public void a()",
				"  method public void b()");
		assertTrue(check(now, baseline).orElseThrow().contains("- " + "  method public void b()"));
		assertTrue(check(new ApiPackage("p", "b", new Version(2, 0, 0), now.signature()), baseline).isEmpty());
		assertTrue(check(new ApiPackage("p", "b", new Version(1, 3, 0), now.signature()), baseline).isPresent(),
				"a removal needs a major version");
		assertFalse(check(new ApiPackage("p", "b", new Version(1, 2, 0), baseline.subList(1, 4)), baseline)
				.isPresent());
	}

	@Test
	void everyPublicTypeOfAnApiPackageHasJavadoc() throws IOException {
		List<String> missing = new ArrayList<>();
		for (ApiPackage api : apiPackages().values()) {
			Path dir = SOURCES.resolve(api.bundle()).resolve("src").resolve(api.name().replace('.', '/'));
			try (Stream<Path> files = Files.list(dir)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					String text = Files.readString(file);
					var declaration = TYPE_DECLARATION.matcher(text);
					if (declaration.find() && !text.substring(0, declaration.start()).contains("/**")) {
						missing.add(file.toString());
					}
				}
			}
		}
		assertTrue(missing.isEmpty(), "public API types without Javadoc: " + missing);
	}

	/** @return what is wrong with the package's version, given its baseline */
	private static java.util.Optional<String> check(ApiPackage api, List<String> baseline) {
		Version recorded = Version.parseVersion(baseline.get(0).substring("version ".length()));
		List<String> before = baseline.subList(1, baseline.size());
		TreeSet<String> removed = new TreeSet<>(before);
		removed.removeAll(api.signature());
		TreeSet<String> added = new TreeSet<>(api.signature());
		added.removeAll(before);
		if (removed.isEmpty() && added.isEmpty()) {
			return java.util.Optional.empty();
		}
		boolean major = api.version().getMajor() > recorded.getMajor()
				|| recorded.getMajor() == 0 && api.version().getMinor() > recorded.getMinor();
		boolean minor = major || api.version().getMajor() == recorded.getMajor()
				&& api.version().getMinor() > recorded.getMinor();
		if (removed.isEmpty() ? minor : major) {
			return java.util.Optional.empty();
		}
		StringBuilder text = new StringBuilder(api.name() + " (" + api.bundle() + "): the API changed but its version is "
				+ api.version() + " (baseline " + recorded + "): raise the "
				+ (removed.isEmpty() ? "minor" : "major") + " version in the bundle's MANIFEST.MF Export-Package, then"
				+ " record the API with RDPDOCTOR_API_WRITE=1");
		removed.forEach(line -> text.append("\n- ").append(line));
		added.forEach(line -> text.append("\n+ ").append(line));
		return java.util.Optional.of(text.toString());
	}

	/** An exported API package and its public signatures now. */
	private record ApiPackage(String name, String bundle, Version version, List<String> signature) {

		List<String> lines() {
			List<String> lines = new ArrayList<>();
			lines.add("version " + version);
			lines.addAll(signature);
			return lines;
		}
	}

	private static Map<String, ApiPackage> apiPackages() {
		Map<String, ApiPackage> packages = new TreeMap<>();
		Bundle[] bundles = FrameworkUtil.getBundle(ApiBaselineTest.class).getBundleContext().getBundles();
		for (Bundle bundle : bundles) {
			String name = bundle.getSymbolicName();
			if (!name.startsWith("rdpdoctor.") || name.endsWith(".tests") || name.contains(".tests.")) {
				continue;
			}
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (wiring == null) {
				continue;
			}
			for (BundleCapability export : wiring.getRevision().getDeclaredCapabilities(BundleRevision.PACKAGE_NAMESPACE)) {
				Map<String, String> directives = export.getDirectives();
				if (directives.containsKey("x-internal") && "true".equals(directives.get("x-internal"))
						|| directives.containsKey("x-friends")) {
					continue;
				}
				String pkg = (String) export.getAttributes().get(BundleRevision.PACKAGE_NAMESPACE);
				Version version = (Version) export.getAttributes().get("version");
				packages.put(pkg, new ApiPackage(pkg, name, version, signature(wiring, pkg)));
			}
		}
		return packages;
	}

	private static List<String> signature(BundleWiring wiring, String pkg) {
		List<String> lines = new ArrayList<>();
		List<String> classes = new ArrayList<>(wiring.listResources(pkg.replace('.', '/'), "*.class", 0));
		classes.sort(null);
		for (String resource : classes) {
			String className = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
			Class<?> type;
			try {
				type = wiring.getClassLoader().loadClass(className);
			} catch (ClassNotFoundException | LinkageError e) {
				throw new AssertionError(className + ": " + e, e);
			}
			if (isApi(type)) {
				lines.addAll(describe(type));
			}
		}
		return lines;
	}

	private static boolean isApi(Class<?> type) {
		for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
			if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
				return false;
			}
		}
		return true;
	}

	private static List<String> describe(Class<?> type) {
		List<String> lines = new ArrayList<>();
		StringBuilder head = new StringBuilder(Modifier.toString(type.getModifiers() & ~Modifier.STATIC))
				.append(type.isInterface() ? " " : " class ").append(type.getName());
		if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
			head.append(" extends ").append(type.getGenericSuperclass().getTypeName());
		}
		if (type.getGenericInterfaces().length > 0) {
			head.append(" implements ").append(Arrays.stream(type.getGenericInterfaces())
					.map(java.lang.reflect.Type::getTypeName).sorted().toList());
		}
		lines.add(head.toString().trim());
		TreeSet<String> members = new TreeSet<>();
		for (Field field : type.getDeclaredFields()) {
			if (visible(field.getModifiers()) && !field.isSynthetic()) {
				members.add("  field " + field.toGenericString());
			}
		}
		for (Constructor<?> constructor : type.getDeclaredConstructors()) {
			if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
				members.add("  constructor " + constructor.toGenericString());
			}
		}
		for (Method method : type.getDeclaredMethods()) {
			if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
				members.add("  method " + method.toGenericString());
			}
		}
		lines.addAll(members);
		return lines;
	}

	private static boolean visible(int modifiers) {
		return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
	}
}
