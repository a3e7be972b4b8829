package rdpdoctor.probes.host.xrdp;

/**
 * Which sesman.ini an xrdp instance talks to. xrdp finds its session manager through the sesman.ini of the folder
 * compiled into its binary (SYSCONFDIR/xrdp: /etc/xrdp for the packages' /usr/sbin/xrdp, /usr/local/etc/xrdp for
 * /usr/local/sbin/xrdp), whatever xrdp.ini its {@code --config} names; an xrdp.ini without a known binary (a stopped
 * package, one named with {@code --xrdp-ini}) goes with the sesman.ini beside it. {@link XrdpScript} applies the same
 * rule in the host's shell and reads the LogFile of the file this names.
 */
final class SesmanIni {

	private static final String NAME = "sesman.ini";

	private SesmanIni() {
	}

	/**
	 * @param instance an xrdp instance
	 * @return the path of its sesman.ini on the host (under the instance's prefix), empty when neither its binary nor
	 *         its xrdp.ini is known
	 */
	static String of(XrdpInstance instance) {
		if (instance.binary().startsWith("/")) {
			String folder = parent(parent(instance.binary()));
			return (folder.equals("/usr") || folder.isEmpty() ? "" : folder) + "/etc/xrdp/" + NAME;
		}
		return instance.ini().startsWith("/") ? beside(instance.ini()) : "";
	}

	/**
	 * @param ini an xrdp.ini's absolute path
	 * @return the sesman.ini in its folder
	 */
	static String beside(String ini) {
		return parent(ini) + "/" + NAME;
	}

	private static String parent(String path) {
		int slash = path.lastIndexOf('/');
		return slash <= 0 ? "" : path.substring(0, slash);
	}
}
