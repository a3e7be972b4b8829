import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import rdpdoctor.events.EvtxReader;
import rdpdoctor.events.LogEvent;
import rdpdoctor.tests.harness.EvtxWriter;

/**
 * For the benchmarks: writes FILE with COUNT events, made of the records of the real .evtx files in DIR when given
 * (their provider, ID, level, channel, computer and first two data values, repeated in turn), else of a few RDP ones.
 * Usage: java BigEvtx FILE COUNT [DIR]
 */
public class BigEvtx {

	public static void main(String[] args) throws Exception {
		List<LogEvent> models = new ArrayList<>();
		if (args.length > 2) {
			try (Stream<Path> files = Files.walk(Path.of(args[2]))) {
				for (Path file : files.filter(f -> f.toString().endsWith(".evtx")).sorted().toList()) {
					try {
						EvtxReader.read(file, models::add, d -> { });
					} catch (Exception notEvtx) {
						// a file that is no .evtx: not a model
					}
				}
			}
		}
		if (models.isEmpty()) {
			String[] providers = { "Schannel", "Microsoft-Windows-TerminalServices-RemoteConnectionManager",
				"Service Control Manager" };
			int[] ids = { 36870, 1149, 7036, 261, 36874 };
			for (int i = 0; i < 15; i++) {
				models.add(new LogEvent(Instant.EPOCH, "TS" + i + ".corp.example", "System", providers[i % 3], ids[i % 5],
						2 + i % 3, 0, "", java.util.Map.of("Param1", "user" + i, "Param2", "10.0.0." + i), ""));
			}
		}
		EvtxWriter writer = new EvtxWriter();
		int count = Integer.parseInt(args[1]);
		for (int i = 1; i <= count; i++) {
			LogEvent m = models.get(i % models.size());
			List<String> data = new ArrayList<>(m.data().values());
			writer.add(new EvtxWriter.Event(i, Instant.parse("2026-11-01T00:00:00Z").plusMillis(100L * i), m.provider(),
					m.eventId(), m.level(), m.channel(), m.host(), data.isEmpty() ? "" : cut(data.get(0)),
					data.size() < 2 ? "" : cut(data.get(1))));
		}
		writer.write(Path.of(args[0]));
		System.err.println("BigEvtx: " + count + " events from " + models.size() + " model records");
	}

	private static String cut(String text) {
		return text.length() > 200 ? text.substring(0, 200) : text;
	}
}
