package rdpdoctor.core.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What every host of one diagnosis run shares ({@link rdpdoctor.core.ProbeContext#shared}), made on first use and
 * closed together when the run ends, so that nothing a run made (an SSH client's threads, the settings it was made
 * with) outlives it.
 */
final class RunResources implements AutoCloseable {

	private final Map<Object, AutoCloseable> made = new LinkedHashMap<>();
	private boolean closed;

	/**
	 * @param <T>  the resource's type
	 * @param key  what makes two resources interchangeable
	 * @param type the type expected
	 * @param make makes the resource when none is kept under the key
	 * @return the resource kept under the key
	 * @throws IllegalStateException    when the run is over
	 * @throws IllegalArgumentException when the key holds a resource of another type
	 */
	synchronized <T extends AutoCloseable> T get(Object key, Class<T> type, Supplier<? extends T> make) {
		if (closed) {
			throw new IllegalStateException("the diagnosis run is over: nothing more is shared");
		}
		AutoCloseable resource = made.get(key);
		if (resource == null) {
			resource = Objects.requireNonNull(make.get(), "made nothing");
			made.put(key, resource);
		}
		if (!type.isInstance(resource)) {
			throw new IllegalArgumentException("the run shares a " + resource.getClass().getName() + ", not a "
					+ type.getName() + ", under that key");
		}
		return type.cast(resource);
	}

	/** Closes everything made, newest first; later requests are refused. */
	@Override
	public void close() {
		List<AutoCloseable> all;
		synchronized (this) {
			closed = true;
			all = new ArrayList<>(made.values());
			made.clear();
		}
		java.util.Collections.reverse(all);
		for (AutoCloseable resource : all) {
			try {
				resource.close();
			} catch (Exception e) {
				// a client whose connections are gone cannot be stopped better
			}
		}
	}
}
