package rdpdoctor.cli;

/** Whether a line of text is one whole JSON object, by its brackets and strings alone (no values are built). */
final class JsonObjectText {

	private JsonObjectText() {
	}

	/**
	 * @param line a line of a checkpoint file
	 * @return whether it starts an object and closes it at its very end, brackets balanced outside strings: a line
	 *         that a crash cut short is not
	 */
	static boolean isWhole(String line) {
		String text = line.strip();
		if (text.isEmpty() || text.charAt(0) != '{') {
			return false;
		}
		int depth = 0;
		boolean inString = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++; // the escaped character
				} else if (c == '"') {
					inString = false;
				}
				continue;
			}
			switch (c) {
			case '"' -> inString = true;
			case '{', '[' -> depth++;
			case '}', ']' -> {
				depth--;
				if (depth == 0 && i != text.length() - 1) {
					return false; // something after the object
				}
			}
			default -> { }
			}
		}
		return depth == 0 && !inString;
	}
}
