package rdpdoctor.ui.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import rdpdoctor.core.inventory.InventoryWalk;
import rdpdoctor.core.inventory.RunRecords;
import rdpdoctor.model.FindingRecord;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.Severity;

/**
 * Every finding of the last runs across an inventory, kept sorted, and the filtered list the Findings view shows:
 * filtering keeps the order, so a keystroke costs one scan and no sort. Plain Java (no widgets).
 */
public final class FindingRows {

	/**
	 * What to keep: each part empty or null keeps everything.
	 *
	 * @param text     searched in host, port, group, cause, severity and title (case-insensitive)
	 * @param severity keep only this severity
	 * @param cause    keep only this cause ID
	 * @param group    keep only hosts in this group path or below it
	 */
	public record Filter(String text, Severity severity, String cause, String group) {

		/** Keeps everything. */
		public static final Filter ALL = new Filter("", null, null, null);

		boolean keeps(FindingRow row, String needle) {
			return (needle.isEmpty() || row.haystack().contains(needle))
					&& (severity == null || row.finding().getSeverity() == severity)
					&& (cause == null || cause.equals(row.finding().getCauseId()))
					&& (group == null || row.group().equals(group) || row.group().startsWith(group + "/"));
		}
	}

	/** Most severe first, then cause, then host. */
	public static final Comparator<FindingRow> DEFAULT_ORDER = Comparator
			.comparing((FindingRow r) -> -r.root().getSeverity().getValue())
			.thenComparing(r -> r.root().getCauseId()).thenComparing(FindingRow::target)
			.thenComparing(FindingRow::isConsequence) // a consequence right under its root cause
			.thenComparing(r -> -r.finding().getSeverity().getValue()).thenComparing(r -> r.finding().getCauseId());

	private final List<FindingRow> all;
	private final Comparator<FindingRow> order;
	private final Set<String> causes = new TreeSet<>();
	private final Set<String> groups = new TreeSet<>();

	/**
	 * @param rows  every row
	 * @param order how they are sorted
	 */
	public FindingRows(List<FindingRow> rows, Comparator<FindingRow> order) {
		List<FindingRow> sorted = new ArrayList<>(rows);
		sorted.sort(order);
		this.all = List.copyOf(sorted);
		this.order = order;
		for (FindingRow row : all) { // here, so that a listing job works them out too
			causes.add(row.finding().getCauseId());
			for (String path = row.group(); !path.isEmpty(); path = parentOf(path)) {
				groups.add(path);
			}
		}
	}

	private static String parentOf(String path) {
		int slash = path.lastIndexOf('/');
		return slash < 0 ? "" : path.substring(0, slash);
	}

	/** @return how the rows are sorted */
	public Comparator<FindingRow> order() {
		return order;
	}

	/**
	 * @param order another order
	 * @return the same rows in that order
	 */
	public FindingRows sorted(Comparator<FindingRow> order) {
		return new FindingRows(all, order);
	}

	/**
	 * @param inventory an inventory
	 * @param order     how to sort them
	 * @return the findings of every host's last run
	 */
	public static FindingRows of(Inventory inventory, Comparator<FindingRow> order) {
		List<FindingRow> rows = new ArrayList<>();
		for (InventoryWalk.Entry entry : InventoryWalk.entries(inventory)) {
			RunRecords.last(entry.host()).ifPresent(run -> {
				Set<String> appeared = entry.host().getRuns().size() > 1 ? RunRecords.change(entry.host()).appeared()
						: Set.of();
				String group = String.join("/", entry.groupPath());
				Map<String, FindingRecord> byCause = new HashMap<>();
				run.getFindings().forEach(f -> byCause.putIfAbsent(f.getCauseId(), f));
				for (FindingRecord finding : run.getFindings()) {
					FindingRecord root = finding.getCausedBy().stream().map(byCause::get).filter(Objects::nonNull)
							.findFirst().orElse(finding);
					rows.add(FindingRow.of(entry.host(), finding, root, group, appeared.contains(
							finding.getCauseId())));
				}
			});
		}
		return new FindingRows(rows, order);
	}

	/** @return how many rows there are before filtering */
	public int size() {
		return all.size();
	}

	/**
	 * @param filter what to keep
	 * @return the rows kept, in this list's order
	 */
	public List<FindingRow> select(Filter filter) {
		String needle = filter.text() == null ? "" : filter.text().trim().toLowerCase(Locale.ROOT);
		List<FindingRow> kept = new ArrayList<>();
		for (FindingRow row : all) {
			if (filter.keeps(row, needle)) {
				kept.add(row);
			}
		}
		return kept;
	}

	/** @return the causes present, sorted */
	public Set<String> causes() {
		return Collections.unmodifiableSet(causes);
	}

	/** @return the group paths present (and their parents), sorted */
	public Set<String> groups() {
		return Collections.unmodifiableSet(groups);
	}
}
