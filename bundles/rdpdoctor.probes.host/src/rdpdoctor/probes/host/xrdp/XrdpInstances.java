package rdpdoctor.probes.host.xrdp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The xrdp instances of a host as {@link XrdpScript} described them, and which one serves a dialled port: the one
 * whose process listens there ({@code ss -p}, where the SSH user may see it), else the one whose xrdp.ini (or
 * {@code -p}) names the port, else the host's only xrdp (which then serves another port). Anything else is ambiguous:
 * several candidates, or one whose set-up cannot be read. Pure: no I/O.
 */
public final class XrdpInstances {

	private static final Pattern LISTENER_PROCESS = Pattern.compile("\\(\"([^\"]{0,64})\",pid=(\\d{1,9})");

	/** The user id of an instance whose process is not known (an ini named with --xrdp-ini whose port listens). */
	static final String UNKNOWN_USER = "?";

	private final List<XrdpInstance> instances;
	private final Map<Integer, List<String>> listenerProcesses;
	private final Set<Integer> listeningPorts;

	private XrdpInstances(List<XrdpInstance> instances, Map<Integer, List<String>> listenerProcesses,
			Set<Integer> listeningPorts) {
		this.instances = List.copyOf(instances);
		this.listenerProcesses = listenerProcesses;
		this.listeningPorts = Set.copyOf(listeningPorts);
	}

	/**
	 * Which instance serves the dialled port.
	 *
	 * @param instance  the instance, when one is proven
	 * @param matchedBy how it was tied to the port: listener, ini-port, only-instance, given; empty when none
	 * @param why       for people: how it was tied, or why none could be
	 */
	public record Serving(Optional<XrdpInstance> instance, String matchedBy, String why) {
	}

	/** @return every instance found: running ones first, then stopped ones from the candidate paths */
	public List<XrdpInstance> all() {
		return instances;
	}

	/**
	 * @param answer the script's answer
	 * @param given  the xrdp.ini the user named (--xrdp-ini), empty if none
	 * @return the instances it describes
	 */
	public static XrdpInstances of(XrdpScript.Answer answer, String given) {
		List<XrdpInstance> running = running(answer);
		List<XrdpInstance> all = new ArrayList<>(running);
		for (XrdpScript.Section section : answer.all("ini")) {
			String[] key = section.header().split("\t", 2);
			if (key.length == 2 && key[0].isEmpty() && running.stream().noneMatch(i -> i.prefix().isEmpty()
					&& i.ini().equals(key[1]))) {
				all.add(new XrdpInstance(List.of(), "", "", "", key[1], key[1].equals(given) ? "given" : "package", "",
						Set.of(), Optional.of(XrdpIni.parse(section.text()))));
			}
		}
		Map<Integer, List<String>> listeners = new LinkedHashMap<>();
		Set<Integer> ports = new HashSet<>();
		XrdpScript.facts(answer.section("host").orElse("")).getOrDefault("listen", List.of()).forEach(line -> {
			String[] parts = line.split(" ", 2);
			int colon = parts[0].lastIndexOf(':');
			if (colon >= 0 && parts[0].substring(colon + 1).matches("\\d{1,5}")) {
				ports.add(Integer.parseInt(parts[0].substring(colon + 1)));
			}
			if (colon >= 0 && parts[0].substring(colon + 1).matches("\\d{1,5}") && parts.length == 2) {
				Matcher users = LISTENER_PROCESS.matcher(parts[1]);
				while (users.find()) {
					listeners.computeIfAbsent(Integer.parseInt(parts[0].substring(colon + 1)), p -> new ArrayList<>())
							.add(users.group(1) + ":" + users.group(2));
				}
			}
		});
		return new XrdpInstances(all, listeners, ports);
	}

