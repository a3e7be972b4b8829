package rdpdoctor.events.internal;

/** Binary XML that cannot be read: a token, a size or an offset that does not fit its chunk. */
class BinXmlException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message what did not fit, with the offset in the chunk */
	BinXmlException(String message) {
		super(message);
	}
}
