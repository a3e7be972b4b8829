package rdpdoctor.cli;

/** Bad command-line usage or input: exit code 2 with the message. */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message what is wrong, naming the argument */
	public UsageException(String message) {
		super(message);
	}
}
