package rdpdoctor.core;

import java.util.Map;
import java.util.Optional;

/**
 * Settings of one diagnosis run.
 *
 * @param timeoutMs   the deadline of each probe, in milliseconds
 * @param concurrency how many hosts are diagnosed at once
 * @param dnsServer   the DNS server to ask ({@code IP} or {@code IP:PORT}); empty means the system resolver
 * @param extra       further settings for contributed probes, by key
 */
public record DiagnosisSettings(long timeoutMs, int concurrency, Optional<String> dnsServer,
		Map<String, String> extra) {

	/** The per-probe deadline when none is given. */
	public static final long DEFAULT_TIMEOUT_MS = 3000;

	/** How many hosts run at once when nothing else is said. */
	public static final int DEFAULT_CONCURRENCY = 64;

	/** Checks and copies the values. */
	public DiagnosisSettings {
		if (timeoutMs < 1) {
			throw new IllegalArgumentException("timeout must be at least 1 ms, not " + timeoutMs);
		}
		if (concurrency < 1) {
			throw new IllegalArgumentException("concurrency must be at least 1, not " + concurrency);
		}
		extra = Map.copyOf(extra);
	}

	/** @return the defaults: 3 s per probe, 64 hosts at once, the system resolver */
	public static DiagnosisSettings defaults() {
		return new DiagnosisSettings(DEFAULT_TIMEOUT_MS, DEFAULT_CONCURRENCY, Optional.empty(), Map.of());
	}

	/** @param ms new per-probe deadline @return a copy with it */
	public DiagnosisSettings withTimeoutMs(long ms) {
		return new DiagnosisSettings(ms, concurrency, dnsServer, extra);
	}

	/** @param hosts new bound @return a copy with it */
	public DiagnosisSettings withConcurrency(int hosts) {
		return new DiagnosisSettings(timeoutMs, hosts, dnsServer, extra);
	}

	/**
	 * @param key   a setting for contributed probes and rules
	 * @param value its value
	 * @return a copy with it
	 */
	public DiagnosisSettings withExtra(String key, String value) {
		Map<String, String> more = new java.util.HashMap<>(extra);
		more.put(key, value);
		return new DiagnosisSettings(timeoutMs, concurrency, dnsServer, more);
	}

	/**
	 * @param more settings that replace or add to the extra ones (a host's own SSH user and port, ...)
	 * @return a copy with them
	 */
	public DiagnosisSettings withExtras(Map<String, String> more) {
		if (more.isEmpty()) {
			return this;
		}
		Map<String, String> all = new java.util.HashMap<>(extra);
		all.putAll(more);
		return new DiagnosisSettings(timeoutMs, concurrency, dnsServer, all);
	}

	/** @param server {@code IP} or {@code IP:PORT}, or {@code null} for the system resolver @return a copy */
	public DiagnosisSettings withDnsServer(String server) {
		return new DiagnosisSettings(timeoutMs, concurrency, Optional.ofNullable(server), extra);
	}
}
