package rdpdoctor.core.engine;

import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import rdpdoctor.core.IProbe;

/**
 * A probe as the engine schedules it.
 *
 * @param id        unique id, referenced by {@code requires} and by rules
 * @param name      a name for people
 * @param requires  ids of probes that must finish OK before this one runs
 * @param after     ids of probes that must have finished (in any way) before this one runs; unknown ids are ignored
 * @param timeoutMs this probe's own deadline, or 0 to use the run's
 * @param reachability whether the probe only finds out if the host can be reached at all (a name lookup, a TCP
 *                  connect): such probes mostly wait, so they run outside the bound of
 *                  {@link rdpdoctor.core.DiagnosisSettings#concurrency()} and an unreachable host, waiting for
 *                  its deadline, does not keep a reachable one waiting
 * @param factory   creates the probe (one instance per host)
 */
public record ProbeDescriptor(String id, String name, Set<String> requires, Set<String> after, long timeoutMs,
		boolean reachability, Supplier<IProbe> factory) {

	/** Checks and copies the values. */
	public ProbeDescriptor {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(factory, "factory");
		name = name == null ? id : name;
		requires = Set.copyOf(requires);
		after = Set.copyOf(after);
		if (timeoutMs < 0) {
			throw new IllegalArgumentException(id + ": negative timeout");
		}
	}

	/**
	 * A probe that works within the concurrency bound.
	 *
	 * @param id        unique id
	 * @param name      a name for people
	 * @param requires  ids of probes that must finish OK first
	 * @param after     ids of probes that must have finished first
	 * @param timeoutMs own deadline, or 0
	 * @param factory   creates the probe
	 */
	public ProbeDescriptor(String id, String name, Set<String> requires, Set<String> after, long timeoutMs,
			Supplier<IProbe> factory) {
		this(id, name, requires, after, timeoutMs, false, factory);
	}

	/** @return a copy that is a reachability probe (see {@link #reachability()}) */
	public ProbeDescriptor asReachability() {
		return new ProbeDescriptor(id, name, requires, after, timeoutMs, true, factory);
	}

	/**
	 * A probe with requirements only.
	 *
	 * @param id        unique id
	 * @param name      a name for people
	 * @param requires  ids of probes that must finish OK first
	 * @param timeoutMs own deadline, or 0
	 * @param factory   creates the probe
	 */
	public ProbeDescriptor(String id, String name, Set<String> requires, long timeoutMs, Supplier<IProbe> factory) {
		this(id, name, requires, Set.of(), timeoutMs, factory);
	}
}
