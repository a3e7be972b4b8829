package rdpdoctor.core.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import rdpdoctor.model.Group;
import rdpdoctor.model.Host;
import rdpdoctor.model.Inventory;

/** Walks an inventory's hosts in document order, with the group path of each. */
public final class InventoryWalk {

	/**
	 * A host and the names of the groups around it.
	 *
	 * @param host      the host
	 * @param groupPath outermost group first
	 */
	public record Entry(Host host, List<String> groupPath) {
	}

	private InventoryWalk() {
	}

	/** @return every host of the inventory, top-level ones first, then each group depth-first */
	public static Stream<Host> hosts(Inventory inventory) {
		return entries(inventory).stream().map(Entry::host);
	}

	/** @return every host with its group path */
	public static List<Entry> entries(Inventory inventory) {
		List<Entry> entries = new ArrayList<>();
		inventory.getHosts().forEach(h -> entries.add(new Entry(h, List.of())));
		for (Group group : inventory.getGroups()) {
			walk(group, new ArrayList<>(), entries);
		}
		return entries;
	}

	private static void walk(Group group, List<String> path, List<Entry> entries) {
		path.add(group.getName());
		group.getHosts().forEach(h -> entries.add(new Entry(h, List.copyOf(path))));
		for (Group child : group.getGroups()) {
			walk(child, path, entries);
		}
		path.remove(path.size() - 1);
	}
}
