package rdpdoctor.core.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

import rdpdoctor.core.engine.RemediationLookup;
import rdpdoctor.core.registry.ContributionRegistry;

/**
 * Which causes each contributed remediation fixes on which system, read from {@code rdpdoctor.remediation.remediations}
 * without loading a class: the engine names them in the findings. The remediations themselves are
 * rdpdoctor.remediation's.
 */
public final class RemediationDeclarations extends ContributionRegistry<RemediationDeclarations.Declaration>
		implements RemediationLookup {

	/** The extension point's full id (declared by rdpdoctor.remediation). */
	public static final String POINT = "rdpdoctor.remediation.remediations";

	/**
	 * One contribution as declared.
	 *
	 * @param id     the remediation's id
	 * @param system the system it is for
	 * @param causes the causes it fixes
	 */
	public record Declaration(String id, String system, List<String> causes) {
	}

	/**
	 * @param registry the extension registry
	 * @param problems receives one line per malformed contribution, the first time it is found
	 */
	public RemediationDeclarations(IExtensionRegistry registry, Consumer<String> problems) {
		super(registry, POINT, problems);
	}

	@Override
	protected Declaration read(IConfigurationElement element) {
		required(element, "causes");
		return new Declaration(required(element, "id"), required(element, "system"), list(element, "causes"));
	}

	@Override
	protected String id(Declaration declaration) {
		return declaration.id() + "@" + declaration.system();
	}

	@Override
	public List<String> forCause(String cause, Optional<String> system) {
		return all().stream().filter(d -> d.causes().contains(cause))
				.filter(d -> system.map(d.system()::equals).orElse(true)).map(Declaration::id).distinct().toList();
	}
}
