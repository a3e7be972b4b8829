package rdpdoctor.model.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
 * Reads and writes inventory files (XMI). Saves are atomic: the new content is written beside the file, forced to
 * disk, then renamed over it, so a crash or a kill at any moment leaves either the old or the new file, whole.
 */
public final class InventoryStore {

	/** The file extension of inventory files. */
	public static final String EXTENSION = "rdpdoctor";

	private static final String TEMP_SUFFIX = ".saving";

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
		if (!Files.isRegularFile(file)) {
			throw new NoSuchFileException(file.toString(), null, "no such inventory file");
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
	 * Saves an inventory atomically. The inventory is serialized first, so a model that cannot be serialized
	 * leaves the file untouched.
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
		byte[] content = serialize(inventory, file);
		Path absolute = file.toAbsolutePath();
		Path temp = absolute.resolveSibling("." + absolute.getFileName() + TEMP_SUFFIX);
		try {
			writeAndForce(temp, content, wrap);
			moveOver(temp, absolute);
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temp);
			throw e;
		}
		forceDirectory(absolute.getParent());
	}

	private static byte[] serialize(Inventory inventory, Path file) throws IOException {
		Resource resource = inventory.eResource();
		if (resource == null) {
			resource = newResource(file);
			resource.getContents().add(inventory);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		resource.save(bytes, options);
		return bytes.toByteArray();
	}

	private static void writeAndForce(Path temp, byte[] content, UnaryOperator<OutputStream> wrap)
			throws IOException {
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
				OutputStream out = wrap.apply(new ChannelOutput(channel))) {
			out.write(content);
			out.flush();
			channel.force(true);
		}
	}

	private static void moveOver(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			throw new IOException(target + ": this file system cannot replace files atomically", e);
		}
	}

	/** Forces the rename itself to disk; not every platform can open a folder for that, which is harmless. */
	private static void forceDirectory(Path dir) {
		if (dir == null) {
			return;
		}
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// best effort: the rename is already done
		}
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

	/** An output stream on a channel that the caller forces and closes. */
	private static final class ChannelOutput extends OutputStream {
		private final FileChannel channel;

		ChannelOutput(FileChannel channel) {
			this.channel = channel;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
		}
	}
}
