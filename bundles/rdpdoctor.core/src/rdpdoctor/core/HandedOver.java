package rdpdoctor.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resources the probes of one host's diagnosis hand to each other ({@link ProbeContext#handOver}), closed
 * together when that diagnosis ends. Thread-safe: a probe that overran its deadline may still hand over.
 */
public final class HandedOver implements AutoCloseable {

	private final Map<String, AutoCloseable> resources = new LinkedHashMap<>();
	private boolean closed;

	/**
	 * Keeps the resource under the key; one already kept under it is closed. Once closed, closes it at once.
	 *
	 * @param key      the key
	 * @param resource the resource
	 */
	public void put(String key, AutoCloseable resource) {
		AutoCloseable replaced;
		synchronized (this) {
			if (closed) {
				replaced = resource;
			} else {
				replaced = resources.put(key, resource);
			}
		}
		closeQuietly(replaced);
	}

	/**
	 * @param <T>  the type
	 * @param key  the key
	 * @param type the type expected
	 * @return the resource kept under the key, removed from here, if it has that type
	 */
	public synchronized <T extends AutoCloseable> Optional<T> take(String key, Class<T> type) {
		AutoCloseable resource = resources.get(key);
		if (!type.isInstance(resource)) {
			return Optional.empty();
		}
		resources.remove(key);
		return Optional.of(type.cast(resource));
	}

	/** Closes every resource not taken; later ones are closed as they come. */
	@Override
	public void close() {
		List<AutoCloseable> left;
		synchronized (this) {
			closed = true;
			left = new ArrayList<>(resources.values());
			resources.clear();
		}
		left.forEach(HandedOver::closeQuietly);
	}

	/**
	 * Closes a resource, ignoring what it throws (a connection that is gone cannot be closed better).
	 *
	 * @param resource the resource, may be {@code null}
	 */
	static void closeQuietly(AutoCloseable resource) {
		if (resource == null) {
			return;
		}
		try {
			resource.close();
		} catch (Exception e) {
			// nothing more to do with it
		}
	}
}
