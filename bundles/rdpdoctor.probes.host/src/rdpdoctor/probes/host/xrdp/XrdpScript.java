package rdpdoctor.probes.host.xrdp;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import rdpdoctor.ssh.RemoteShell;

/**
 * The one POSIX script the {@code xrdp} probe runs on a Linux host (every exec channel costs the host a new session:
 * about 85 ms with OpenSSH on loopback), and the sections of its answer. The script finds xrdp.ini, takes the
 * certificate, key and log paths from it with awk (the same rules as {@link XrdpIni}), and prints, each after a line
 * {@code BOUNDARY NAME}: {@code ini} (its path on the header line, then its text), {@code facts} (KEY=VALUE lines),
 * {@code cert} (the certificate's PEM), {@code nft} and {@code iptables} (the rulesets, when they can be read). The
 * boundary is random per run, so no file on the host can forge a section.
 */
public final class XrdpScript {

	/** The script's exit status when no xrdp.ini exists in any of the places looked at. */
	public static final int NO_INI = 3;
	static final int MAX_INI = 252 * 1024;
	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * The awk program printing certificate, key_file and the log's full path, one per line, from an xrdp.ini: the same
	 * reading as {@link XrdpIni} (sections and keys case-insensitive, ';' and '#' comments, the last value wins, the
	 * packages' defaults for empty values).
	 */
	private static final String PATHS_AWK = String.join(" ",
			"{ sub(/\\r$/, \"\"); line = $0; gsub(/^[ \\t]+|[ \\t]+$/, \"\", line) }",
			"line == \"\" || line ~ /^[;#]/ { next }",
			"line ~ /^\\[.*\\]$/ { s = tolower(substr(line, 2, length(line) - 2)); gsub(/^[ \\t]+|[ \\t]+$/, \"\", s); next }",
			"{ i = index(line, \"=\"); if (i > 1) { k = tolower(substr(line, 1, i - 1)); gsub(/[ \\t]+$/, \"\", k);",
			"  v = substr(line, i + 1); gsub(/^[ \\t]+/, \"\", v);",
			"  if (s == \"globals\" && k == \"certificate\") c = v;",
			"  else if (s == \"globals\" && k == \"key_file\") kf = v;",
			"  else if (s == \"logging\" && k == \"logfile\") l = v } }",
			"END { if (c == \"\") c = \"" + XrdpIni.DEFAULT_CERTIFICATE + "\"; if (kf == \"\") kf = \"" + XrdpIni.DEFAULT_KEY
					+ "\";",
			"  if (l == \"\") l = \"xrdp.log\"; if (substr(l, 1, 1) != \"/\") l = \"/var/log/\" l;",
			"  print c; print kf; print l }");

	private final String boundary;
	private final List<String> candidates;

	/**
	 * @param candidates the xrdp.ini paths to look at, in order
	 */
	public XrdpScript(List<String> candidates) {
		byte[] random = new byte[12];
		RANDOM.nextBytes(random);
		this.boundary = "@@rdpdoctor-" + HexFormat.of().formatHex(random) + "@@";
		this.candidates = List.copyOf(candidates);
	}

	/** @return the command line for the exec request */
	public String command() {
		StringBuilder find = new StringBuilder("ini=; for f in");
		candidates.forEach(c -> find.append(' ').append(RemoteShell.quote(c)));
		find.append("; do if [ -f \"$f\" ]; then ini=$f; break; fi; done");
		String b = RemoteShell.quote(boundary);
		return RemoteShell.POSIX.command(String.join("\n",
				find,
				"[ -n \"$ini\" ] || exit " + NO_INI,
				"printf '%s ini %s\\n' " + b + " \"$ini\"",
				"head -c " + MAX_INI + " -- \"$ini\"",
				"{ IFS= read -r cert; IFS= read -r key; IFS= read -r log; } <<EOF",
				"$(awk '" + PATHS_AWK + "' \"$ini\")",
				"EOF",
				"printf '\\n%s facts\\n' " + b,
				"printf 'certificatePath=%s\\nkeyPath=%s\\nlogPath=%s\\n' \"$cert\" \"$key\" \"$log\"",
				"printf 'uid=%s\\n' \"$(id -u)\"",
				"printf 'processes=%s\\n' \"$(pgrep -x xrdp | wc -l)\"",
				"printf 'sesman=%s\\n' \"$(pgrep -x xrdp-sesman | wc -l)\"",
				"ss -ltnH 2>/dev/null | head -n 500 | awk '{print \"listen=\" $4}'",
				"ss -tnH state established 2>/dev/null | head -n 2000 | awk '{print \"established=\" $3}'",
				"ps -eo user=,etimes=,args= 2>/dev/null | awk '$3 ~ /(^|\\/)Xvnc$/ || $0 ~ /xrdp\\/xorg\\.conf/"
						+ " {print \"session=\" $1 \" \" $2}' | head -n 500",
				"if [ -r \"$cert\" ]; then echo certReadable=true; else echo certReadable=false; fi",
				"if [ -e \"$key\" ]; then stat -Lc 'keyMode=%U:%G:%a' -- \"$key\"; else echo keyMode=missing; fi",
				"if id xrdp >/dev/null 2>&1; then printf 'xrdpUser=%s\\n' \"$(id -Gn xrdp)\"; fi",
				"if [ -r \"$key\" ] && [ -r \"$cert\" ] && command -v openssl >/dev/null; then",
				"  a=$(openssl x509 -in \"$cert\" -noout -pubkey 2>/dev/null | openssl sha256 2>/dev/null)",
				"  p=$(openssl pkey -in \"$key\" -pubout 2>/dev/null | openssl sha256 2>/dev/null)",
				"  if [ -n \"$a\" ] && [ \"$a\" = \"$p\" ]; then echo keyMatches=true;",
				"  elif [ -n \"$a\" ] && [ -n \"$p\" ]; then echo keyMatches=false; fi",
				"fi",
				"if [ -r \"$log\" ]; then tail -n 500 -- \"$log\" | grep -F '[ERROR]' | tail -n 5 | sed 's/^/logError=/'; fi",
				"printf '%s cert\\n' " + b,
				"if [ -r \"$cert\" ]; then head -c 65536 -- \"$cert\"; fi",
				// the ruleset needs root: as root directly, else only through a sudo rule that asks for nothing
				"if [ \"$(id -u)\" = 0 ]; then as=; else as='sudo -n'; fi",
				"if out=$($as nft list ruleset 2>/dev/null); then",
				"  printf '\\n%s nft\\n' " + b + "; printf '%s\\n' \"$out\" | head -c 262144; fi",
				"if out=$($as iptables-save 2>/dev/null); then",
				"  printf '\\n%s iptables\\n' " + b + "; printf '%s\\n' \"$out\" | head -c 262144; fi",
				"exit 0"));
	}

	/** The answer, cut at the boundary lines. */
	public final class Answer {
		private final Map<String, String> sections = new LinkedHashMap<>();
		private final Map<String, String> headers = new LinkedHashMap<>();

		private Answer(String output) {
			String name = null;
			StringBuilder text = new StringBuilder();
			for (String line : output.split("\n", -1)) {
				if (line.startsWith(boundary + " ")) {
					if (name != null) {
						sections.put(name, text.toString());
					}
					String[] header = line.substring(boundary.length() + 1).split(" ", 2);
					name = header[0];
					headers.put(name, header.length > 1 ? header[1] : "");
					text.setLength(0);
				} else if (name != null) {
					text.append(line).append('\n');
				}
			}
			if (name != null) {
				sections.put(name, text.toString());
			}
		}

		/**
		 * @param name ini, facts, cert, nft or iptables
		 * @return the section's text, if the script got that far
		 */
		public Optional<String> section(String name) {
			return Optional.ofNullable(sections.get(name));
		}

		/**
		 * @param name a section
		 * @return the rest of its header line (the ini's path), empty if none
		 */
		public String header(String name) {
			return headers.getOrDefault(name, "");
		}
	}

	/**
	 * @param output the script's standard output
	 * @return its sections
	 */
	public Answer read(String output) {
		return new Answer(output);
	}
}
