package rdpdoctor.core.inventory;

import java.util.List;

/**
 * What an importer read from one file: the hosts it could import, and every entry it skipped with the place and
 * the reason ({@code servers.rdg, element <server> at line 40: the host name is empty}).
 *
 * @param hosts   the hosts, in file order
 * @param skipped one message per entry left out
 */
public record ImportResult(List<ImportedHost> hosts, List<String> skipped) {

	/** Copies the lists. */
	public ImportResult {
		hosts = List.copyOf(hosts);
		skipped = List.copyOf(skipped);
	}
}
