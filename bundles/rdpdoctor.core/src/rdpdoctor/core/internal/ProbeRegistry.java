package rdpdoctor.core.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

import rdpdoctor.core.IProbe;
import rdpdoctor.core.engine.ProbeDescriptor;

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
		String requires = element.getAttribute("requires");
		Set<String> needs = requires == null ? Set.of()
				: Arrays.stream(requires.split(",")).map(String::trim).filter(s -> !s.isEmpty())
						.collect(Collectors.toSet());
		long timeout = 0;
		String timeoutText = element.getAttribute("timeoutMs");
		if (timeoutText != null && !timeoutText.isBlank()) {
			try {
				timeout = Long.parseLong(timeoutText.trim());
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("probe " + id + ": timeoutMs '" + timeoutText + "' is not a number");
			}
		}
		return new ProbeDescriptor(id, element.getAttribute("name"), needs, timeout,
				() -> create(element, IProbe.class));
	}
}
