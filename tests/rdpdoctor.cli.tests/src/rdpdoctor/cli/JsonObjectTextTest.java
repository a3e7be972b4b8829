package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonObjectTextTest {

	@Test
	void aWholeObjectIsWholeWhateverItsStringsHold() {
		assertTrue(JsonObjectText.isWhole("{\"target\":\"h:3389\",\"findings\":[{\"a\":1}],\"probes\":[]}"));
		assertTrue(JsonObjectText.isWhole("{\"message\":\"a } and a { and \\\" quote\"}"));
		assertTrue(JsonObjectText.isWhole("  {}  "));
	}

	@Test
	void aLineACrashCutShortIsNot() {
		assertFalse(JsonObjectText.isWhole("{\"target\":\"127.0.0.1:1\",\"addr"));
		assertFalse(JsonObjectText.isWhole("{\"findings\":[{\"a\":1}]"), "cut after an inner object");
		assertFalse(JsonObjectText.isWhole("{\"message\":\"ends in a string }"));
		assertFalse(JsonObjectText.isWhole("{} {}"), "two objects");
		assertFalse(JsonObjectText.isWhole("[1]"));
		assertFalse(JsonObjectText.isWhole(""));
	}
}
