package rdpdoctor.remediation;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

import rdpdoctor.core.registry.ContributionRegistry;
import rdpdoctor.ssh.host.HostSystem;

/**
 * The remediations contributed to {@code rdpdoctor.remediation.remediations}, following bundles as they come and go.
 * A remediation id (the one findings name) may have one contribution per system.
 */
public final class Remediations extends ContributionRegistry<Remediations.Descriptor> {

	/** The extension point's full id. */
	public static final String POINT = "rdpdoctor.remediation.remediations";

	/**
	 * A remediation as contributed.
	 *
	 * @param id          the id findings name ({@code reset-rdp-certificate}, ...)
	 * @param name        its name for people
	 * @param system      the system it is for: {@code LINUX} or {@code WINDOWS}
	 * @param causes      the causes it fixes
	 * @param workaround  whether it is a temporary step that lowers security
	 * @param remediation the remediation
	 */
	public record Descriptor(String id, String name, HostSystem system, List<String> causes, boolean workaround,
			IRemediation remediation) {
	}


	private static final PerExtensionRegistry<Remediations> SHARED = new PerExtensionRegistry<>(
			registry -> new Remediations(registry, problem -> {
				// kept in problems(), which every user reports
			}));

	/**
	 * The registry of this extension point for as long as the extension registry lives: read once, then following
	 * bundles as they come and go. Its {@link #problems()} are for its users to report (the command line on standard
	 * error, the workbench in the Error Log).
	 *
	 * @param registry the extension registry (the platform's, or a test's own)
	 * @return its registry of remediations, the same object each time
	 */
	public static Remediations of(IExtensionRegistry registry) {
		return SHARED.of(registry);
	}

	/**
	 * A registry of its own (tests; {@link #of(IExtensionRegistry)} otherwise), closed by its maker.
	 *
	 * @param registry the extension registry
	 * @param problems receives one line per malformed contribution, the first time it is found
	 */
	public Remediations(IExtensionRegistry registry, Consumer<String> problems) {
		super(registry, POINT, problems);
	}

	@Override
	protected String id(Descriptor descriptor) {
		return descriptor.id() + "@" + descriptor.system();
	}

	@Override
	protected Descriptor read(IConfigurationElement element) {
		String id = required(element, "id");
		String named = required(element, "system");
		HostSystem system = HostSystem.named(named);
		if (system == HostSystem.OTHER) {
			throw new IllegalArgumentException(id + ": system '" + named + "' is not LINUX or WINDOWS");
		}
		required(element, "causes");
		List<String> causes = list(element, "causes");
		String name = Optional.ofNullable(element.getAttribute("name")).orElse(id);
		return new Descriptor(id, name, system, causes, "true".equals(element.getAttribute("workaround")),
				create(element, IRemediation.class));
	}

	/**
	 * @param cause  a cause id
	 * @param system the host's system
	 * @return the remediations for that cause on that system, in contribution order
	 */
	public List<Descriptor> forCause(String cause, HostSystem system) {
		return all().stream().filter(d -> d.system() == system && d.causes().contains(cause)).toList();
	}

	/**
	 * @param id     a remediation id
	 * @param system a system
	 * @return its contribution for that system
	 */
	public Optional<Descriptor> find(String id, HostSystem system) {
		return all().stream().filter(d -> d.id().equals(id) && d.system() == system).findFirst();
	}
}
