package rdpdoctor.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.TabSeparatedEventReader;

/** The event file reader docs/extending.md shows reads its format, and names the line it cannot read. */
class GuideEventReaderTest {

	@TempDir
	Path dir;

	@Test
	void theGuidesReaderReadsItsExportAndNamesADamagedLine() throws Exception {
		Path file = Files.writeString(dir.resolve("appliance.tsv"), "time\tid\tmessage\n"
				+ "2026-12-01T10:00:00Z\t4001\tgateway tunnel closed\nnot a line\n"
				+ "2026-12-01T10:05:00Z\t4002\tgateway tunnel opened\n", StandardCharsets.UTF_8);
		TabSeparatedEventReader reader = new TabSeparatedEventReader();
		List<LogEvent> events = new ArrayList<>();
		List<String> damage = new ArrayList<>();

		assertTrue(reader.accepts(file, Files.readAllBytes(file)));
		assertFalse(reader.accepts(file, "<Events>".getBytes(StandardCharsets.UTF_8)));
		assertEquals(2, reader.read(file, events::add, damage::add));

		assertEquals(List.of(4001, 4002), events.stream().map(LogEvent::eventId).toList());
		assertEquals("gateway tunnel opened", events.get(1).message());
		assertEquals(1, damage.size());
		assertTrue(damage.get(0).contains("line 3"), damage.toString());
	}
}
