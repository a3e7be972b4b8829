package rdpdoctor.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import rdpdoctor.core.Untrusted;
import rdpdoctor.events.LogEvent;

/**
 * Save Filtered Events As: the events the Events view's filters keep, as CSV with the columns and the cell rules of
 * {@code rdpdoctor events --format csv} (a cell a spreadsheet would run is neutralised), or as XML in the form Event
 * Viewer saves with display information ({@code <Events><Event>...}: System's fields and RenderingInfo's Message),
 * which Event Viewer and {@code rdpdoctor events} read back. The view keeps each event's fields and one line of its
 * message, not its data fields: those are not in the export.
 */
final class EventExport {

	private EventExport() {
	}

	/**
	 * @param store   the events
	 * @param rows    the indices of those to write, in order
	 * @param out     where the CSV goes (UTF-8, CRLF); not closed
	 * @param monitor told of each thousand events, and asked whether to stop
	 * @throws IOException when writing fails
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
	 */
	static void csv(EventStore store, int[] rows, OutputStream out, org.eclipse.core.runtime.IProgressMonitor monitor)
			throws IOException {
		write(rows, out, monitor, "time,host,level,id,provider,channel,message\r\n", "", i -> String.join(",",
				Untrusted.csvCell(Instant.ofEpochMilli(store.time(i)).toString()), Untrusted.csvCell(store.host(i)),
				Untrusted.csvCell(levelName(store.level(i))), String.valueOf(store.id(i)),
				Untrusted.csvCell(store.provider(i)), Untrusted.csvCell(store.channel(i)),
				Untrusted.csvCell(store.text(i))) + "\r\n");
	}

	/**
	 * @param store   the events
	 * @param rows    the indices of those to write, in order
	 * @param out     where the XML goes (UTF-8); not closed
	 * @param monitor told of each thousand events, and asked whether to stop
	 * @throws IOException when writing fails
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
	 */
	static void xml(EventStore store, int[] rows, OutputStream out, org.eclipse.core.runtime.IProgressMonitor monitor)
			throws IOException {
		write(rows, out, monitor, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Events>\n", "</Events>\n",
				i -> "<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\"><System>"
						+ "<Provider Name=\"" + Untrusted.xml(store.provider(i)) + "\"/><EventID>" + store.id(i)
						+ "</EventID><Level>" + store.level(i) + "</Level><TimeCreated SystemTime=\""
						+ Instant.ofEpochMilli(store.time(i)) + "\"/><Channel>" + Untrusted.xml(store.channel(i))
						+ "</Channel><Computer>" + Untrusted.xml(store.host(i)) + "</Computer></System>"
						+ "<RenderingInfo Culture=\"en-US\"><Message>" + Untrusted.xml(store.text(i))
						+ "</Message><Level>" + levelName(store.level(i)) + "</Level></RenderingInfo></Event>\n");
	}

	/** Writes the head, one text per event (progress and cancellation each thousand), then the tail, in UTF-8. */
	private static void write(int[] rows, OutputStream out,
			org.eclipse.core.runtime.IProgressMonitor monitor, String head, String tail,
			java.util.function.IntFunction<String> event) throws IOException {
		org.eclipse.core.runtime.SubMonitor progress = org.eclipse.core.runtime.SubMonitor.convert(monitor,
				Math.max(1, rows.length / 1000));
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write(head);
		for (int n = 0; n < rows.length; n++) {
			writer.write(event.apply(rows[n]));
			if (n % 1000 == 999) {
				progress.split(1); // throws when cancelled
			}
		}
		writer.write(tail);
		writer.flush();
	}

	private static String levelName(int level) {
		return new LogEvent(Instant.EPOCH, "", "", "", 0, level, 0, "", java.util.Map.of(), "").levelName();
	}
}
