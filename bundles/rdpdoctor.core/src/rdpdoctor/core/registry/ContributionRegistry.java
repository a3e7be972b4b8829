package rdpdoctor.core.registry;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;

/**
 * Reads one extension point into descriptors and keeps them current while bundles come and go. Contributions that are
 * malformed are reported to the problem sink, each problem once, and left out; the others still load.
 *
 * <p>
 * Construction and reading are two phases: the constructor only keeps its arguments, and the extension point is read
 * (and followed) at the first call of {@link #all()} or {@link #problems()}, once the subclass is wholly built. Keep
 * one registry per extension point for as long as the extension registry lives, and {@link #close()} it then.
 *
 * @param <D> the descriptor type
 */
public abstract class ContributionRegistry<D> implements IRegistryEventListener, AutoCloseable {

	private final IExtensionRegistry registry;
	private final String pointId;
	private final Consumer<String> problems;
	private final Set<String> said = new java.util.HashSet<>();
	private volatile List<D> snapshot = List.of();
	private volatile List<String> lastProblems = List.of();
	private boolean started;
	private boolean closed;

	/**
	 * @param registry the extension registry
	 * @param pointId  the full id of the extension point
	 * @param problems receives one line per malformed contribution, the first time it is found
	 */
	protected ContributionRegistry(IExtensionRegistry registry, String pointId, Consumer<String> problems) {
		this.registry = registry;
		this.pointId = pointId;
		this.problems = problems;
	}

	/**
	 * One registry of an extension point per extension registry, made at the first request and kept for as long as
	 * the extension registry lives.
	 *
	 * @param <R> the registry type
	 */
	public static final class PerExtensionRegistry<R extends ContributionRegistry<?>> {

		private final Map<IExtensionRegistry, R> live = new java.util.WeakHashMap<>();
		private final java.util.function.Function<IExtensionRegistry, R> make;

		/** @param make makes the registry of an extension registry */
		public PerExtensionRegistry(java.util.function.Function<IExtensionRegistry, R> make) {
			this.make = make;
		}

		/**
		 * @param registry an extension registry (the platform's, or a test's own)
		 * @return its registry of the point, the same object each time
		 */
		public synchronized R of(IExtensionRegistry registry) {
			return live.computeIfAbsent(registry, make);
		}
	}

	/** @return the current descriptors, in contribution order */
	public List<D> all() {
		start();
		return snapshot;
	}

	/** @return the malformed or duplicate contributions of the current snapshot, one line each */
	public List<String> problems() {
		start();
		return lastProblems;
	}

	/** @return the full id of the extension point read */
	public String pointId() {
		return pointId;
	}

	/** Reads the extension point and follows it, the first time only. */
	private synchronized void start() {
		if (!started && !closed) {
			started = true;
			registry.addListener(this, pointId);
			reload();
		}
	}

	/**
	 * Makes a descriptor of one configuration element.
	 *
	 * @param element the element
	 * @return the descriptor
	 * @throws IllegalArgumentException naming what is missing or wrong
	 */
	protected abstract D read(IConfigurationElement element);

	/**
	 * @param descriptor a descriptor this registry made
	 * @return its id, unique within the extension point
	 */
	protected abstract String id(D descriptor);

	/**
	 * One descriptor and the bundle that contributed it.
	 *
	 * @param descriptor  the descriptor
	 * @param contributor the contributing bundle's name
	 * @param <D>         the descriptor type
	 */
	protected record Contribution<D>(D descriptor, String contributor) {
	}

	/**
	 * Completes the descriptors once all are read (for references between them); by default, as they are.
	 *
	 * @param contributions every well-formed contribution with a unique id, in contribution order
	 * @return the descriptors to keep
	 */
	protected List<D> complete(List<Contribution<D>> contributions) {
		return contributions.stream().map(Contribution::descriptor).toList();
	}

