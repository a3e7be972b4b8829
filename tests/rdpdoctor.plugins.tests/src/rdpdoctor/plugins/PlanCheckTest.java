package rdpdoctor.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The touchpoint actions a site's units would run, as p2 writes them: the root-files bodies of p2's own publisher
 * (eclipse-equinox/p2, {@code RootFilesAction} and the product publisher: {@code unzip(source:@artifact,
 * target:${installFolder});} and {@code chmod(targetDir:${installFolder}, targetFile:NAME, permissions:755);}) pass;
 * file actions outside the product folder, links to files outside it, and native actions that are no file action are
 * refused, each named.
 */
class PlanCheckTest {

	private static List<String> refusals(String body) {
		List<String> refusals = new ArrayList<>();
		PlanCheck.actions("com.example.unit (install)", body, refusals);
		return refusals;
	}

	@Test
	void whatP2sPublisherWritesForRootFilesPasses() {
		assertEquals(List.of(), refusals("unzip(source:@artifact, target:${installFolder});"
				+ " chmod(targetDir:${installFolder}, targetFile:rdpdoctor, permissions:755);"));
		assertEquals(List.of(), refusals("chmod(targetDir:${installFolder}/Rdpdoctor.app/Contents/MacOS/,"
				+ " targetFile:rdpdoctor, permissions:755);"));
		assertEquals(List.of(), refusals("installBundle(bundle:${artifact});setStartLevel(startLevel:4);"),
				"OSGi touchpoint actions act inside the product");
	}

	@Test
	void fileActionsOutsideTheProductAreRefusedAndNamed() {
		List<String> up = refusals("chmod(targetDir:${installFolder}/../.., targetFile:x, permissions:777);");
		assertEquals(1, up.size(), up.toString());
		assertTrue(up.get(0).contains("reaches outside the product folder"), up.get(0));
		assertEquals(1, refusals("org.eclipse.equinox.p2.touchpoint.natives.chmod(targetDir:/etc, targetFile:passwd,"
				+ " permissions:666);").size());
		assertEquals(1, refusals("ln(targetDir:${installFolder}, linkTarget:/etc/shadow, linkName:shadow);").size(),
				"a link to a file outside the product");
		assertEquals(1, refusals("chmod(targetDir:${installFolder}, targetFile:../../.bashrc, permissions:755);")
				.size());
	}

	@Test
	void nativeActionsThatAreNoFileActionAreRefused() {
		List<String> refused = refusals("org.eclipse.equinox.p2.touchpoint.natives.checkAndPromptNativePackage("
				+ "linuxDistro:debian, package:openssh-server, version:1.0);");
		assertEquals(1, refused.size(), refused.toString());
		assertTrue(refused.get(0).contains("is not one RDP Doctor lets a plug-in run"), refused.get(0));
	}
}
