package rdpdoctor.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.tests.harness.Command;
import rdpdoctor.tests.harness.EvtxWriter;
import rdpdoctor.tests.harness.Root;
import rdpdoctor.events.LogEvent;

/**
 * The .evtx reader against libevtx's evtxexport (an independent reader, Debian's libevtx-utils) on the same files:
 * whole files of several chunks, and the damage real files carry (a stale file header, a chunk with a bad signature, a
 * file cut in the middle of a chunk, a record with an impossible size, random bytes changed). The files are written by
 * {@link EvtxWriter}; that they are .evtx files is what evtxexport says, not what the writer claims. The real-world
 * check on 277 public sample files is releng/bin/check-evtx.sh (BENCHMARKS.md).
 */
class EvtxReaderAgainstLibevtxTest {

	@TempDir
	Path dir;

	private Path file;

	@BeforeEach
	void threeThousandEventsInThirteenChunks() throws IOException {
		Root.require("/usr/bin/evtxexport");
		EvtxWriter writer = new EvtxWriter();
		for (int i = 1; i <= 3000; i++) {
			writer.add(new EvtxWriter.Event(i, Instant.parse("2026-11-30T10:00:00Z").plusSeconds(i).plusNanos(1234500),
					i % 2 == 0 ? "Microsoft-Windows-Schannel" : "TermService", 36870 + i % 5, 2 + i % 3, "System",
					"TS01.corp.example", "param-" + i, "Ünïcode ∑ <&> \"" + i));
		}
		file = dir.resolve("system.evtx");
		writer.write(file);
	}

	/** One event as both readers show it: number, ID, level, computer, provider, strings. */
	private record Seen(int eventId, int level, String computer, String provider, List<String> strings) {
	}

	private static List<Seen> libevtx(Path file, String mode) throws IOException {
		Command export = Command.run(List.of("evtxexport", "-m", mode, file.toString()), Duration.ofSeconds(60),
				Map.of());
		List<Seen> seen = new ArrayList<>();
		int id = 0;
		int level = 0;
		String computer = "";
		String provider = "";
		List<String> strings = new ArrayList<>();
		boolean inEvent = false;
		for (String line : export.output().split("\n")) {
			String[] kv = line.split("\\t+: ", 2);
			String key = kv[0].strip();
			String value = kv.length > 1 ? kv[1] : "";
			if (key.equals("Event number")) {
				if (inEvent) {
					seen.add(new Seen(id, level, computer, provider, List.copyOf(strings)));
				}
				inEvent = true;
				strings.clear();
			} else if (key.equals("Event identifier")) {
				id = Integer.parseInt(value.replaceAll(".*\\((\\d+)\\).*", "$1"));
			} else if (key.equals("Event level")) {
				level = Integer.parseInt(value.replaceAll(".*\\((\\d+)\\).*", "$1"));
			} else if (key.equals("Computer name")) {
				computer = value;
			} else if (key.equals("Source name")) {
				provider = value;
			} else if (key.startsWith("String: ")) {
				strings.add(value);
			}
		}
		if (inEvent) {
			seen.add(new Seen(id, level, computer, provider, List.copyOf(strings)));
		}
		return seen;
	}

	private static List<Seen> ours(Path file, List<String> damage) throws IOException {
		List<Seen> seen = new ArrayList<>();
		EvtxReader.read(file, e -> seen.add(new Seen(e.eventId(), e.level(), e.host(), e.provider(),
				List.copyOf(e.data().values()))), damage::add);
		return seen;
	}

