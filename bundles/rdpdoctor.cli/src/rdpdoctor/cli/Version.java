package rdpdoctor.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The product's version: the command-line bundle's, as the build stamped it ({@code 0.1.0.202611302300}). */
final class Version {

	private Version() {
	}

	/** @return the version, or "unknown" outside OSGi */
	static String text() {
		Bundle bundle = FrameworkUtil.getBundle(Version.class);
		return bundle == null ? "unknown" : bundle.getVersion().toString();
	}
}