	/** Running processes grouped into instances: same binary, root, ini and -p; the one whose parent is not among them first. */
	private static List<XrdpInstance> running(XrdpScript.Answer answer) {
		Map<List<String>, List<Map<String, List<String>>>> groups = new LinkedHashMap<>();
		for (XrdpScript.Section proc : answer.all("proc")) {
			if (!proc.header().matches("\\d{1,9}")) {
				continue;
			}
			Map<String, List<String>> facts = XrdpScript.facts(proc.text());
			facts.put("pid", List.of(proc.header()));
			if (!isXrdp(one(facts, "exe")) && !isXrdp(argv0(facts))) {
				continue; // named xrdp, running something else: Debian's init script while it starts xrdp
			}
			List<String> key = List.of(one(facts, "exe").isEmpty() ? argv0(facts) : one(facts, "exe"),
					one(facts, "prefix"), one(facts, "config"), one(facts, "from"), one(facts, "port"));
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(facts);
		}
		Map<String, String> inis = new LinkedHashMap<>();
		answer.all("ini").forEach(s -> inis.putIfAbsent(s.header(), s.text()));
		List<XrdpInstance> instances = new ArrayList<>();
		groups.forEach((key, processes) -> {
			Set<String> pids = new HashSet<>();
			processes.forEach(p -> pids.add(one(p, "pid")));
			List<Integer> ordered = new ArrayList<>();
			processes.stream().filter(p -> !pids.contains(one(p, "ppid"))).forEach(p -> ordered.add(pid(p)));
			processes.stream().filter(p -> pids.contains(one(p, "ppid"))).forEach(p -> ordered.add(pid(p)));
			Map<String, List<String>> main = processes.stream().filter(p -> !pids.contains(one(p, "ppid")))
					.findFirst().orElse(processes.get(0));
			Set<Integer> listening = new HashSet<>();
			main.getOrDefault("plisten", List.of()).stream().filter(p -> p.matches("\\d{1,5}"))
					.forEach(p -> listening.add(Integer.parseInt(p)));
			Optional<XrdpIni> config = key.get(2).isEmpty() ? Optional.empty()
					: Optional.ofNullable(inis.get(key.get(1) + "\t" + key.get(2))).map(XrdpIni::parse);
			instances.add(new XrdpInstance(ordered, one(main, "uid"), key.get(0), key.get(1), key.get(2), key.get(3), key.get(4),
					listening, config));
		});
		return instances;
	}

	private static boolean isXrdp(String program) {
		return program.equals("xrdp") || program.endsWith("/xrdp");
	}

	private static String argv0(Map<String, List<String>> facts) {
		return facts.getOrDefault("arg", List.of("")).get(0);
	}

	private static int pid(Map<String, List<String>> facts) {
		return Integer.parseInt(one(facts, "pid"));
	}

	private static String one(Map<String, List<String>> facts, String key) {
		List<String> values = facts.get(key);
		return values == null || values.isEmpty() ? "" : values.get(0);
	}

	/**
	 * The instance of the xrdp.ini the user named: a running one that names it, else the one running xrdp whose own
	 * set-up could not be read, when the named ini's port listens there; else the ini alone, not running.
	 */
	private Serving given(int port, String given, List<XrdpInstance> unresolved) {
		Optional<XrdpInstance> named = instances.stream().filter(i -> i.prefix().isEmpty() && i.ini().equals(given))
				.findFirst();
		if (named.isEmpty()) {
			return new Serving(Optional.empty(), "", "the xrdp.ini named with --xrdp-ini, " + given
					+ ", does not exist on the host");
		}
		XrdpInstance ini = named.get();
		if (!ini.running() && ini.ports().contains(port) && unresolved.size() == 1
				&& unresolved.get(0).listening().contains(port)) {
			XrdpInstance process = unresolved.get(0);
			return new Serving(Optional.of(new XrdpInstance(process.pids(), process.uid(), process.binary(), "",
					given, "given", process.portOption(), process.listening(), ini.config())), "given", "named with"
							+ " --xrdp-ini; PID " + process.pids().get(0) + " is the one xrdp whose own set-up could"
							+ " not be read, and port " + port + " listens where it runs");
		}
		if (!ini.running() && ini.ports().contains(port) && listeningPorts.contains(port) && !unresolved.isEmpty()) {
			// it serves the port, says the user, and something listens there: which process, nobody can tell
			return new Serving(Optional.of(new XrdpInstance(List.of(), UNKNOWN_USER, "", "", given, "given", "",
					Set.of(port), ini.config())), "given", "named with --xrdp-ini; port " + port + " listens, served by"
							+ " one of " + unresolved.size() + " xrdp whose own set-up could not be read");
		}
		return new Serving(named, "given", "named with --xrdp-ini");
	}

