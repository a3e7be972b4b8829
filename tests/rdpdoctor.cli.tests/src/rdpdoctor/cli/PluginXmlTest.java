package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Every RDP Doctor bundle's plugin.xml is well-formed XML: the extension registry drops a malformed one without a word
 * to the user (only the platform's log says so), and with it every probe and rule it contributes.
 */
class PluginXmlTest {

	@Test
	void everyPluginXmlIsWellFormed() throws Exception {
		List<String> checked = new ArrayList<>();
		List<String> broken = new ArrayList<>();
		for (Bundle bundle : FrameworkUtil.getBundle(PluginXmlTest.class).getBundleContext().getBundles()) {
			URL entry = bundle.getSymbolicName().startsWith("rdpdoctor.") ? bundle.getEntry("plugin.xml") : null;
			if (entry == null) {
				continue;
			}
			checked.add(bundle.getSymbolicName());
			try (InputStream in = entry.openStream()) {
				DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
			} catch (Exception e) {
				broken.add(bundle.getSymbolicName() + ": " + e.getMessage());
			}
		}
		assertTrue(checked.containsAll(List.of("rdpdoctor.core", "rdpdoctor.probes.net", "rdpdoctor.probes.host")),
				checked.toString());
		assertTrue(broken.isEmpty(), broken.toString());
	}
}
