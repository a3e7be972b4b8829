package rdpdoctor.ui.internal.connect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import rdpdoctor.model.Host;

/**
 * Starts the Remote Desktop client on a host's connection file: the client chosen in the preferences or found on
 * PATH, its output kept beside the file, an early failure reported with the output's last line.
 */
public final class ClientLaunch {

	/** The preference naming the client ({@link ClientChoice#AUTOMATIC} or a {@link RemoteDesktopClient}). */
	public static final String CLIENT_KEY = "connect.client";
	/** The preference naming the client's program; empty to search PATH. */
	public static final String PROGRAM_KEY = "connect.program";
	/** The preferences' node. */
	public static final String NODE = "rdpdoctor.ui";

	private ClientLaunch() {
	}

	/**
	 * @param command the command line started
	 * @param rdpFile the connection file it was given
	 * @param process the client
	 */
	public record Started(List<String> command, Path rdpFile, Process process) {
	}

	/** @return the preferences' choice of client on this platform, with PATH searched */
	public static ClientChoice.Result choose() {
		IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(NODE);
		return ClientChoice.choose(Platform.getOS(), System.getenv("PATH"),
				prefs.get(CLIENT_KEY, ClientChoice.AUTOMATIC), prefs.get(PROGRAM_KEY, ""), Path.of("/Applications"));
	}

	/**
	 * @param host    the host
	 * @param choice  the client
	 * @param folder  the private folder for connection files
	 * @param exited  told of a client that ended with a failure code, with its output's last line
	 * @return the client started
	 * @throws IOException              when the file cannot be written or the client cannot be started
	 * @throws IllegalArgumentException when the host's fields cannot go into a connection file (named)
	 */
	public static Started start(Host host, ClientChoice choice, Path folder, Consumer<String> exited)
			throws IOException {
		Path rdp = RdpConnectionFile.write(host, folder);
		List<String> command = choice.command(rdp);
		Path log = folder.resolve(rdp.getFileName().toString().replaceFirst("\\.rdp$", ".log"));
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile());
		Process process = builder.start();
		process.getOutputStream().close(); // the client reads no input from us
		process.onExit().thenAccept(ended -> {
			if (ended.exitValue() != 0) {
				exited.accept(command.get(0) + " ended with code " + ended.exitValue() + lastLine(log)
						.map(line -> ": " + line).orElse("") + " (its output: " + log + ")");
			}
		});
		return new Started(command, rdp, process);
	}

	private static Optional<String> lastLine(Path log) {
		try (java.nio.channels.SeekableByteChannel in = java.nio.file.Files.newByteChannel(log)) {
			long tail = Math.min(in.size(), 8192); // the end of the output says why; the rest can be long
			java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate((int) tail);
			in.position(in.size() - tail);
			while (bytes.hasRemaining() && in.read(bytes) > 0) {
				// read to the end
			}
			String text = new String(bytes.array(), 0, bytes.position(), java.nio.charset.StandardCharsets.UTF_8);
			return text.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b)
					.map(l -> rdpdoctor.core.Untrusted.terminal(l.length() > 300 ? l.substring(0, 300) : l));
		} catch (IOException e) {
			return Optional.empty();
		}
	}
}