	/** Like assertEquals on the lists, naming the first event that differs rather than printing thousands. */
	private static void assertSame(List<Seen> expected, List<Seen> actual, String what) {
		for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
			assertEquals(expected.get(i), actual.get(i), what + ": event " + (i + 1));
		}
		assertEquals(expected.size(), actual.size(), what + ": how many events");
	}

	@Test
	void aWholeFileReadsAsEvtxexportReadsIt() throws IOException {
		List<String> damage = new ArrayList<>();
		List<Seen> ours = ours(file, damage);

		assertEquals(3000, ours.size());
		assertSame(libevtx(file, "items"), ours, "evtxexport");
		assertEquals(List.of(), damage);
		List<LogEvent> first = new ArrayList<>();
		EvtxReader.read(file, e -> {
			if (first.isEmpty()) {
				first.add(e);
			}
		}, damage::add);
		LogEvent one = first.get(0);
		assertEquals(Instant.parse("2026-11-30T10:00:01.0012345Z"), one.time());
		assertEquals(1L, one.recordId());
		assertEquals("System", one.channel());
		assertTrue(one.xml().contains("<Data Name=\"Param2\">Ünïcode ∑ &lt;&amp;&gt; \"1</Data>"), one.xml());
	}

	@Test
	void chunksPastAStaleFileHeaderAreReadAsEvtxexportRecoversThem() throws IOException {
		ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
		bytes.putShort(42, (short) 1); // the header names one chunk, as after a crash
		bytes.putLong(16, 0);
		Path stale = Files.write(dir.resolve("stale.evtx"), bytes.array());

		List<Seen> ours = ours(stale, new ArrayList<>());

		assertTrue(libevtx(stale, "items").size() < 300, "evtxexport alone reads the named chunk");
		assertSame(libevtx(stale, "all"), ours, "every record, as evtxexport -m all");
	}

	@Test
	void aChunkWithABadSignatureIsSkippedAndNamedWithItsOffset() throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		System.arraycopy("XXXXXXXX".getBytes(), 0, bytes, 4096 + 65536, 8);
		Path bad = Files.write(dir.resolve("bad.evtx"), bytes);
		List<String> damage = new ArrayList<>();

		List<Seen> ours = ours(bad, damage);

		assertSame(libevtx(bad, "items"), ours, "evtxexport");
		assertEquals(List.of(bad + ": chunk at offset 69632 has no ElfChnk signature: skipped"), damage);
	}

	@Test
	void aFileCutInAChunkGivesEveryWholeRecordBeforeTheCut() throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		Path cut = Files.write(dir.resolve("cut.evtx"), java.util.Arrays.copyOf(bytes, 4096 + 2 * 65536 + 30000));
		List<String> damage = new ArrayList<>();

		List<Seen> ours = ours(cut, damage);
		List<Seen> theirs = libevtx(cut, "all");

		assertSame(theirs, ours.subList(0, theirs.size()), "the whole chunks as evtxexport reads them");
		assertTrue(ours.size() > theirs.size(), "and the records of the cut chunk before the cut, which it skips");
		assertEquals(List.of(cut + ": the file ends 30000 bytes into the chunk at offset 135168 (its records go on to"
				+ " 65272): the records after offset 165160 are lost"), damage);
	}

	@Test
	void aRecordWithAnImpossibleSizeEndsItsChunkOnlyAndIsNamed() throws IOException {
		ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
		int second = 4096 + 512 + bytes.getInt(4096 + 512 + 4);
		bytes.putInt(second + 4, 0x7fffffff);
		Path broken = Files.write(dir.resolve("size.evtx"), bytes.array());
		List<String> damage = new ArrayList<>();

		List<Seen> ours = ours(broken, damage);

		assertEquals(List.of(broken + ": record at offset " + second + " gives an impossible size 2147483647: the"
				+ " rest of its chunk is skipped"), damage);
		assertTrue(ours.size() > 2700 && ours.size() < 3000, ours.size() + " events: the other chunks read");
	}

	@Test
	void randomDamageNeverHangsOrThrowsAnythingButANamedProblem() throws IOException {
		byte[] clean = Files.readAllBytes(file);
		Random random = new Random(20261201);
		assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
			for (int round = 0; round < 200; round++) {
				byte[] bytes = clean.clone();
				for (int i = 0; i < 1 + random.nextInt(64); i++) {
					bytes[4096 + random.nextInt(bytes.length - 4096)] = (byte) random.nextInt(256);
				}
				Path damaged = Files.write(dir.resolve("damaged.evtx"), bytes);
				List<String> damage = new ArrayList<>();
				long read = EvtxReader.read(damaged, e -> {
				}, damage::add);
				assertTrue(read <= 3000, "round " + round);
				damage.forEach(d -> assertTrue(d.startsWith(damaged.toString()), d));
			}
		});
	}

	@Test
	void aFileThatIsNoEvtxIsRefusedSayingSo() throws IOException {
		Path text = Files.writeString(dir.resolve("notes.evtx"), "not an event log".repeat(400));

		IOException refused = assertThrows(IOException.class, () -> EvtxReader.read(text, e -> {
		}, d -> {
		}));
		assertEquals(text + ": not an .evtx file (no ElfFile signature at offset 0)", refused.getMessage());
	}
}
