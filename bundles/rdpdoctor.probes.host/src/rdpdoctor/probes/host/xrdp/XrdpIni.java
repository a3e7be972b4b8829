package rdpdoctor.probes.host.xrdp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What RDP Doctor reads of an xrdp.ini: the [Globals] and [Logging] sections' keys, as xrdp reads them (key=value
 * lines, ';' and '#' start comments, keys case-insensitive, the last of a repeated key wins), and the listening port
 * from the {@code port} forms xrdp documents: {@code 3389}, {@code tcp://:3389}, {@code tcp://.:3389},
 * {@code tcp://ADDR:3389}, {@code tcp6://{ADDR}:3389}, {@code vsock://CID:PORT}, {@code unix://PATH}.
 */
public final class XrdpIni {

	/** Where xrdp's packages put the certificate when {@code certificate=} is empty. */
	public static final String DEFAULT_CERTIFICATE = "/etc/xrdp/cert.pem";
	/** Where xrdp's packages put the key when {@code key_file=} is empty. */
	public static final String DEFAULT_KEY = "/etc/xrdp/key.pem";
	private static final Pattern TCP_PORT = Pattern.compile("(?:tcp6?://)?(?:.*:)?(\\d{1,5})");

	private final Map<String, Map<String, String>> sections;

	private XrdpIni(Map<String, Map<String, String>> sections) {
		this.sections = sections;
	}

	/**
	 * @param text the file's content
	 * @return what it says
	 */
	public static XrdpIni parse(String text) {
		Map<String, Map<String, String>> sections = new LinkedHashMap<>();
		Map<String, String> current = null;
		for (String raw : text.split("\r?\n|\r")) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("[") && line.endsWith("]")) {
				current = sections.computeIfAbsent(line.substring(1, line.length() - 1).strip().toLowerCase(Locale.ROOT),
						name -> new LinkedHashMap<>());
			} else if (current != null && line.indexOf('=') > 0) {
				int equals = line.indexOf('=');
				current.put(line.substring(0, equals).strip().toLowerCase(Locale.ROOT), line.substring(equals + 1).strip());
			}
		}
		return new XrdpIni(sections);
	}

	/**
	 * @param section a section, e.g. {@code Globals}
	 * @param key     a key, e.g. {@code port}
	 * @return its value, if set
	 */
	public Optional<String> value(String section, String key) {
		return Optional.ofNullable(sections.getOrDefault(section.toLowerCase(Locale.ROOT), Map.of())
				.get(key.toLowerCase(Locale.ROOT)));
	}

	/** @return the port= value of [Globals] as written, 3389 when absent (xrdp's default) */
	public String portSpec() {
		return value("Globals", "port").filter(v -> !v.isEmpty()).orElse("3389");
	}

	/** @return the first TCP port xrdp listens on, empty for a UNIX socket, vsock or something unreadable */
	public OptionalInt tcpPort() {
		return listeners().stream().mapToInt(Integer::intValue).findFirst();
	}

	/**
	 * @return every TCP port of {@code port=} (a list of listeners, separated by spaces or commas); vsock, UNIX
	 *         sockets and what cannot be read are left out
	 */
	public Set<Integer> tcpPorts() {
		return new LinkedHashSet<>(listeners());
	}

	private List<Integer> listeners() {
		List<Integer> ports = new ArrayList<>();
		for (String spec : portSpec().split("[\\s,]+")) {
			if (spec.isEmpty() || spec.startsWith("unix://") || spec.startsWith("vsock://")) {
				continue;
			}
			Matcher matcher = TCP_PORT.matcher(spec);
			if (matcher.matches()) {
				int port = Integer.parseInt(matcher.group(1));
				if (port >= 1 && port <= 65535) {
					ports.add(port);
				}
			}
		}
		return ports;
	}

	/** @return security_layer of [Globals]: negotiate (xrdp's default), tls or rdp */
	public String securityLayer() {
		return value("Globals", "security_layer").filter(v -> !v.isEmpty()).orElse("negotiate")
				.toLowerCase(Locale.ROOT);
	}

	/** @return the certificate file xrdp uses ({@link #DEFAULT_CERTIFICATE} when certificate= is empty) */
	public String certificate() {
		return value("Globals", "certificate").filter(v -> !v.isEmpty()).orElse(DEFAULT_CERTIFICATE);
	}

	/** @return the private key file xrdp uses ({@link #DEFAULT_KEY} when key_file= is empty) */
	public String keyFile() {
		return value("Globals", "key_file").filter(v -> !v.isEmpty()).orElse(DEFAULT_KEY);
	}

	/** @return xrdp's log file: LogFile of [Logging], relative names under /var/log (xrdp.log by default) */
	public String logFile() {
		String name = value("Logging", "LogFile").filter(v -> !v.isEmpty()).orElse("xrdp.log");
		return name.startsWith("/") ? name : "/var/log/" + name;
	}
}
