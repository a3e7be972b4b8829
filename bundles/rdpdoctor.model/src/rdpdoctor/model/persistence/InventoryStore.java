package rdpdoctor.model.persistence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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
		try {
			resource.load(Map.of(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE));
		} catch (IOException | RuntimeException e) {
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
		save(inventory, file, UnaryOperator.identity());
	}

	/**
	 * As {@link #save(Inventory, Path)}, with the temporary file's stream wrapped by {@code wrap}; lets tests
	 * interrupt a save midway.
	 */
	static void save(Inventory inventory, Path file, UnaryOperator<OutputStream> wrap) throws IOException {
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
