package rdpdoctor.core.settings;

import java.util.List;
import java.util.Locale;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.DnsServerAddress;

/**
 * Every setting of a diagnosis run, declared once: its key (in {@link DiagnosisSettings#extra()} or the record's own
 * fields), the command-line option, the workbench label, the description, the default and the allowed values. The
 * command line's options and help and the workbench's preference page are made from these declarations; probes and
 * rules read their settings by {@link #key()}.
 *
 * @noimplement this enum is the complete list; contributed probes add their own keys to {@link DiagnosisSettings}
 */
public enum DiagnosisSetting {

	/** The deadline of each probe, in milliseconds. */
	TIMEOUT_MS("timeoutMs", "--timeout-ms", "t", "Deadline per probe (ms)", "deadline of each probe",
			(int) DiagnosisSettings.DEFAULT_TIMEOUT_MS, 1, 600_000),
	/** How many hosts are probed at once. */
	CONCURRENCY("concurrency", "--concurrency", "c", "Hosts diagnosed at once", "hosts probed at once",
			DiagnosisSettings.DEFAULT_CONCURRENCY, 1, 4096),
	/** The DNS server to ask directly, {@code IP[:PORT]}; empty: the system resolver. */
	DNS_SERVER("dnsServer", "--dns-server", null, "DNS server (IP[:port], empty = system)",
			"ask this DNS server directly (NXDOMAIN, empty and dead told apart)", "IP[:PORT]"),
	/** A PEM file of CAs trusted besides the JDK's when checking certificates. */
	CA_FILE("tls.caFile", "--ca-file", null, "Also trust the CAs in (PEM file)",
			"trust these CAs too when checking certificates", "PEM"),
	/** How many days before a certificate's expiry to warn. */
	CERT_WARN_DAYS("cert.warnDays", "--cert-warn-days", null, "Warn when the certificate expires within (days)",
			"warn this many days before a certificate expires", 30, 0, 3650),
	/** How many short handshakes the stability probe takes (the matrix's own count among them). */
	STABILITY_SAMPLES("stability.samples", "--stability-samples", null, "Stability samples (connections per host)",
			"short handshakes for stability", 5, 1, 100),
	/** How deep to look: {@link DiagnosisDepth}. */
	DEPTH("depth", "--depth", null, "Depth", "quick: a first sweep (reachability, the mstsc-like request, the "
			+ "certificate)", "full|quick"),
	/** The SSH user that reads the host's own evidence (read-only); empty: no host-side evidence. */
	SSH_USER("ssh.user", "--ssh-user", null, "Read host evidence over SSH as (user, empty = off)",
			"log in over SSH as USER to read the host's own evidence, read-only (~/.ssh/config and known_hosts "
					+ "honoured)", "USER"),
	/** The SSH port, when not the configuration's (22 when it gives none). */
	SSH_PORT("ssh.port", "--ssh-port", null, "SSH port (empty = ~/.ssh/config's, else 22)",
			"the SSH port (default: ~/.ssh/config's Port, else 22)", "N"),
	/** A private key file offered over SSH besides those of ~/.ssh/config. */
	SSH_IDENTITY("ssh.identity", "--ssh-identity", null, "SSH private key (file)",
			"offer this private key over SSH (besides ~/.ssh/config's IdentityFile and ~/.ssh/id_*)", "FILE"),
	/** A file holding the SSH password on its first line, readable only by its owner. */
	SSH_PASSWORD_FILE("ssh.passwordFile", "--ssh-password-file", null, "SSH password file (owner-only)",
			"read the SSH password from FILE (mode 600; or set RDPDOCTOR_SSH_PASSWORD)", "FILE"),
	/** The known_hosts file checked and, when a new key is accepted, appended to. */
	SSH_KNOWN_HOSTS("ssh.knownHosts", "--known-hosts", null, "SSH known_hosts file (empty = ~/.ssh/known_hosts)",
			"check host keys against FILE (default ~/.ssh/known_hosts)", "FILE"),
	/** The OpenSSH client configuration. */
	SSH_CONFIG("ssh.config", "--ssh-config", null, "SSH client configuration (empty = ~/.ssh/config)",
			"read HostName, Port, User, IdentityFile from FILE (default ~/.ssh/config)", "FILE"),
	/** Accept and record a host key seen for the first time (a changed key is refused whatever this says). */
	SSH_ACCEPT_NEW_HOST_KEY("ssh.acceptNewHostKey", "--accept-new-host-key", null,
			"Accept and record new SSH host keys", "accept a host key seen for the first time and record it in "
					+ "known_hosts (a changed key is always refused)", (String) null),
	/** The xrdp.ini of the xrdp that serves the port on Linux hosts, when the host cannot tell which it is. */
	XRDP_INI("xrdp.ini", "--xrdp-ini", null, "xrdp.ini on Linux hosts (empty = the one the serving xrdp reads)",
			"the xrdp.ini of the xrdp serving the port on the host (default: the one that xrdp's command line or "
					+ "binary names; /etc/xrdp/xrdp.ini or /usr/local/etc/xrdp/xrdp.ini when none runs)", "PATH"),
	/** How far back the hosts' RDP-related events are read over SSH. */
	EVENTS_SINCE("events.since", "--events-since", null, "Read the hosts' RDP events of the last (24h, 7d; 0 = off)",
			"read each host's RDP-related events of the last DURATION over SSH (s, m, h or d; default 24h; 0 = none)",
			"DURATION");

