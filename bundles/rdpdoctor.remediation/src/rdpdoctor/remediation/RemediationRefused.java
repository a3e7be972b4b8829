package rdpdoctor.remediation;

/** A remediation that will not run: no plan for this host, or a precondition that failed. Nothing was changed. */
public class RemediationRefused extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message why, naming the host and what to do instead */
	public RemediationRefused(String message) {
		super(message);
	}
}
