package rdpdoctor.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where an update site is: a URL, a folder or a zipped site; other schemes and missing paths are named. */
class RepositoryLocationTest {

	@Test
	void repositoryLocationsAreUrlsFoldersOrZippedSites(@TempDir Path folder) throws IOException, PluginException {
		assertEquals(URI.create("https://example.com/site/"), RepositoryLocation.parse(" https://example.com/site/ "));
		Files.writeString(folder.resolve("content.xml"), "<repository/>");
		assertEquals(folder.toUri(), RepositoryLocation.parse(folder.toString()));
		Path zip = Files.createFile(folder.resolve("site.zip"));
		assertEquals(URI.create("jar:" + zip.toUri() + "!/"), RepositoryLocation.parse(zip.toString()));
		assertTrue(assertThrows(PluginException.class, () -> RepositoryLocation.parse("ftp://example.com/site"))
				.getMessage().contains("only http, https, file and jar"));
		assertTrue(assertThrows(PluginException.class, () -> RepositoryLocation.parse(folder.resolve("gone")
				.toString())).getMessage().contains("does not exist"));
	}
}
