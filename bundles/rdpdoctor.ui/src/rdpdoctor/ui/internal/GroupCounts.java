package rdpdoctor.ui.internal;

import java.util.EnumMap;
import java.util.Map;

import rdpdoctor.core.inventory.RunRecords;
import rdpdoctor.model.Group;
import rdpdoctor.model.Host;
import rdpdoctor.model.HostStatus;

/** How many hosts a group holds (nested groups included), per status. */
public record GroupCounts(int hosts, Map<HostStatus, Integer> byStatus) {

	/**
	 * @param group a group
	 * @return its counts
	 */
	public static GroupCounts of(Group group) {
		Map<HostStatus, Integer> byStatus = new EnumMap<>(HostStatus.class);
		int hosts = count(group, byStatus);
		return new GroupCounts(hosts, byStatus);
	}

	private static int count(Group group, Map<HostStatus, Integer> byStatus) {
		int hosts = group.getHosts().size();
		for (Host host : group.getHosts()) {
			byStatus.merge(RunRecords.status(host), 1, Integer::sum);
		}
		for (Group inner : group.getGroups()) {
			hosts += count(inner, byStatus);
		}
		return hosts;
	}

	/** @return e.g. "(12 hosts · 2 failing · 1 unreachable)" */
	public String describe() {
		StringBuilder text = new StringBuilder("(" + hosts + (hosts == 1 ? " host" : " hosts"));
		for (HostStatus status : new HostStatus[] { HostStatus.FAILING, HostStatus.UNREACHABLE, HostStatus.DEGRADED }) {
			int n = byStatus.getOrDefault(status, 0);
			if (n > 0) {
				text.append(" \u00b7 ").append(n).append(' ').append(status.getName().toLowerCase());
			}
		}
		return text.append(')').toString();
	}
}
