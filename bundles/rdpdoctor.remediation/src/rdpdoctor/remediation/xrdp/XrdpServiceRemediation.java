package rdpdoctor.remediation.xrdp;

/**
 * An xrdp remediation that starts or restarts xrdp through the host's service (only for the one instance it manages):
 * nothing on disk changes, the snapshot is whether xrdp ran.
 */
abstract class XrdpServiceRemediation extends XrdpRemediation {

	@Override
	final boolean restarts() {
		return true;
	}

	@Override
	final String snapshot(Facts facts) {
		return "snap_running\n";
	}
}
