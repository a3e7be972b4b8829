package rdpdoctor.core.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;

import rdpdoctor.core.IpLiteral;
import rdpdoctor.model.Group;
import rdpdoctor.model.Host;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.Severity;

/**
 * Checks an inventory without touching the network: hosts without a name, names that can never resolve (not an IP
 * literal and not a valid DNS name), expected addresses that are not IP literals, ports outside 1..65535, the same
 * name and port twice, groups without a name.
 */
public final class InventoryValidator {

	/**
	 * One problem.
	 *
	 * @param severity ERROR (the entry cannot be diagnosed as it is) or WARNING
	 * @param element  the host or group at fault
	 * @param message  what is wrong, naming the entry by its path
	 */
	public record Problem(Severity severity, EObject element, String message) {
	}

	private static final Pattern DNS_LABEL = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?");

	private InventoryValidator() {
	}

	/**
	 * @param inventory the inventory
	 * @return its problems in inventory order, empty when there are none
	 */
	public static List<Problem> validate(Inventory inventory) {
		List<Problem> problems = new ArrayList<>();
		Map<String, String> firstByKey = new HashMap<>();
		for (InventoryWalk.Entry entry : InventoryWalk.entries(inventory)) {
			check(entry, firstByKey, problems);
		}
		groups(inventory.getGroups(), "", problems);
		return problems;
	}

	/**
	 * @param host a host
	 * @return the problems of this host alone (no duplicate check), for an editor's field messages
	 */
	public static List<Problem> validate(Host host) {
		List<Problem> problems = new ArrayList<>();
		check(new InventoryWalk.Entry(host, List.of()), new HashMap<>(), problems);
		return problems;
	}

	/**
	 * @param host a host
	 * @return its path for messages, e.g. {@code Servers/Web/web01:3389}
	 */
	public static String path(Host host) {
		StringBuilder path = new StringBuilder();
		for (EObject parent = host.eContainer(); parent instanceof Group group; parent = group.eContainer()) {
			path.insert(0, group.getName() + "/");
		}
		return path.append(host.getName() == null || host.getName().isBlank() ? "(no name)" : host.getName())
				.append(':').append(host.getRdpPort()).toString();
	}

	/**
	 * @param name a host name
	 * @return whether it is an IP literal or a syntactically valid DNS name
	 */
	public static boolean resolvable(String name) {
		if (IpLiteral.isIpLiteral(name)) {
			return true;
		}
		String dns = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
		if (dns.isEmpty() || dns.length() > 253) {
			return false;
		}
		for (String label : dns.split("\\.", -1)) {
			if (!DNS_LABEL.matcher(label).matches()) {
				return false;
			}
		}
		return true;
	}

	private static void check(InventoryWalk.Entry entry, Map<String, String> firstByKey, List<Problem> problems) {
		Host host = entry.host();
		String path = path(host);
		String name = host.getName() == null ? "" : host.getName().trim();
		if (name.isEmpty()) {
			problems.add(new Problem(Severity.ERROR, host, path + ": the host has no name or address to dial"));
		} else if (!resolvable(name)) {
			problems.add(new Problem(Severity.ERROR, host, path + ": '" + name
					+ "' can never resolve: it is neither an IP address nor a valid DNS name"));
		}
		String address = host.getAddress() == null ? "" : host.getAddress().trim();
		if (!address.isEmpty() && !IpLiteral.isIpLiteral(address)) {
			problems.add(new Problem(Severity.ERROR, host,
					path + ": the expected address '" + address + "' is not an IPv4 or IPv6 address"));
		}
		port(host, "RDP", host.getRdpPort(), path, problems);
		port(host, "SSH", host.getSshPort(), path, problems);
		if (!name.isEmpty()) {
			String key = InventoryMerge.key(host);
			String first = firstByKey.putIfAbsent(key, path);
			if (first != null) {
				problems.add(new Problem(Severity.ERROR, host, path + ": duplicate host, the same name and port as "
						+ first));
			}
		}
	}

	private static void port(Host host, String which, int port, String path, List<Problem> problems) {
		if (port < 1 || port > 65535) {
			problems.add(new Problem(Severity.ERROR, host,
					path + ": the " + which + " port " + port + " is outside 1..65535"));
		}
	}

	private static void groups(List<Group> groups, String parent, List<Problem> problems) {
		for (Group group : groups) {
			String name = group.getName() == null ? "" : group.getName().trim();
			if (name.isEmpty()) {
				problems.add(new Problem(Severity.WARNING, group, parent + "(no name): a group without a name"));
			}
			groups(group.getGroups(), parent + name + "/", problems);
		}
	}
}
