package rdpdoctor.core.settings;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import rdpdoctor.core.DiagnosisSettings;

/**
 * The one settings file of the command line and the workbench: {@code settings.properties} in
 * {@code $XDG_CONFIG_HOME/rdpdoctor} (else {@code ~/.config/rdpdoctor}; on Windows {@code %APPDATA%\rdpdoctor}), or
 * the file the system property {@value #PROPERTY} names ({@code none}: no file). Its lines are {@code key = value}
 * (or {@code key: value}) with the keys {@link DiagnosisSetting} declares; {@code #} and {@code !} start a comment.
 * A file's name may start with {@code ~/}; a relative one is beside the settings file. Every value is checked as the
 * setting declares; a line that is not understood is named with its file and line and
 * left out, never fatal. Writing keeps the other lines as they were and replaces the file whole.
 */
public final class SettingsFile {

	/** The system property naming another settings file, or {@code none}. */
	public static final String PROPERTY = "rdpdoctor.settings";
	/** The largest file read: settings are a few lines. */
	private static final long MAX_BYTES = 1 << 20;

	/**
	 * A value the file gives.
	 *
	 * @param value the value as written (trimmed)
	 * @param line  its line, from 1
	 */
	public record Value(String value, int line) {
	}

	/**
	 * What the file says.
	 *
	 * @param file     the file read (it may not exist)
	 * @param values   the values that checked, by setting
	 * @param problems each line left out, as {@code FILE:LINE: what is wrong; ignored}
	 * @param plugins  the values of qualified keys that are not RDP Doctor's own: plug-in settings, checked against
	 *                 the installed plug-ins' declarations where they are used
	 */
	public record Contents(Path file, Map<DiagnosisSetting, Value> values, List<String> problems,
			Map<String, Value> plugins) {

		/**
		 * Contents without plug-in settings.
		 *
		 * @param file     the file read
		 * @param values   the values that checked, by setting
		 * @param problems each line left out
		 */
		public Contents(Path file, Map<DiagnosisSetting, Value> values, List<String> problems) {
			this(file, values, problems, Map.of());
		}

		/**
		 * @param setting a setting
		 * @return the file's value of it, if any
		 */
		public Optional<String> get(DiagnosisSetting setting) {
			return Optional.ofNullable(values.get(setting)).map(Value::value);
		}
	}

	private SettingsFile() {
	}

