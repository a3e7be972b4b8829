package rdpdoctor.plugins;

/** Why installing, uninstalling, updating or listing plug-ins failed, in words an administrator can act on. */
public class PluginException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message what failed and what to do about it */
	public PluginException(String message) {
		super(message);
	}

	/** @param message what failed @param cause the p2 failure behind it */
	public PluginException(String message, Throwable cause) {
		super(message, cause);
	}
}
