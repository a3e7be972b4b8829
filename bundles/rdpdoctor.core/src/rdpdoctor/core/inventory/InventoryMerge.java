package rdpdoctor.core.inventory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import rdpdoctor.model.Group;
import rdpdoctor.model.Host;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.ModelFactory;
import rdpdoctor.model.ModelPackage;

/**
 * Adds imported hosts to an inventory: groups are found or created by path, and a host whose name and port the
 * inventory already has in the same group (case-insensitive) is skipped, so importing twice adds nothing. A host
 * listed in several groups (as RDCMan users do on purpose) stays in each of them, as the source tool shows it; a
 * diagnosis still probes it once.
 */
public final class InventoryMerge {

	/**
	 * What a merge did.
	 *
	 * @param added   hosts added
	 * @param skipped duplicates left out
	 */
	public record Result(int added, int skipped) {
	}

	/**
	 * New hosts or groups and where they go.
	 *
	 * @param owner    the inventory or an existing group
	 * @param feature  its hosts or its groups
	 * @param children new objects, not contained anywhere yet (a new group holds its new hosts and groups)
	 */
	public record Addition(EObject owner, EReference feature, List<EObject> children) {
	}

	/**
	 * What a merge would add, worked out without changing the inventory, so that a job can work it out off the UI
	 * thread and an editing domain can add it as one command.
	 *
	 * @param additions  the new objects by the place they go
	 * @param duplicates for each host given, whether it is left out (as {@link #duplicates})
	 * @param result     the counts
	 */
	public record Plan(List<Addition> additions, List<Boolean> duplicates, Result result) {

		/** Adds everything to the inventory planned for (without an editing domain, so not undoable). */
		@SuppressWarnings("unchecked")
		public void apply() {
			for (Addition addition : additions) {
				((List<EObject>) addition.owner().eGet(addition.feature())).addAll(addition.children());
			}
		}
	}

	private InventoryMerge() {
	}

	/**
	 * @param inventory the inventory to add to; only read
	 * @param hosts     the imported hosts
	 * @return what a merge would add
	 */
	public static Plan plan(Inventory inventory, List<ImportedHost> hosts) {
		Placements placed = new Placements(inventory);
		Planner planner = new Planner(inventory);
		List<Boolean> duplicates = new ArrayList<>(hosts.size());
		int added = 0;
		for (ImportedHost imported : hosts) {
			boolean fresh = placed.add(imported.groupPath(), imported.name(), imported.port());
			duplicates.add(!fresh);
			if (fresh) {
				planner.place(imported.groupPath(), newHost(imported));
				added++;
			}
		}
		return new Plan(planner.additions(), List.copyOf(duplicates), new Result(added, hosts.size() - added));
	}

	/** Finds the group of each path, reading the inventory's groups and making the missing ones detached. */
	private static final class Planner {
		private static final ModelPackage MODEL = ModelPackage.eINSTANCE;
		private final Inventory inventory;
		private final Map<List<String>, EObject> groupOfPath = new HashMap<>();
		private final Set<EObject> made = Collections.newSetFromMap(new IdentityHashMap<>());
		private final Map<EObject, List<EObject>> newGroupsOf = new LinkedHashMap<>();
		private final Map<EObject, List<EObject>> newHostsOf = new LinkedHashMap<>();

		Planner(Inventory inventory) {
			this.inventory = inventory;
			groupOfPath.put(List.of(), inventory);
		}

		void place(List<String> path, Host host) {
			EObject owner = groupOf(path);
			if (made.contains(owner)) {
				((Group) owner).getHosts().add(host);
			} else {
				newHostsOf.computeIfAbsent(owner, o -> new ArrayList<>()).add(host);
			}
		}

		/** @return the inventory, an existing group, or a new one placed in its parent */
		private EObject groupOf(List<String> path) {
			EObject known = groupOfPath.get(path);
			if (known != null) {
				return known;
			}
			EObject parent = groupOf(path.subList(0, path.size() - 1));
			String name = path.get(path.size() - 1);
			List<Group> siblings = parent instanceof Group g ? g.getGroups() : inventory.getGroups();
			Group group = siblings.stream().filter(g -> name.equals(g.getName())).findFirst().orElse(null);
			if (group == null) {
				group = ModelFactory.eINSTANCE.createGroup();
				group.setName(name);
				made.add(group);
				if (made.contains(parent)) {
					((Group) parent).getGroups().add(group); // a new group in a new group
				} else {
					newGroupsOf.computeIfAbsent(parent, p -> new ArrayList<>()).add(group);
				}
			}
			groupOfPath.put(List.copyOf(path), group);
			return group;
		}