	/**
	 * @return the settings file of this user, or empty when {@value #PROPERTY} is {@code none} or no home is known
	 */
	public static Optional<Path> location() {
		String named = System.getProperty(PROPERTY);
		if (named != null && !named.isBlank()) {
			return named.equals("none") ? Optional.empty() : Optional.of(Path.of(named));
		}
		return location(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
	}

	/**
	 * @param env      the environment
	 * @param osName   {@code os.name}
	 * @param userHome {@code user.home}
	 * @return where the settings file of that user lives
	 */
	static Optional<Path> location(Map<String, String> env, String osName, String userHome) {
		if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
			String appData = env.get("APPDATA");
			if (appData != null && !appData.isBlank()) {
				return Optional.of(Path.of(appData, "rdpdoctor", "settings.properties"));
			}
		}
		String xdg = env.get("XDG_CONFIG_HOME");
		if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) { // the XDG spec: a relative one is ignored
			return Optional.of(Path.of(xdg, "rdpdoctor", "settings.properties"));
		}
		return userHome == null || userHome.isBlank() ? Optional.empty()
				: Optional.of(Path.of(userHome, ".config", "rdpdoctor", "settings.properties"));
	}

	/** @return this user's settings file read, or nothing when there is none */
	public static Contents read() {
		Optional<Path> file = location();
		return file.isEmpty() ? new Contents(null, Map.of(), List.of()) : read(file.get());
	}

	/**
	 * @param file a settings file
	 * @return its values and problems; a missing file has neither, an unreadable one is one problem
	 */
	public static Contents read(Path file) {
		Map<DiagnosisSetting, Value> values = new EnumMap<>(DiagnosisSetting.class);
		Map<String, Value> plugins = new java.util.LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		List<String> lines;
		try {
			lines = lines(file);
		} catch (NoSuchFileException e) {
			return new Contents(file, Map.of(), List.of());
		} catch (IOException e) {
			return new Contents(file, Map.of(), List.of(file + ": cannot be read (" + e.getMessage() + "); ignored"));
		}
		for (int i = 0; i < lines.size(); i++) {
			String problem = parse(file, lines.get(i), i + 1, values, plugins);
			if (problem != null) {
				problems.add(file + ":" + (i + 1) + ": " + problem + "; ignored");
			}
		}
		return new Contents(file, values, List.copyOf(problems), plugins);
	}

	/** @return null when the line is a setting that checks, a blank or a comment; else what is wrong */
	private static String parse(Path file, String raw, int number, Map<DiagnosisSetting, Value> values,
			Map<String, Value> plugins) {
		String line = raw.strip();
		if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
			return null;
		}
		int separator = separator(line);
		if (separator < 0) {
			return "'" + shown(line) + "' is not key = value";
		}
		String key = line.substring(0, separator).strip();
		String value = line.substring(separator + 1).strip();
		if (value.endsWith("\\")) {
			return key + ": a value continued on the next line is not supported";
		}
		Optional<DiagnosisSetting> setting = byKey(key);
		if (setting.isEmpty() && QUALIFIED.matcher(key).matches()) {
			Value before = plugins.putIfAbsent(key, new Value(value, number));
			return before == null ? null : key + " is set again (line " + before.line() + " holds it)";
		}
		if (setting.isEmpty()) {
			return "unknown key '" + shown(key) + "' (the keys: rdpdoctor settings lists them)";
		}
		value = path(setting.get(), value, file);
		try {
			setting.get().apply(DiagnosisSettings.defaults(), value);
		} catch (IllegalArgumentException e) {
			return key + ": " + e.getMessage();
		}
		if (values.containsKey(setting.get())) {
			return key + " is set again (line " + values.get(setting.get()).line() + " holds it)";
		}
		values.put(setting.get(), new Value(value, number));
		return null;
	}

	/** A plug-in's key: qualified by the plug-in ({@code com.example.name}). */
	private static final java.util.regex.Pattern QUALIFIED = java.util.regex.Pattern.compile(
			"[A-Za-z][\\w-]*(\\.[\\w-]+){2,}");

	/** The settings that name a file. */
	private static final java.util.Set<DiagnosisSetting> PATHS = java.util.EnumSet.of(DiagnosisSetting.CA_FILE,
			DiagnosisSetting.SSH_IDENTITY, DiagnosisSetting.SSH_PASSWORD_FILE, DiagnosisSetting.SSH_KNOWN_HOSTS,
			DiagnosisSetting.SSH_CONFIG);

	/** A file's name as the file means it: {@code ~/} is the home folder, a relative name is beside the file. */
	private static String path(DiagnosisSetting setting, String value, Path file) {
		if (!PATHS.contains(setting) || value.isEmpty()) {
			return value;
		}
		String home = System.getProperty("user.home");
		if ((value.equals("~") || value.startsWith("~/")) && home != null) {
			return Path.of(home).resolve(value.substring(Math.min(2, value.length()))).toString();
		}
		Path path = Path.of(value);
		return path.isAbsolute() ? value : file.toAbsolutePath().getParent().resolve(path).normalize().toString();
	}

	private static int separator(String line) {
		int equals = line.indexOf('=');
		int colon = line.indexOf(':');
		return equals < 0 ? colon : colon < 0 ? equals : Math.min(equals, colon);
	}

	/**
	 * @param key a settings key ({@code timeoutMs}, {@code ssh.user})
	 * @return the setting it names
	 */
	public static Optional<DiagnosisSetting> byKey(String key) {
		for (DiagnosisSetting setting : DiagnosisSetting.values()) {
			if (setting.key().equals(key)) {
				return Optional.of(setting);
			}
		}
		return Optional.empty();
	}

	/**
	 * Sets values in the file, keeping every other line (comments, other keys) as it is: a setting already there has
	 * its line replaced, a new one is appended, one set to null or its default is removed. The new file is written
	 * beside and moved into place; a link is not followed.
	 *
	 * @param file    the settings file (created with its folder when missing)
	 * @param changes the values to set, null for "the default"
	 * @throws IOException when it cannot be written, the old file then untouched
	 */
	public static void write(Path file, Map<DiagnosisSetting, String> changes) throws IOException {
		Map<String, String> byKey = new java.util.LinkedHashMap<>();
		changes.forEach((setting, value) -> byKey.put(setting.key(), value == null || isDefault(setting, value) ? null
				: value));
		replace(file, byKey);
	}

	/**
	 * As {@link #write(Path, Map)}, for plug-in settings: one set to null or its declared default is removed.
	 *
	 * @param file    the settings file
	 * @param changes the values to set, null for "the default"
	 * @throws IOException when it cannot be written, the old file then untouched
	 */
	public static void writePluginSettings(Path file, Map<PluginSetting, String> changes) throws IOException {
		Map<String, String> byKey = new java.util.LinkedHashMap<>();
		changes.forEach((setting, value) -> byKey.put(setting.key(), value == null || value.strip().equals(setting
				.defaultValue()) || value.isBlank() ? null : setting.check(value)));
		replace(file, byKey);
	}

	/** Sets (a value) or removes (null) the lines of the keys, keeping every other line; replaces the file whole. */
	private static void replace(Path file, Map<String, String> changes) throws IOException {
		if (Files.isSymbolicLink(file)) {
			throw new IOException(file + " is a link; RDP Doctor does not write through links");
		}
		List<String> lines;
		try {
			lines = new ArrayList<>(lines(file));
		} catch (NoSuchFileException e) {
			lines = new ArrayList<>(List.of("# RDP Doctor settings: defaults of the command line's options and the "
					+ "workbench's Preferences > Diagnosis.", "# A command-line option wins. rdpdoctor settings "
					+ "prints the effective values."));
		}
		Map<String, String> left = new java.util.LinkedHashMap<>(changes);
		List<String> written = new ArrayList<>();
		for (String line : lines) {
			String text = line.strip();
			int separator = separator(text);
			String key = text.startsWith("#") || text.startsWith("!") || separator < 0 ? null
					: text.substring(0, separator).strip();
			if (key != null && changes.containsKey(key)) {
				String value = left.remove(key);
				if (value != null) {
					written.add(key + " = " + value);
				}
				continue; // a second line of the same key goes: the first holds the value now
			}
			written.add(line);
		}
		left.forEach((key, value) -> {
			if (value != null) {
				written.add(key + " = " + value);
			}
		});
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temp = Files.createTempFile(folder, ".settings", ".tmp");
		try {
			Files.write(temp, (String.join("\n", written) + "\n").getBytes(StandardCharsets.UTF_8));
			Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/**
	 * @param setting a setting
	 * @param value   a value of it
	 * @return whether the value is what the setting is when nothing sets it
	 */
	public static boolean isDefault(DiagnosisSetting setting, String value) {
		String text = value.strip();
		return text.equals(setting.defaultText()) || !setting.isNumber() && text.isEmpty()
				|| setting.isFlag() && text.equalsIgnoreCase("false");
	}

	private static List<String> lines(Path file) throws IOException {
		if (Files.isSymbolicLink(file)) {
			throw new IOException("a link; RDP Doctor does not follow links it did not make");
		}
		if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new IOException("not a plain file");
		}
		if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
			throw new IOException("larger than " + MAX_BYTES + " bytes");
		}
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			text = text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte order mark, as Notepad writes
			return text.isEmpty() ? List.of() : List.of(text.split("\r?\n")); // the last line's end ends no line
		} catch (CharacterCodingException e) {
			throw new IOException("not UTF-8", e);
		}
	}

	private static String shown(String text) {
		return text.length() > 60 ? text.substring(0, 60) + "..." : text;
	}
}