	private final String key;
	private final String option;
	private final String shortOption;
	private final String label;
	private final String description;
	private final String valueLabel;
	private final Integer defaultNumber;
	private final int min;
	private final int max;

	DiagnosisSetting(String key, String option, String shortOption, String label, String description,
			int defaultNumber, int min, int max) {
		this(key, option, shortOption, label, description, "N", defaultNumber, min, max);
	}

	DiagnosisSetting(String key, String option, String shortOption, String label, String description,
			String valueLabel) {
		this(key, option, shortOption, label, description, valueLabel, null, 0, 0);
	}

	DiagnosisSetting(String key, String option, String shortOption, String label, String description,
			String valueLabel, Integer defaultNumber, int min, int max) {
		this.key = key;
		this.option = option;
		this.shortOption = shortOption;
		this.label = label;
		this.description = description;
		this.valueLabel = valueLabel;
		this.defaultNumber = defaultNumber;
		this.min = min;
		this.max = max;
	}

	/** @return the settings key probes and rules read, and the preference's name */
	public String key() {
		return key;
	}

	/** @return the long command-line option, e.g. {@code --timeout-ms} */
	public String option() {
		return option;
	}

	/** @return the option's names: the long one, then the short one if there is one */
	public List<String> optionNames() {
		return shortOption == null ? List.of(option) : List.of(option, "-" + shortOption);
	}

	/** @return the workbench's label */
	public String label() {
		return label;
	}

	/** @return what it does, with its range and default, for help texts */
	public String description() {
		return isNumber() ? description + ", " + min + "-" + max + " (default " + defaultNumber + ")" : description;
	}

	/** @return how the value is shown in usage texts ({@code N}, {@code PEM}, ...) */
	public String valueLabel() {
		return valueLabel;
	}

	/** @return whether the setting is an on/off flag: an option without a value, "true" or "false" as a setting */
	public boolean isFlag() {
		return valueLabel == null;
	}

	/** @return whether the value is a whole number in [{@link #min()}, {@link #max()}] */
	public boolean isNumber() {
		return defaultNumber != null;
	}

	/**
	 * @return the value a run has when nothing sets this setting, as text: the number, {@code false} for a flag,
	 *         {@code full} for the depth, empty for the others
	 */
	public String defaultText() {
		if (isNumber()) {
			return String.valueOf(defaultNumber);
		}
		if (isFlag()) {
			return "false";
		}
		return this == DEPTH ? DiagnosisDepth.FULL.id() : "";
	}

