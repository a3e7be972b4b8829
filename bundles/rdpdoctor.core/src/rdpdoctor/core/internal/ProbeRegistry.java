package rdpdoctor.core.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

import rdpdoctor.core.IProbe;
import rdpdoctor.core.engine.ProbeDescriptor;
import rdpdoctor.core.registry.ContributionRegistry;

/** The probes contributed to {@code rdpdoctor.core.probes}. */
public final class ProbeRegistry extends ContributionRegistry<ProbeDescriptor> {

	/** The extension point's full id. */
	public static final String POINT = "rdpdoctor.core.probes";

	/**
	 * @param registry the extension registry
	 * @param problems receives one line per malformed contribution
	 */
	public ProbeRegistry(IExtensionRegistry registry, Consumer<String> problems) {
		super(registry, POINT, problems);
	}

	@Override
	protected ProbeDescriptor read(IConfigurationElement element) {
		String id = required(element, "id");
		required(element, "class");
		Set<String> needs = ids(element.getAttribute("requires"));
		Set<String> after = ids(element.getAttribute("after"));
		long timeout = 0;
		String timeoutText = element.getAttribute("timeoutMs");
		if (timeoutText != null && !timeoutText.isBlank()) {
			try {
				timeout = Long.parseLong(timeoutText.trim());
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("probe " + id + ": timeoutMs '" + timeoutText + "' is not a number");
			}
		}
		return new ProbeDescriptor(id, element.getAttribute("name"), needs, after, timeout,
				Boolean.parseBoolean(element.getAttribute("reachability")), factory(element, IProbe.class));
	}

	@Override
	protected String id(ProbeDescriptor descriptor) {
		return descriptor.id();
	}

	/**
	 * Lets {@code requires} and {@code after} name a probe by its id or by its contributing bundle's name and its id
	 * ({@code rdpdoctor.probes.net.tcp} is {@code tcp}), so that third parties can name the shipped probes by a
	 * qualified id and the short ids of the JSON result keep working.
	 */
	@Override
	protected List<ProbeDescriptor> complete(List<Contribution<ProbeDescriptor>> contributions) {
		Map<String, String> ids = new HashMap<>();
		for (Contribution<ProbeDescriptor> c : contributions) {
			ids.putIfAbsent(c.descriptor().id(), c.descriptor().id());
			ids.putIfAbsent(c.contributor() + "." + c.descriptor().id(), c.descriptor().id());
		}
		return contributions.stream().map(Contribution::descriptor)
				.map(d -> new ProbeDescriptor(d.id(), d.name(), canonical(d.requires(), ids), canonical(d.after(), ids),
						d.timeoutMs(), d.reachability(), d.factory()))
				.toList();
	}

	private static Set<String> canonical(Set<String> references, Map<String, String> ids) {
		return references.stream().map(r -> ids.getOrDefault(r, r)).collect(Collectors.toSet());
	}

	private static Set<String> ids(String list) {
		return list == null ? Set.of()
				: Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
	}
}
