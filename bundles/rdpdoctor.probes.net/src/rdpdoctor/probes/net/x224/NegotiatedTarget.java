package rdpdoctor.probes.net.x224;

import java.net.InetAddress;
import java.net.UnknownHostException;

import rdpdoctor.core.ProbeContext;
import rdpdoctor.probes.net.io.Deadline;

/** What the probes that follow the negotiation matrix share: the address it reached and their own deadline. */
public final class NegotiatedTarget {

	/** Time kept back from a probe's deadline so it reports by itself, with its evidence. */
	public static final long MARGIN_MS = 25;

	private NegotiatedTarget() {
	}

	/**
	 * @param context a probe's context, after the {@code x224} probe ran
	 * @return the address the negotiation matrix reached (an IP literal: no lookup happens)
	 * @throws UnknownHostException when there is none
	 */
	public static InetAddress address(ProbeContext context) throws UnknownHostException {
		return InetAddress.getByName(context.outcome("x224").flatMap(o -> o.text("address"))
				.orElse(context.target().host()));
	}

	/**
	 * @param context a probe's context
	 * @return the probe's deadline, less the margin
	 */
	public static Deadline deadline(ProbeContext context) {
		return Deadline.in(context.remainingMillis() - MARGIN_MS);
	}
}
