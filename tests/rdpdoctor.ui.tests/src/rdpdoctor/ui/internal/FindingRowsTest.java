package rdpdoctor.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import rdpdoctor.model.FindingRecord;
import rdpdoctor.model.Host;
import rdpdoctor.model.ModelFactory;
import rdpdoctor.model.Severity;

/** The Findings view's rows: filters keep the sort order; the group filter takes a group and what is below it. */
class FindingRowsTest {

	private static FindingRow row(String host, String group, String cause, Severity severity) {
		Host h = ModelFactory.eINSTANCE.createHost();
		h.setName(host);
		FindingRecord f = ModelFactory.eINSTANCE.createFindingRecord();
		f.setCauseId(cause);
		f.setSeverity(severity);
		f.setTitle(cause + " on " + host);
		return FindingRow.of(h, f, f, group, false);
	}

	private final FindingRows rows = new FindingRows(List.of(row("b", "Paris", "PORT_CLOSED", Severity.ERROR),
			row("a", "Paris/Annex", "NLA_NOT_ENFORCED", Severity.WARNING),
			row("c", "Parisian", "CERT_EXPIRED", Severity.ERROR), row("d", "", "CERT_EXPIRED", Severity.ERROR)),
			FindingRows.DEFAULT_ORDER);

	private static List<String> hosts(List<FindingRow> rows) {
		return rows.stream().map(r -> r.host().getName()).toList();
	}

	@Test
	void errorsComeFirstThenCauseThenHost() {
		assertEquals(List.of("c", "d", "b", "a"), hosts(rows.select(FindingRows.Filter.ALL)));
	}

	@Test
	void theTextFilterKeepsTheOrderAndIgnoresCase() {
		assertEquals(List.of("c", "d"), hosts(rows.select(new FindingRows.Filter("cert_EXP", null, null, null))));
		assertEquals(List.of("b", "a"), hosts(rows.select(new FindingRows.Filter(":3389", null, null, "Paris"))),
				"Paris and Paris/Annex, not Parisian");
	}

	@Test
	void severityAndCauseFiltersAndAnotherOrder() {
		assertEquals(List.of("a"), hosts(rows.select(new FindingRows.Filter("", Severity.WARNING, null, null))));
		assertEquals(List.of("b"), hosts(rows.select(new FindingRows.Filter("", null, "PORT_CLOSED", null))));
		assertEquals(List.of("a", "b", "c", "d"), hosts(rows.sorted(Comparator.comparing(FindingRow::target))
				.select(FindingRows.Filter.ALL)));
		assertEquals(List.of("Paris", "Paris/Annex", "Parisian"), List.copyOf(rows.groups()));
	}

	@Test
	void aConsequenceIsListedIndentedRightUnderItsRootCauseWhateverItsSeverity() {
		Host h = ModelFactory.eINSTANCE.createHost();
		h.setName("ts01");
		FindingRecord stopped = ModelFactory.eINSTANCE.createFindingRecord();
		stopped.setCauseId("RDP_SERVICE_STOPPED");
		stopped.setSeverity(Severity.WARNING);
		FindingRecord closed = ModelFactory.eINSTANCE.createFindingRecord();
		closed.setCauseId("PORT_CLOSED");
		closed.setSeverity(Severity.ERROR);
		closed.getCausedBy().add("RDP_SERVICE_STOPPED");
		FindingRows ranked = new FindingRows(List.of(FindingRow.of(h, closed, stopped, "", false),
				FindingRow.of(h, stopped, stopped, "", false), row("b", "", "CERT_EXPIRED", Severity.ERROR)),
				FindingRows.DEFAULT_ORDER);

		assertEquals(List.of("CERT_EXPIRED", "RDP_SERVICE_STOPPED", "\u2003\u21b3 PORT_CLOSED"),
				ranked.select(FindingRows.Filter.ALL).stream().map(FindingRow::causeLabel).toList());
	}
}
