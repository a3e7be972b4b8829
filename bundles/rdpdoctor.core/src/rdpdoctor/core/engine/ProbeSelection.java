package rdpdoctor.core.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Picks some probes to run, with every probe they require (directly or not). */
public final class ProbeSelection {

	private ProbeSelection() {
	}

	/**
	 * @param all    the installed probes
	 * @param wanted ids of the probes to run; empty means all
	 * @return the wanted probes and their requirements, in the order of {@code all}
	 * @throws IllegalArgumentException naming the wanted ids that no installed probe has
	 */
	public static List<ProbeDescriptor> of(List<ProbeDescriptor> all, Set<String> wanted) {
		if (wanted.isEmpty()) {
			return List.copyOf(all);
		}
		Map<String, ProbeDescriptor> byId = new LinkedHashMap<>();
		all.forEach(p -> byId.put(p.id(), p));
		Set<String> unknown = new TreeSet<>(wanted);
		unknown.removeAll(byId.keySet());
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("no installed probe has the id " + String.join(", ", unknown));
		}
		Set<String> chosen = new HashSet<>();
		Deque<String> todo = new ArrayDeque<>(wanted);
		while (!todo.isEmpty()) { // bounded: each id is added once
			String id = todo.pop();
			ProbeDescriptor probe = byId.get(id);
			if (probe != null && chosen.add(id)) {
				todo.addAll(probe.requires()); // an unknown requirement stays for the engine to report
			}
		}
		return all.stream().filter(p -> chosen.contains(p.id())).toList();
	}
}