	/**
	 * @param port  the dialled port
	 * @param given the xrdp.ini the user named (--xrdp-ini), empty if none
	 * @return the instance that serves it (or, stopped, should), or why none can be told
	 */
	public Serving serving(int port, String given) {
		// a running xrdp whose set-up cannot be read could serve the port only if the port listens where it runs
		// (a running xrdp holds every port its ini names)
		List<XrdpInstance> unresolved = instances.stream().filter(i -> i.running() && !i.resolved())
				.filter(i -> i.listening().isEmpty() || i.listening().contains(port)).toList();
		if (!given.isEmpty()) {
			return given(port, given, unresolved);
		}
		List<String> listeners = listenerProcesses.getOrDefault(port, List.of());
		if (!listeners.isEmpty()) {
			for (String listener : listeners) {
				int pid = Integer.parseInt(listener.substring(listener.lastIndexOf(':') + 1));
				Optional<XrdpInstance> owner = instances.stream().filter(i -> i.pids().contains(pid)).findFirst();
				if (owner.isPresent()) {
					return new Serving(owner, "listener", "PID " + pid + " listens on port " + port + " (ss -ltnp)");
				}
			}
			return new Serving(Optional.empty(), "", "port " + port + " is served by " + String.join(", ", listeners)
					+ " (ss -ltnp), not by an xrdp process");
		}
		List<XrdpInstance> naming = instances.stream().filter(i -> i.ports().contains(port)).toList();
		List<XrdpInstance> runningNaming = naming.stream().filter(XrdpInstance::running).toList();
		// a running xrdp holds every port it names (it exits when one cannot be bound): one that names the port,
		// with the port listening where it runs, serves it, whatever the set-up of others
		if (runningNaming.size() == 1 && (unresolved.isEmpty() || runningNaming.get(0).listening().contains(port))) {
			return new Serving(Optional.of(runningNaming.get(0)), "ini-port", "the only running xrdp whose set-up"
					+ " names port " + port);
		}
		if (naming.size() > 1 || !unresolved.isEmpty()) {
			return new Serving(Optional.empty(), "", (naming.size() > 1 ? naming.size() + " xrdp set-ups name port "
					+ port : "the set-up of " + unresolved.size() + " running xrdp cannot be read") + ": "
					+ String.join("; ", instances.stream().map(XrdpInstance::describe).toList()));
		}
		if (naming.size() == 1) {
			return new Serving(Optional.of(naming.get(0)), "ini-port", "its xrdp.ini names port " + port
					+ "; it does not run");
		}
		List<XrdpInstance> runningAll = instances.stream().filter(XrdpInstance::running).toList();
		if (runningAll.size() == 1) {
			return new Serving(Optional.of(runningAll.get(0)), "only-instance", "the host's only running xrdp; its"
					+ " set-up does not name port " + port);
		}
		if (runningAll.isEmpty() && !instances.isEmpty()) {
			return new Serving(Optional.of(instances.get(0)), "only-instance", "no xrdp runs; the set-up xrdp's"
					+ " package reads, which does not name port " + port);
		}
		return new Serving(Optional.empty(), "", "no xrdp set-up names port " + port + ": " + String.join("; ",
				instances.stream().map(XrdpInstance::describe).toList()));
	}
}
