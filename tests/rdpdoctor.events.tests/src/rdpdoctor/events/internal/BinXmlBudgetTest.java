package rdpdoctor.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.tests.harness.HostileEvtx;
import rdpdoctor.events.LogEvent;

/**
 * Binary XML that multiplies itself (a template whose attributes substitute, 40 times each, a nested binary XML
 * value holding the same template again, six levels deep: 40^6 renderings) is refused as damage within the record's
 * one budget of tokens and characters, shared by every nested value; it never runs without end or fills the heap.
 * releng/bin/hostile-files-test.sh reads the same file with the built product, printing its time and peak RSS.
 */
class BinXmlBudgetTest {

	@TempDir
	Path dir;

	@Test
	void aSelfMultiplyingRecordIsRefusedWithinItsBudget() {
		HostileEvtx.Chunk hostile = HostileEvtx.multiplyingChunk(6, 40);
		for (boolean keepXml : new boolean[] { true, false }) {
			BinXml binXml = new BinXml(hostile.chunk(), hostile.chunk().capacity(), keepXml);
			BinXmlException refused = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> assertThrows(
					BinXmlException.class, () -> binXml.event(hostile.xmlStart(), hostile.xmlEnd(), Instant.EPOCH,
							1)));
			assertTrue(refused.getMessage().contains("more than"), refused.getMessage());
		}
	}

	@Test
	void theSameRecordInAFileIsDamageNamedWithTheFileNotAnEvent() throws IOException {
		Path file = Files.write(dir.resolve("multiplying.evtx"), HostileEvtx.multiplyingFile(6, 40));
		List<String> damage = new ArrayList<>();
		List<LogEvent> events = new ArrayList<>();
		long read = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> new EvtxFileReader().read(file,
				events::add, damage::add));
		assertEquals(0, events.size(), events.toString());
		assertEquals(1, damage.size(), damage.toString());
		assertTrue(damage.get(0).contains("more than"), damage.toString());
		assertTrue(read >= 0);
	}
}