	/** @return the default of a number setting */
	public int defaultNumber() {
		return defaultNumber == null ? 0 : defaultNumber;
	}

	/** @return the smallest allowed number */
	public int min() {
		return min;
	}

	/** @return the largest allowed number */
	public int max() {
		return max;
	}

	/**
	 * Checks a value and sets it.
	 *
	 * @param settings the settings so far
	 * @param value    the value as the user wrote it
	 * @return the settings with it
	 * @throws IllegalArgumentException saying what is wrong, naming the option: {@code --concurrency '0' must be a
	 *                                  whole number from 1 to 4096}
	 */
	public DiagnosisSettings apply(DiagnosisSettings settings, String value) {
		String text = value == null ? "" : value.trim();
		return switch (this) {
		case TIMEOUT_MS -> settings.withTimeoutMs(number(text));
		case CONCURRENCY -> settings.withConcurrency(number(text));
		case CERT_WARN_DAYS, STABILITY_SAMPLES -> settings.withExtra(key, String.valueOf(number(text)));
		case DNS_SERVER -> {
			if (text.isEmpty()) {
				yield settings.withDnsServer(null);
			}
			DnsServerAddress.parse(text); // throws naming the text
			yield settings.withDnsServer(text);
		}
		case CA_FILE -> {
			if (text.isEmpty()) {
				yield settings;
			}
			CaFile.check(java.nio.file.Path.of(text));
			yield settings.withExtra(key, text);
		}
		case DEPTH -> DiagnosisDepth.of(option, text).apply(settings);
		case SSH_USER, XRDP_INI -> text.isEmpty() ? settings : settings.withExtra(key, text);
		case EVENTS_SINCE -> {
			if (text.isEmpty()) {
				yield settings;
			}
			if (!text.matches("(?i)0|off|\\d{1,9}[smhd]|P(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+S)?)?")) {
				throw new IllegalArgumentException(option + " '" + text + "' must be a duration: 90s, 30m, 24h, 7d, or 0"
						+ " for none");
			}
			yield settings.withExtra(key, text);
		}
		case SSH_PORT -> {
			if (text.isEmpty()) {
				yield settings;
			}
			if (!text.matches("[0-9]{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
				throw new IllegalArgumentException(option + " '" + text + "' must be a whole number from 1 to 65535");
			}
			yield settings.withExtra(key, text);
		}
		case SSH_IDENTITY, SSH_PASSWORD_FILE, SSH_KNOWN_HOSTS, SSH_CONFIG -> {
			if (text.isEmpty()) {
				yield settings;
			}
			if (this != SSH_KNOWN_HOSTS && !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(text))) {
				throw new IllegalArgumentException(option + " '" + text + "': no such file");
			}
			yield settings.withExtra(key, java.nio.file.Path.of(text).toAbsolutePath().toString());
		}
		case SSH_ACCEPT_NEW_HOST_KEY -> {
			if (!text.isEmpty() && !text.equals("true") && !text.equals("false")) {
				throw new IllegalArgumentException(option + " takes no value ('" + text + "' given)");
			}
			yield text.equals("true") ? settings.withExtra(key, "true") : settings;
		}
		};
	}

	private int number(String text) {
		try {
			int value = Integer.parseInt(text);
			if (value >= min && value <= max) {
				return value;
			}
		} catch (NumberFormatException e) {
			// the message below
		}
		throw new IllegalArgumentException(option + " '" + text + "' must be a whole number from " + min + " to "
				+ max);
	}

	/** @return the setting whose option is {@code option}, or null */
	public static DiagnosisSetting byOption(String option) {
		for (DiagnosisSetting setting : values()) {
			if (setting.option.equals(option.toLowerCase(Locale.ROOT))) {
				return setting;
			}
		}
		return null;
	}
}
