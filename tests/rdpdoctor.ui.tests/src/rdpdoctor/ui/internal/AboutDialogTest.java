package rdpdoctor.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** Help > About RDP Doctor says the version the build stamped, as {@code rdpdoctor --version} does. */
class AboutDialogTest {

	@Test
	void theAboutTextStartsWithTheProductsVersion() {
		String version = FrameworkUtil.getBundle(AboutDialog.class).getVersion().toString();
		assertTrue(version.matches("\\d+\\.\\d+\\.\\d+\\..+"), version);
		assertEquals(version, AboutDialog.version());
		assertTrue(AboutDialog.text().startsWith("RDP Doctor " + version + "\n"), AboutDialog.text());
		assertTrue(AboutDialog.text().contains("Java " + System.getProperty("java.version")), AboutDialog.text());
	}

	@Test
	void installationDetailsIsACommandOfTheWorkbench() {
		var commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		assertTrue(commands.getCommand(AboutDialog.INSTALLATION_DETAILS).isDefined());
	}
}
