package rdpdoctor.model.persistence;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.xml.sax.SAXParseException;

import rdpdoctor.model.Inventory;
import rdpdoctor.model.ModelPackage;
import rdpdoctor.model.util.ModelResourceFactoryImpl;

/**
 * Reads and writes inventory files (XMI). Saves are atomic ({@link SafeFiles#replace}): the new content is written
 * beside the file, forced to disk, then renamed over it, so a crash or a kill at any moment leaves either the old or
 * the new file, whole.
 */
public final class InventoryStore {

	/** The file extension of inventory files. */
	public static final String EXTENSION = "rdpdoctor";

	private InventoryStore() {
	}

	/**
	 * Loads an inventory.
	 *
	 * @param file the inventory file
	 * @return its root
	 * @throws InventoryFormatException when the file is not a well-formed inventory (names file, line and column)
	 * @throws IOException              when the file cannot be read
	 */
	public static Inventory load(Path file) throws IOException {
		return load(file, StoreProgress.NONE);
	}

	/**
	 * Loads an inventory, telling {@code progress} how many bytes have been read.
	 *
	 * @param file     the inventory file
	 * @param progress told as the file is read; may stop the load
	 * @return its root
	 * @throws InventoryFormatException when the file is not a well-formed inventory (names file, line and column)
	 * @throws IOException              when the file cannot be read
	 * @throws java.util.concurrent.CancellationException when {@code progress} stopped the load
	 */
	public static Inventory load(Path file, StoreProgress progress) throws IOException {
		if (Files.isDirectory(file)) {
			throw new InventoryFormatException(file, 0, 0, "this is a folder; an inventory file was expected", null);
		}
		if (!Files.isRegularFile(file)) {
			throw new NoSuchFileException(file.toString(), null, "no such inventory file");
		}
		try {
			SafeFiles.removeLeftover(file); // a save that a kill cut short
		} catch (IOException e) {
			// a read-only folder: the next save there fails and says so
		}
		Resource resource = newResource(file);
		try (InputStream in = ProgressStreams.counting(Files.newInputStream(file), progress)) {
			resource.load(new BufferedInputStream(in, 1 << 16),
					Map.of(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE));
		} catch (IOException | RuntimeException e) {
			Optional<RuntimeException> cancelled = cancellation(e);
			if (cancelled.isPresent()) {
				throw cancelled.get();
			}
			throw formatError(file, e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw formatError(file, resource.getErrors().get(0));
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Inventory inventory)) {
			throw new InventoryFormatException(file, 0, 0, "the file holds no RDP Doctor inventory", null);
		}
		return inventory;
	}

	/**
	 * Saves an inventory atomically: it is written to a temporary file beside the target, so a model that cannot be
	 * serialized leaves the file untouched.
	 *
	 * @param inventory the root to save; it is attached to a resource for {@code file} if it has none
	 * @param file      the target file; its folder must exist
	 * @throws IOException when writing fails; the previous file is then intact
	 */
	public static void save(Inventory inventory, Path file) throws IOException {
		saveWrapped(inventory, file, UnaryOperator.identity());
	}

	/**
	 * As {@link #save(Inventory, Path)}, telling {@code progress} how many bytes have been written.
	 *
	 * @param inventory the root to save
	 * @param file      the target file
	 * @param progress  told as the file is written; stopping it leaves the file on disk as it was
	 * @throws IOException when writing fails; the previous file is then intact
	 * @throws java.util.concurrent.CancellationException when {@code progress} stopped the save
	 */
	public static void save(Inventory inventory, Path file, StoreProgress progress) throws IOException {
		saveWrapped(inventory, file, out -> ProgressStreams.counting(out, progress));
	}

	/**
	 * As {@link #save(Inventory, Path)}, with the temporary file's stream wrapped by {@code wrap}; lets tests
	 * interrupt a save midway.
	 */
	static void saveWrapped(Inventory inventory, Path file, UnaryOperator<OutputStream> wrap) throws IOException {
		Resource resource = inventory.eResource();
		if (resource == null) {
			resource = newResource(file);
			resource.getContents().add(inventory);
		}
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		Resource serialized = resource;
		SafeFiles.replace(file, out -> { // streamed: a model that cannot be written leaves the file as it was
			OutputStream wrapped = wrap.apply(new BufferedOutputStream(out, 1 << 16));
			serialized.save(wrapped, options);
			wrapped.flush();
		});
	}

	/** @return the cancellation behind {@code e}, however the XML parser wrapped it */
	private static Optional<RuntimeException> cancellation(Throwable e) {
		for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
			if (t instanceof CancellationException cancelled) {
				return Optional.of(cancelled);
			}
		}
		return Optional.empty();
	}

	/**
	 * Gives an inventory made in memory the resource a save needs, so that a save from another thread does not modify
	 * it; an inventory that has one (a loaded one) is left as it is.
	 *
	 * @param inventory the inventory
	 * @return it
	 */
	public static Inventory attach(Inventory inventory) {
		if (inventory.eResource() == null) {
			newResource(Path.of("inventory." + EXTENSION)).getContents().add(inventory);
		}
		return inventory;
	}

	private static Resource newResource(Path file) {
		ModelPackage.eINSTANCE.eClass();
		return new ModelResourceFactoryImpl().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
	}

	private static InventoryFormatException formatError(Path file, Object problem) {
		Throwable cause = problem instanceof Throwable t ? t : null;
		Throwable inner = cause;
		while (inner != null && !(inner instanceof XMIException) && !(inner instanceof SAXParseException)
				&& inner.getCause() != null && inner.getCause() != inner) {
			inner = inner.getCause();
		}
		if (inner instanceof SAXParseException sax) {
			return new InventoryFormatException(file, sax.getLineNumber(), sax.getColumnNumber(), reason(sax), cause);
		}
		if (inner instanceof XMIException xmi) {
			return new InventoryFormatException(file, xmi.getLine(), xmi.getColumn(), reason(xmi), cause);
		}
		if (problem instanceof Resource.Diagnostic d) {
			return new InventoryFormatException(file, d.getLine(), d.getColumn(), d.getMessage(), cause);
		}
		return new InventoryFormatException(file, 0, 0, reason(inner != null ? inner : cause), cause);
	}

	private static String reason(Throwable t) {
		String message = t == null ? null : t.getMessage();
		if (message == null || message.isBlank()) {
			return "not a readable inventory (" + (t == null ? "unknown problem" : t.getClass().getSimpleName()) + ")";
		}
		return message;
	}
}