		List<Addition> additions() {
			List<Addition> additions = new ArrayList<>();
			newGroupsOf.forEach((owner, groups) -> additions.add(new Addition(owner,
					owner instanceof Inventory ? MODEL.getInventory_Groups() : MODEL.getGroup_Groups(), groups)));
			newHostsOf.forEach((owner, hosts) -> additions.add(new Addition(owner,
					owner instanceof Inventory ? MODEL.getInventory_Hosts() : MODEL.getGroup_Hosts(), hosts)));
			return additions;
		}
	}

	/**
	 * @param inventory the inventory to add to
	 * @param hosts     the imported hosts
	 * @return the counts
	 */
	public static Result merge(Inventory inventory, List<ImportedHost> hosts) {
		Merger merger = into(inventory);
		hosts.forEach(merger::add);
		return merger.result();
	}

	/**
	 * @param inventory the inventory to add to
	 * @return a merger that adds hosts one at a time, as an importer streams them (nothing is held but what the
	 *         inventory holds and the identities of its hosts)
	 */
	public static Merger into(Inventory inventory) {
		return new Merger(inventory);
	}

	/**
	 * @param inventory an inventory
	 * @param hosts     hosts read from a file
	 * @return for each host, whether a merge would skip it (its group in the inventory, or an earlier host of the
	 *         list, has it already): what an import preview shows
	 */
	public static List<Boolean> duplicates(Inventory inventory, List<ImportedHost> hosts) {
		Placements placed = new Placements(inventory);
		return hosts.stream().map(h -> !placed.add(h.groupPath(), h.name(), h.port())).toList();
	}

	/** The hosts placed so far, each by its lower-case name and port within its group: what duplicates are. */
	private static final class Placements {
		/** One identity; the name lower-case (the same instance when it already is). */
		private record Placed(List<String> groups, String name, int port) {
		}

		private final Set<Placed> known = new HashSet<>();

		Placements(Inventory inventory) {
			InventoryWalk.entries(inventory)
					.forEach(e -> add(e.groupPath(), e.host().getName(), e.host().getRdpPort()));
		}

		/** @return whether the identity was new (and is now placed) */
		boolean add(List<String> groups, String name, int port) {
			return known.add(new Placed(groups, String.valueOf(name).toLowerCase(Locale.ROOT), port));
		}
	}

	/** Adds hosts to one inventory, one at a time, finding duplicates as {@link InventoryMerge} says. */
	public static final class Merger {
		private final Inventory inventory;
		private final Placements known;
		private final Map<List<String>, List<Host>> groups = new HashMap<>(); // each path looked up once
		private int added;
		private int skipped;

		private Merger(Inventory inventory) {
			this.inventory = inventory;
			this.known = new Placements(inventory);
		}

		/**
		 * @param imported a host read from a file
		 * @return whether it was added (false: its group has it already)
		 */
		public boolean add(ImportedHost imported) {
			if (!known.add(imported.groupPath(), imported.name(), imported.port())) {
				skipped++;
				return false;
			}
			Host host = newHost(imported);
			groups.computeIfAbsent(imported.groupPath(), path -> hostsOf(inventory, path)).add(host);
			added++;
			return true;
		}

		/** @return what was added and left out so far */
		public Result result() {
			return new Result(added, skipped);
		}
	}

	private static Host newHost(ImportedHost imported) {
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName(imported.name());
		host.setAddress(imported.address());
		host.setRdpPort(imported.port());
		host.setNotes(imported.notes());
		host.setRdpUser(imported.user());
		host.setRdpDomain(imported.domain());
		host.setRdpGateway(imported.gateway());
		host.setPlatform(imported.platform());
		host.getTags().addAll(imported.tags());
		return host;
	}


	/** @return the identity of an inventory host, as {@link ImportedHost#key()} */
	public static String key(Host host) {
		return String.valueOf(host.getName()).toLowerCase(Locale.ROOT) + ":" + host.getRdpPort();
	}

	private static List<Host> hostsOf(Inventory inventory, List<String> path) {
		if (path.isEmpty()) {
			return inventory.getHosts();
		}
		List<Group> level = inventory.getGroups();
		Group group = null;
		for (String name : path) {
			group = level.stream().filter(g -> name.equals(g.getName())).findFirst().orElse(null);
			if (group == null) {
				group = ModelFactory.eINSTANCE.createGroup();
				group.setName(name);
				level.add(group);
			}
			level = group.getGroups();
		}
		return group.getHosts();
	}
}
