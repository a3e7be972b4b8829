package rdpdoctor.ui.internal.connect;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which Remote Desktop client Connect starts: the one chosen in the preferences (and its program, when one is named),
 * else the first of the platform's clients found on PATH.
 *
 * @param client  the client
 * @param program its program
 * @param macApp  for {@link RemoteDesktopClient#WINDOWS_APP}: the application's name; empty otherwise
 */
public record ClientChoice(RemoteDesktopClient client, Path program, String macApp) {

	/** The preference value that lets Connect choose. */
	public static final String AUTOMATIC = "automatic";

	/**
	 * @param rdpFile the connection file
	 * @return the command line that starts the client on the file
	 */
	public List<String> command(Path rdpFile) {
		return client.command(program, rdpFile, macApp);
	}

	/**
	 * @param platformOs   the platform as Eclipse names it ({@code win32}, {@code macosx}, {@code linux})
	 * @param searchPath   the PATH to search (the platform's separator between folders)
	 * @param preferred    {@link #AUTOMATIC} or a {@link RemoteDesktopClient} name
	 * @param program      the program the admin chose, or empty to search PATH
	 * @param applications where macOS applications are installed ({@code /Applications})
	 * @return the client to start, or a message saying what is missing and what to install
	 */
	public static Result choose(String platformOs, String searchPath, String preferred, String program,
			Path applications) {
		List<RemoteDesktopClient> candidates = new ArrayList<>();
		if (preferred != null && !preferred.isBlank() && !AUTOMATIC.equals(preferred)) {
			try {
				candidates.add(RemoteDesktopClient.valueOf(preferred));
			} catch (IllegalArgumentException e) {
				return new Result(Optional.empty(), "the preferences name a Remote Desktop client this version "
						+ "does not know: " + preferred + "; choose one in Preferences > Remote Desktop Client");
			}
		} else {
			for (RemoteDesktopClient c : RemoteDesktopClient.values()) {
				if (c.runsOn(platformOs)) {
					candidates.add(c);
				}
			}
		}
		if (program != null && !program.isBlank()) {
			Path chosen = Path.of(program.strip());
			if (!Files.isRegularFile(chosen) || !Files.isExecutable(chosen)) {
				return new Result(Optional.empty(), "the Remote Desktop client chosen in the preferences, " + chosen
						+ ", is not an executable file; choose another in Preferences > Remote Desktop Client");
			}
			String file = chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
			// with Automatic, the program's name says which client it is (its command line differs: remmina -c)
			RemoteDesktopClient client = candidates.stream().filter(c -> c.programs().contains(file)).findFirst()
					.orElse(candidates.isEmpty() ? RemoteDesktopClient.XFREERDP : candidates.get(0));
			return found(client, chosen, applications);
		}
		for (RemoteDesktopClient client : candidates) {
			for (String name : client.programs()) {
				Optional<Path> onPath = onPath(searchPath, name, platformOs);
				if (onPath.isPresent()) {
					Result result = found(client, onPath.get(), applications);
					if (result.choice().isPresent()) {
						return result;
					}
				}
			}
		}
		StringBuilder message = new StringBuilder("No Remote Desktop client was found on PATH. To connect, ");
		List<String> installs = candidates.stream().map(RemoteDesktopClient::howToInstall).distinct().toList();
		message.append(String.join("; or ", installs));
		message.append(". Or name a client's program in Preferences > Remote Desktop Client.");
		return new Result(Optional.empty(), message.toString());
	}

	private static Result found(RemoteDesktopClient client, Path program, Path applications) {
		if (client != RemoteDesktopClient.WINDOWS_APP) {
			return new Result(Optional.of(new ClientChoice(client, program, "")), "");
		}
		Predicate<String> installed = app -> Files.isDirectory(applications.resolve(app + ".app"));
		return RemoteDesktopClient.MAC_APPS.stream().filter(installed).findFirst()
				.map(app -> new Result(Optional.of(new ClientChoice(client, program, app)), ""))
				.orElse(new Result(Optional.empty(), "No Remote Desktop client was found in " + applications + ": "
						+ client.howToInstall() + "."));
	}

	private static Optional<Path> onPath(String searchPath, String name, String platformOs) {
		if (searchPath == null) {
			return Optional.empty();
		}
		for (String folder : searchPath.split(File.pathSeparator)) {
			if (folder.isBlank()) {
				continue; // an empty entry means the working folder: never searched
			}
			try {
				Path candidate = Path.of(folder).resolve(name);
				if (Files.isRegularFile(candidate) && ("win32".equals(platformOs) || Files.isExecutable(candidate))) {
					return Optional.of(candidate);
				}
			} catch (java.nio.file.InvalidPathException e) {
				// not a folder on this platform
			}
		}
		return Optional.empty();
	}

	/**
	 * @param choice  the client, when one was found
	 * @param missing otherwise: what is missing and what to install
	 */
	public record Result(Optional<ClientChoice> choice, String missing) {
	}
}
