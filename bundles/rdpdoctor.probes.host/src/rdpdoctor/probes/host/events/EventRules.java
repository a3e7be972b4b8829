package rdpdoctor.probes.host.events;

import static rdpdoctor.core.WellKnownEvidence.EVENT_IDS;
import static rdpdoctor.core.WellKnownEvidence.EVENT_MESSAGES;
import static rdpdoctor.core.WellKnownEvidence.EVENT_PROVIDERS;
import static rdpdoctor.core.WellKnownEvidence.EVENT_TIMES;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import rdpdoctor.core.Causes;
import rdpdoctor.core.Finding;
import rdpdoctor.core.IRule;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.RuleContext;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.core.codes.RdpEvents;
import rdpdoctor.model.Severity;
import rdpdoctor.probes.host.windows.WindowsProbe;
import rdpdoctor.probes.host.xrdp.XrdpProbe;

/**
 * Host-side causes from the host's events alone, when the probes that read its set-up could not (their script
 * failed, timed out or was refused): a certificate the listener cannot use (Schannel 36870, RemoteConnectionManager
 * 1050-1059, xrdp's key errors) and Remote Desktop Services stopped (the last word of the Service Control Manager
 * about it). The engine then links the events to these findings as to any other.
 */
public class EventRules implements IRule {

	/** The Service Control Manager's "service entered the ... state". */
	private static final long SERVICE_STATE = 7036;

	@Override
	public List<Finding> evaluate(RuleContext context) {
		ProbeOutcome events = context.outcome(WellKnownEvidence.EVENTS_PROBE).filter(ProbeOutcome::ok).orElse(null);
		boolean setUpRead = context.outcome(WindowsProbe.ID).map(ProbeOutcome::ok).orElse(false)
				|| context.outcome(XrdpProbe.ID).map(ProbeOutcome::ok).orElse(false);
		if (events == null || setUpRead) {
			return List.of();
		}
		List<?> ids = list(events, EVENT_IDS);
		List<?> providers = list(events, EVENT_PROVIDERS);
		List<?> texts = list(events, EVENT_MESSAGES);
		Set<String> causes = new LinkedHashSet<>();
		Boolean lastSaidStopped = null; // events come newest first: the first word about the service is the last
		for (int i = 0; i < Math.min(ids.size(), Math.min(providers.size(), texts.size())); i++) {
			if (ids.get(i) instanceof Number id) {
				String text = String.valueOf(texts.get(i)).toLowerCase(java.util.Locale.ROOT);
				if (lastSaidStopped == null && id.longValue() == SERVICE_STATE && text.contains("remote desktop services")) {
					lastSaidStopped = text.contains("stopped");
				}
				RdpEvents.signals(id.longValue(), String.valueOf(providers.get(i)), String.valueOf(texts.get(i)))
						.forEach(s -> causes.add(s.cause()));
			}
		}
		if (Boolean.FALSE.equals(lastSaidStopped)) {
			causes.remove(Causes.RDP_SERVICE_STOPPED); // it was started again since
		}
		String host = context.target().host();
		List<Finding> found = new ArrayList<>();
		if (causes.contains(Causes.CERT_UNUSABLE)) {
			found.add(Finding.of(Causes.CERT_UNUSABLE, Severity.ERROR).confidence(0.7)
					.title(host + "'s RDP listener could not use its certificate (from its event log)")
					.explanation("The host's own events say the listener's certificate or private key could not be"
							+ " used (evidence events.ids, events.messages); its set-up could not be read to say"
							+ " why. Typical: MachineKeys permissions (Schannel 36870, 0x8009030D), a certificate"
							+ " without its private key, or xrdp's key unreadable to its user. Fix: as for"
							+ " MACHINEKEYS_INACCESSIBLE or CERT_UNUSABLE once the set-up is read.")
					.evidence("events." + EVENT_IDS, "events." + EVENT_MESSAGES, "events." + EVENT_TIMES).build());
		}
		if (causes.contains(Causes.RDP_SERVICE_STOPPED)) {
			found.add(Finding.of(Causes.RDP_SERVICE_STOPPED, Severity.ERROR).confidence(0.6)
					.title("Remote Desktop Services on " + host + " stopped (from its event log)")
					.explanation("The host's own events say its RDP service stopped (evidence events.ids,"
							+ " events.messages); whether it runs now could not be read. Fix: start it (Windows:"
							+ " Start-Service TermService; xrdp: systemctl start xrdp) and read why it stopped.")
					.evidence("events." + EVENT_IDS, "events." + EVENT_MESSAGES, "events." + EVENT_TIMES)
					.build());
		}
		return found;
	}

	private static List<?> list(ProbeOutcome outcome, String key) {
		return outcome.evidence().get(key) instanceof List<?> list ? list : List.of();
	}
}