	/**
	 * Creates the executable extension named by the attribute {@code class}, wrapping failures unchecked.
	 *
	 * @param element the element
	 * @param type    the expected type
	 * @param <T>     that type
	 * @return the instance
	 */
	protected static <T> T create(IConfigurationElement element, Class<T> type) {
		try {
			return type.cast(element.createExecutableExtension("class"));
		} catch (CoreException | ClassCastException e) {
			throw new IllegalStateException(element.getContributor().getName() + ": cannot create "
					+ element.getAttribute("class") + ": " + e.getMessage(), e);
		}
	}

	/**
	 * A factory of fresh instances of the element's {@code class}, one per call (probes and rules are created per
	 * host). The extension registry creates the first, loading and checking the class; later ones come from the
	 * class's public no-argument constructor, since the registry's lookup costs more than the instance. Classes
	 * that want the registry's initialization data ({@link IExecutableExtension}) are always created by it.
	 *
	 * @param element the element
	 * @param type    what the instances must be
	 * @return the factory
	 */
	protected static <T> Supplier<T> factory(IConfigurationElement element, Class<T> type) {
		AtomicReference<Constructor<? extends T>> known = new AtomicReference<>();
		return () -> {
			Constructor<? extends T> constructor = known.get();
			if (constructor != null) {
				try {
					return constructor.newInstance();
				} catch (ReflectiveOperationException e) {
					throw new IllegalStateException(constructor.getDeclaringClass().getName() + ": " + e, e);
				}
			}
			T first = create(element, type);
			if (!(first instanceof IExecutableExtension) && Modifier.isPublic(first.getClass().getModifiers())) {
				try {
					known.set(first.getClass().asSubclass(type).getConstructor());
				} catch (NoSuchMethodException | SecurityException e) {
					// created by the registry every time
				}
			}
			return first;
		};
	}

	/**
	 * @param element the element
	 * @param name    attribute name
	 * @return the attribute's value
	 * @throws IllegalArgumentException when it is missing or blank
	 */
	protected static String required(IConfigurationElement element, String name) {
		String value = element.getAttribute(name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("attribute '" + name + "' is missing");
		}
		return value.trim();
	}

	/**
	 * @param element the element
	 * @param name    attribute name
	 * @return the attribute's comma-separated values, trimmed, empty ones left out; none when it is missing
	 */
	protected static List<String> list(IConfigurationElement element, String name) {
		String value = element.getAttribute(name);
		return value == null ? List.of()
				: java.util.Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private synchronized void reload() {
		IExtensionPoint point = registry.getExtensionPoint(pointId);
		List<Contribution<D>> fresh = new ArrayList<>();
		List<String> found = new ArrayList<>();
		Map<String, String> contributorOfId = new HashMap<>();
		if (point != null) {
			for (IConfigurationElement element : point.getConfigurationElements()) {
				String contributor = element.getContributor().getName();
				try {
					D descriptor = read(element);
					String first = contributorOfId.putIfAbsent(id(descriptor), contributor);
					if (first != null) {
						found.add(pointId + ": the id '" + id(descriptor) + "' is contributed by " + first
								+ " and again by " + contributor + "; the one from " + contributor + " is ignored");
						continue;
					}
					fresh.add(new Contribution<>(descriptor, contributor));
				} catch (RuntimeException e) {
					found.add(pointId + " contribution from " + contributor + " ignored: " + e.getMessage());
				}
			}
		}
		snapshot = List.copyOf(complete(fresh));
		lastProblems = List.copyOf(found);
		found.stream().filter(said::add).forEach(problems);
	}

	@Override
	public void added(IExtension[] extensions) {
		reload();
	}

	@Override
	public void removed(IExtension[] extensions) {
		reload();
	}

	@Override
	public void added(IExtensionPoint[] extensionPoints) {
		reload();
	}

	@Override
	public void removed(IExtensionPoint[] extensionPoints) {
		reload();
	}

	/** Stops listening to the registry. */
	@Override
	public synchronized void close() {
		closed = true;
		if (started) {
			registry.removeListener(this);
		}
	}
}
