package rdpdoctor.events;

import java.util.function.Consumer;

import rdpdoctor.ssh.host.HostSystem;

/**
 * Collects a host's RDP-related events over a remote shell; contributed to {@code rdpdoctor.events.sources} as a
 * {@code collector}. The caller owns the connection: it runs {@link #command(EventQuery)} once, within its deadline
 * and an output bound, and hands the output to {@link #read}. Read-only on the host.
 */
public interface IEventCollector {

	/**
	 * @param system the host's system as the {@code ssh} probe found it
	 * @return whether this collector reads such hosts
	 */
	boolean accepts(HostSystem system);

	/**
	 * @param query what to collect
	 * @return the exec request's command line (a POSIX sh or PowerShell {@code -EncodedCommand} line)
	 */
	String command(EventQuery query);

	/**
	 * @param output the command's standard output (possibly cut at the caller's bound)
	 * @param host   the host, for events that do not name it
	 * @param events told of each event
	 * @param damage told of what could not be read
	 * @return how many events were read
	 */
	long read(String output, String host, Consumer<LogEvent> events, EventDamage damage);
}
