package rdpdoctor.cli;

/** The command line's exit codes (see DESIGN.md). */
public final class ExitCodes {

	/** No finding of severity ERROR. */
	public static final int OK = 0;
	/** At least one ERROR finding. */
	public static final int FINDINGS = 1;
	/** Bad usage or input. */
	public static final int USAGE = 2;
	/** Internal failure. */
	public static final int INTERNAL = 3;

	private ExitCodes() {
	}
}
