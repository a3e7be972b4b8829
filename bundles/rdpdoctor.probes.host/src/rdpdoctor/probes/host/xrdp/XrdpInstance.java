package rdpdoctor.probes.host.xrdp;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One xrdp instance of a host: a running xrdp (its listening process and the processes it forked for connections,
 * all started with the same binary, xrdp.ini and {@code -p}) or, with no process, an xrdp.ini that names a port.
 *
 * @param pids       its processes, the listening one first; empty when it does not run
 * @param uid        the user id its listening process runs as, empty when it does not run
 * @param binary     the program it runs, empty when unknown (or not running)
 * @param prefix     where its files are seen from the SSH session ({@code /proc/PID/root} for another mount namespace),
 *                   empty for the session's own
 * @param ini        its xrdp.ini as the process names it; empty when it cannot be told (see {@code from})
 * @param from       how the ini was found: option ({@code -c}/{@code --config}), default (the binary's compiled-in
 *                   one), given (--xrdp-ini), package (a default path, no process), or why not: relative, binary,
 *                   namespace
 * @param portOption a {@code -p}/{@code --port} of its command line, which overrides the ini's port; empty if none
 * @param listening  the TCP ports listening in its network namespace (empty when it does not run)
 * @param config     its xrdp.ini as read, empty when it could not be read
 */
public record XrdpInstance(List<Integer> pids, String uid, String binary, String prefix, String ini, String from, String portOption,
		Set<Integer> listening, Optional<XrdpIni> config) {

	private static final java.util.Map<String, String> UNKNOWN_BECAUSE = java.util.Map.of(
			"relative", "its --config is relative and its working folder cannot be read",
			"binary", "its program cannot be read",
			"namespace", "it runs in another mount namespace this user cannot read");

	/** Copies the collections. */
	public XrdpInstance {
		pids = List.copyOf(pids);
		listening = Set.copyOf(new TreeSet<>(listening));
	}

	/** @return whether it runs: a process is known (see also {@link #processUnknown()}) */
	public boolean running() {
		return !pids.isEmpty();
	}

	/** @return whether it serves its port through a process that could not be told apart from others */
	public boolean processUnknown() {
		return XrdpInstances.UNKNOWN_USER.equals(uid);
	}

	/** @return its listening process, if it runs */
	public Optional<Integer> pid() {
		return pids.stream().findFirst();
	}

	/** @return whether its set-up is known: an ini found and read */
	public boolean resolved() {
		return config.isPresent();
	}

	/**
	 * @return the TCP ports it serves (or, stopped, would serve): {@code -p} if given, else every TCP listener of its
	 *         ini's {@code port=}; empty when unknown
	 */
	public Set<Integer> ports() {
		if (portOption.matches("\\d{1,5}")) {
			return Set.of(Integer.parseInt(portOption));
		}
		return config.map(XrdpIni::tcpPorts).orElse(Set.of());
	}

	/** @return how people read it: PID, binary, ini and ports */
	public String describe() {
		StringBuilder text = new StringBuilder(running() ? "PID " + pids.get(0) : "not running");
		if (!binary.isEmpty()) {
			text.append(' ').append(binary);
		}
		text.append(ini.isEmpty() ? " (xrdp.ini unknown: " + UNKNOWN_BECAUSE.getOrDefault(from, from) + ")"
				: " " + prefix + ini);
		if (!portOption.isEmpty()) {
			text.append(" -p ").append(portOption);
		}
		Set<Integer> ports = ports();
		if (!ports.isEmpty()) {
			text.append(" port ").append(String.join(",", new TreeSet<>(ports).stream().map(String::valueOf).toList()));
		}
		return text.toString();
	}
}
