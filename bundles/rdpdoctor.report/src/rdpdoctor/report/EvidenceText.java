package rdpdoctor.report;

import rdpdoctor.core.EvidenceValue;

/** Renders evidence values as text for people. */
public final class EvidenceText {

	private EvidenceText() {
	}

	/**
	 * @param value an evidence value
	 * @return its text, as {@link EvidenceValue#text(Object)}
	 */
	public static String of(Object value) {
		return EvidenceValue.text(value);
	}
}
