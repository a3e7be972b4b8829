package rdpdoctor.core.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Orders probes so that each comes after the probes it requires or runs after (stable: otherwise by id). Probes whose
 * requirements are unknown or circular are set apart with the reason; of two probes with one id the first wins.
 */
final class ProbeOrder {

	final List<ProbeDescriptor> runnable = new ArrayList<>();
	final Map<ProbeDescriptor, String> broken = new LinkedHashMap<>();

	ProbeOrder(List<ProbeDescriptor> probes) {
		Map<String, ProbeDescriptor> byId = new LinkedHashMap<>();
		probes.stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(p -> byId.putIfAbsent(p.id(), p));
		Set<String> placed = new TreeSet<>();
		Map<ProbeDescriptor, Set<String>> before = new LinkedHashMap<>();
		for (ProbeDescriptor p : byId.values()) { // requires, plus the known probes it runs after
			Set<String> all = new TreeSet<>(p.requires());
			p.after().stream().filter(byId::containsKey).forEach(all::add);
			before.put(p, all);
		}
		List<ProbeDescriptor> pending = new ArrayList<>(byId.values());
		boolean progress = true;
		while (!pending.isEmpty() && progress) { // at most |probes| passes
			progress = false;
			for (var it = pending.iterator(); it.hasNext();) {
				ProbeDescriptor p = it.next();
				if (placed.containsAll(before.get(p))) {
					runnable.add(p);
					placed.add(p.id());
					it.remove();
					progress = true;
				}
			}
		}
		for (ProbeDescriptor p : pending) {
			List<String> missing = p.requires().stream().filter(r -> !byId.containsKey(r)).sorted().toList();
			broken.put(p, missing.isEmpty() ? "circular requirement among " + p.requires()
					: "requires unknown probe " + String.join(", ", missing));
		}
	}
}
