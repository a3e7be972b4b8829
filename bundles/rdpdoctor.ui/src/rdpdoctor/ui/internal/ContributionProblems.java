package rdpdoctor.ui.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;

/**
 * Problems of contributions to RDP Doctor's extension points (a plug-in's malformed probe, event source or
 * remediation, left out): each logged once to the Error Log, never dropped.
 */
final class ContributionProblems {

	private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

	private ContributionProblems() {
	}

	/**
	 * @param point what reads the contributions, e.g. "event sources"
	 * @return a sink that logs each problem the first time it is said
	 */
	static Consumer<String> logOnce(String point) {
		return problem -> {
			if (LOGGED.add(point + ": " + problem)) {
				ILog.get().warn("A contribution to RDP Doctor's " + point + " is left out: " + problem);
			}
		};
	}
}
