package rdpdoctor.events.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Consumer;

import rdpdoctor.ssh.RemoteShell;
import rdpdoctor.ssh.host.HostSystem;
import rdpdoctor.events.IEventCollector;
import rdpdoctor.events.EventQuery;
import rdpdoctor.events.LogEvent;
import rdpdoctor.events.EventDamage;

/**
 * Linux hosts with xrdp: the last lines of the LogFile of the xrdp that serves the port (the query's log files) or, when
 * the query names none, of {@code /var/log/xrdp.log} and {@code /var/log/xrdp-sesman.log} (the package's logs) and the journal of the {@code xrdp} and {@code xrdp-sesman} units ({@code journalctl -o json}), each
 * after a random boundary line. Logs the user may not read are left out, as journalctl leaves out what it may not show.
 */
public class LinuxEventCollector implements IEventCollector {

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final java.util.List<String> DEFAULT_LOGS = java.util.List.of("/var/log/xrdp.log",
			"/var/log/xrdp-sesman.log");
	private final String boundary;

	/** A collector with a boundary of its own. */
	public LinuxEventCollector() {
		byte[] random = new byte[12];
		RANDOM.nextBytes(random);
		boundary = "@@rdpdoctor-" + HexFormat.of().formatHex(random) + "@@";
	}

	@Override
	public boolean accepts(HostSystem system) {
		return system == HostSystem.LINUX;
	}

	@Override
	public String command(EventQuery query) {
		String b = RemoteShell.quote(boundary);
		long since = query.since().getEpochSecond();
		return RemoteShell.POSIX.command(String.join("\n",
				"for f in" + String.join("", query.logFiles().orElse(DEFAULT_LOGS).stream()
						.map(f -> " " + RemoteShell.quote(f)).toList()) + "; do",
				"  if [ -r \"$f\" ]; then printf '%s file %s\\n' " + b + " \"$f\"; tail -n " + query.maxEvents()
						+ " -- \"$f\"; fi",
				"done",
				"if command -v journalctl >/dev/null 2>&1; then",
				"  printf '%s journal\\n' " + b,
				"  journalctl -q --no-pager -o json -u xrdp -u xrdp-sesman --since @" + since + " -n "
						+ query.maxEvents() + " 2>/dev/null",
				"fi",
				"exit 0"));
	}

	@Override
	public long read(String output, String host, Consumer<LogEvent> events, EventDamage damage) {
		long count = 0;
		String[] parts = output.split("(?m)^" + java.util.regex.Pattern.quote(boundary) + " ");
		for (String part : parts) {
			int newline = part.indexOf('\n');
			if (newline < 0) {
				continue;
			}
			String header = part.substring(0, newline);
			String body = part.substring(newline + 1);
			try {
				if (header.startsWith("file ")) {
					String path = header.substring(5);
					count += new XrdpLogReader().read(new StringReader(body), path.contains("sesman") ? "xrdp-sesman"
							: "xrdp", host, events);
				} else if (header.equals("journal")) {
					count += new JournalReader().read(new StringReader(body), "journal of " + host, events, damage);
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return count;
	}
}
