package rdpdoctor.core;

import java.util.Map;
import java.util.Optional;

/**
 * What a running probe may know: its target, the settings, its deadline and the outcomes of earlier probes.
 *
 * @noimplement This interface is not intended to be implemented by clients: the engine gives one to each probe.
 */
public interface ProbeContext {

	/** @return the target being probed */
	Target target();

	/** @return the run's settings */
	DiagnosisSettings settings();

	/** @return milliseconds left until this probe's deadline, at least 1 while running */
	long remainingMillis();

	/** @return whether the run was cancelled; long probes should stop early when it is */
	boolean isCancelled();

	/**
	 * @param probeId the id of a probe that ran before this one (normally one this probe requires)
	 * @return its outcome, if it ran
	 */
	Optional<ProbeOutcome> outcome(String probeId);

	/** @return every outcome known so far, by probe id */
	Map<String, ProbeOutcome> outcomes();

	/**
	 * Leaves an open resource (a connection in a known protocol state) to a later probe of the same host, which
	 * then need not connect again: one connection fewer for the server and this machine. Whatever no probe takes
	 * is closed when the host's diagnosis ends; so is a resource handed over after that, or in a context that
	 * keeps none (this default).
	 *
	 * @param key      what the resource is, named by the probe that hands it over
	 * @param resource the resource; the caller no longer closes it
	 */
	default void handOver(String key, AutoCloseable resource) {
		HandedOver.closeQuietly(resource);
	}

	/**
	 * Takes what an earlier probe of this host handed over under the key; the caller closes it from then on.
	 *
	 * @param <T>  the resource's type
	 * @param key  the key it was handed over under
	 * @param type the type expected; a resource of another type stays where it is
	 * @return the resource, or empty when none was handed over (or it was taken already)
	 */
	default <T extends AutoCloseable> Optional<T> takeOver(String key, Class<T> type) {
		return Optional.empty();
	}

	/**
	 * A resource every host of this run may share (an SSH client, whose threads serve every login), made by the
	 * first probe that asks and closed by the engine when the run ends; the caller never closes it. Keys are compared
	 * with {@code equals}: name what makes two resources interchangeable, never a secret (a password is given per
	 * connection, not kept in what is shared).
	 *
	 * @param <T>  the resource's type
	 * @param key  what the resource is made from
	 * @param type the type expected
	 * @param make makes it, once per run and key
	 * @return the run's resource for the key
	 * @throws IllegalStateException         when the run is over (a probe that overran it)
	 * @throws UnsupportedOperationException in a context that keeps nothing for the run (this default)
	 */
	default <T extends AutoCloseable> T shared(Object key, Class<T> type,
			java.util.function.Supplier<? extends T> make) {
		throw new UnsupportedOperationException("this context keeps nothing for the run");
	}
}
