package rdpdoctor.core.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

import rdpdoctor.core.report.IReportFormat;
import rdpdoctor.core.registry.ContributionRegistry;

/** The report formats contributed to {@code rdpdoctor.core.reportFormats}. */
public final class ReportFormatRegistry extends ContributionRegistry<ReportFormatRegistry.Descriptor> {

	/** The extension point's full id. */
	public static final String POINT = "rdpdoctor.core.reportFormats";

	/**
	 * A format as contributed.
	 *
	 * @param id        its id
	 * @param name      its name for people
	 * @param extension the usual file extension
	 * @param format    the instance
	 */
	public record Descriptor(String id, String name, String extension, IReportFormat format) {
	}

	/**
	 * @param registry the extension registry
	 * @param problems receives one line per malformed contribution
	 */
	public ReportFormatRegistry(IExtensionRegistry registry, Consumer<String> problems) {
		super(registry, POINT, problems);
	}

	@Override
	protected String id(Descriptor descriptor) {
		return descriptor.id();
	}

	@Override
	protected Descriptor read(IConfigurationElement element) {
		String id = required(element, "id");
		required(element, "class");
		String name = element.getAttribute("name");
		String extension = element.getAttribute("extension");
		return new Descriptor(id, name == null ? id : name, extension == null ? id : extension,
				create(element, IReportFormat.class));
	}
}
