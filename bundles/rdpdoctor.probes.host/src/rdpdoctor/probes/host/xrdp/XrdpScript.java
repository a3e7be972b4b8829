package rdpdoctor.probes.host.xrdp;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import rdpdoctor.ssh.RemoteShell;

/**
 * The one POSIX script the {@code xrdp} probe runs on a Linux host (every exec channel costs the host a new session:
 * about 85 ms with OpenSSH on loopback), and the sections of its answer. Every section starts with a line
 * {@code BOUNDARY NAME [HEADER]}; the boundary is random per run, so no file on the host can forge a section.
 * <ul>
 * <li>{@code host}: KEY=VALUE lines about the host: uid, sesman (processes), listen (every TCP listener, with its
 * process where {@code ss -p} shows it), established, session, xrdpUser, xrdpUid.</li>
 * <li>{@code proc PID}, one per running xrdp process: ppid, uid, exe, root, cwd, mnt (same, other or unknown: whether
 * it sees this session's mounts), arg (each argument of its command line), plisten (the TCP ports listening in its
 * network namespace), and what the script made of it: config (its xrdp.ini as the process names it: {@code -c} or
 * {@code --config}, else the binary's compiled-in default), from (option, default, or why it is unknown), prefix
 * (where its files are seen from this session: empty, or {@code /proc/PID/root}), port (a {@code -p} option).</li>
 * <li>{@code ini PREFIX<TAB>PATH} (its text), {@code inifacts PREFIX<TAB>PATH} (the certificate, key and log paths the
 * shell read from it with awk, the same rules as {@link XrdpIni}, and facts about those files), {@code cert
 * PREFIX<TAB>PATH} (the certificate's PEM), {@code noini PREFIX<TAB>PATH}: once for each xrdp.ini a process names and
 * for each candidate path given.</li>
 * <li>{@code sesman PREFIX<TAB>PATH}: logPath and logReadable of each sesman.ini an instance talks to (see
 * {@link SesmanIni}), when it exists.</li>
 * <li>{@code nft} and {@code iptables}: the rulesets, when they can be read.</li>
 * </ul>
 */
public final class XrdpScript {

	static final int MAX_INI = 252 * 1024;
	/** At most this many xrdp processes are described (a forking xrdp has one per connection being served). */
	static final int MAX_PROCESSES = 64;
	/** At most this many xrdp.ini files are read. */
	static final int MAX_INIS = 16;
	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * The start of an awk program reading an ini file as xrdp does (sections and keys case-insensitive, ';' and '#'
	 * comments, the last value wins): for each KEY=VALUE line, {@code s} is the section, {@code k} the key (both lower
	 * case) and {@code v} the value; the program goes on with what to keep, inside that line's braces.
	 */
	private static final String INI_AWK = String.join(" ",
			"{ sub(/\\r$/, \"\"); line = $0; gsub(/^[ \\t]+|[ \\t]+$/, \"\", line) }",
			"line == \"\" || line ~ /^[;#]/ { next }",
			"line ~ /^\\[.*\\]$/ { s = tolower(substr(line, 2, length(line) - 2)); gsub(/^[ \\t]+|[ \\t]+$/, \"\", s); next }",
			"{ i = index(line, \"=\"); if (i > 1) { k = tolower(substr(line, 1, i - 1)); gsub(/[ \\t]+$/, \"\", k);",
			"  v = substr(line, i + 1); gsub(/^[ \\t]+/, \"\", v);");

	/**
	 * The awk program printing certificate, key_file and the log's full path, one per line, from an xrdp.ini: the same
	 * reading as {@link XrdpIni} (the packages' defaults for empty values).
	 */
	private static final String PATHS_AWK = String.join(" ", INI_AWK,
			"  if (s == \"globals\" && k == \"certificate\") c = v;",
			"  else if (s == \"globals\" && k == \"key_file\") kf = v;",
			"  else if (s == \"logging\" && k == \"logfile\") l = v } }",
			"END { if (c == \"\") c = \"" + XrdpIni.DEFAULT_CERTIFICATE + "\"; if (kf == \"\") kf = \"" + XrdpIni.DEFAULT_KEY
					+ "\";",
			"  if (l == \"\") l = \"xrdp.log\"; if (substr(l, 1, 1) != \"/\") l = \"/var/log/\" l;",
			"  print c; print kf; print l }");

	/**
	 * The awk program printing the full path of sesman's log from a sesman.ini: LogFile of [Logging], relative names
	 * under /var/log, xrdp-sesman.log when none is set (as xrdp-sesman reads it).
	 */
	private static final String SESMAN_LOG_AWK = String.join(" ", INI_AWK,
			"  if (s == \"logging\" && k == \"logfile\") l = v } }",
			"END { if (l == \"\") l = \"xrdp-sesman.log\"; if (substr(l, 1, 1) != \"/\") l = \"/var/log/\" l; print l }");

	/** The TCP ports in LISTEN state of a /proc/PID/net/tcp or tcp6 file, in decimal. */
	private static final String LISTEN_AWK = "$4 == \"0A\" { split($2, a, \":\"); p = 0; h = a[2];"
			+ " for (i = 1; i <= length(h); i++) p = p * 16 + index(\"0123456789ABCDEF\", substr(h, i, 1)) - 1;"
			+ " print \"plisten=\" p }";

	private final String boundary;
	private final List<String> candidates;

	/**
	 * @param candidates xrdp.ini paths read whether or not a running xrdp names them (the one the user gave, the
	 *                   packages' defaults), so that a stopped xrdp's set-up is known too
	 */
	public XrdpScript(List<String> candidates) {
		byte[] random = new byte[12];
		RANDOM.nextBytes(random);
		this.boundary = "@@rdpdoctor-" + HexFormat.of().formatHex(random) + "@@";
		this.candidates = List.copyOf(candidates);
	}

	/** @return the random boundary line prefix of this run's sections */
	String boundary() {
		return boundary;
	}

	/** @return the command line for the exec request */
	public String command() {
		String b = RemoteShell.quote(boundary);
		List<String> lines = new ArrayList<>(List.of(
				"b=" + b,
				"seen=; inis=0",
				// one xrdp.ini read once, however many processes name it: PREFIX PATH
				"read_ini() {",
				"  case \"$seen\" in *\"|$1\t$2|\"*) return 0 ;; esac",
				"  [ $inis -lt " + MAX_INIS + " ] || return 0",
				"  seen=\"$seen|$1\t$2|\"; inis=$((inis + 1))",
				"  if [ ! -f \"$1$2\" ]; then printf '%s noini %s\\t%s\\n' \"$b\" \"$1\" \"$2\"; return 0; fi",
				"  printf '%s ini %s\\t%s\\n' \"$b\" \"$1\" \"$2\"",
				"  head -c " + MAX_INI + " -- \"$1$2\"",
				"  { IFS= read -r cert; IFS= read -r key; IFS= read -r log; } <<EOF",
				"$(awk '" + PATHS_AWK + "' \"$1$2\")",
				"EOF",
				"  printf '\\n%s inifacts %s\\t%s\\n' \"$b\" \"$1\" \"$2\"",
				"  printf 'certificatePath=%s\\nkeyPath=%s\\nlogPath=%s\\n' \"$cert\" \"$key\" \"$log\"",
				"  c=$1$cert; k=$1$key; l=$1$log",
				"  if [ -r \"$c\" ]; then echo certReadable=true; else echo certReadable=false; fi",
				"  if [ -e \"$k\" ]; then stat -Lc 'keyMode=%U:%G:%a' -- \"$k\"; else echo keyMode=missing; fi",
				"  if [ -r \"$k\" ] && [ -r \"$c\" ] && command -v openssl >/dev/null; then",
				"    a=$(openssl x509 -in \"$c\" -noout -pubkey 2>/dev/null | openssl sha256 2>/dev/null)",
				"    p=$(openssl pkey -in \"$k\" -pubout 2>/dev/null | openssl sha256 2>/dev/null)",
				"    if [ -n \"$a\" ] && [ \"$a\" = \"$p\" ]; then echo keyMatches=true;",
				"    elif [ -n \"$a\" ] && [ -n \"$p\" ]; then echo keyMatches=false; fi",
				"  fi",
				"  if [ -r \"$l\" ]; then echo logReadable=true; tail -n 500 -- \"$l\" | grep -F '[ERROR]' | tail -n 5"
						+ " | sed 's/^/logError=/'; else echo logReadable=false; fi",
				"  printf '%s cert %s\\t%s\\n' \"$b\" \"$1\" \"$2\"",
				"  if [ -r \"$c\" ]; then head -c 65536 -- \"$c\"; fi",
				"}",
				// the sesman.ini an xrdp talks to: PREFIX PATH; its log's path
				"sseen=",
				"read_sesman() {",
				"  case \"$sseen\" in *\"|$1\t$2|\"*) return 0 ;; esac",
				"  sseen=\"$sseen|$1\t$2|\"",
				"  [ -f \"$1$2\" ] || return 0",
				"  printf '%s sesman %s\\t%s\\n' \"$b\" \"$1\" \"$2\"",
				"  sl=$(awk '" + SESMAN_LOG_AWK + "' \"$1$2\" 2>/dev/null)",
				"  printf 'logPath=%s\\n' \"$sl\"",
				"  if [ -r \"$1$sl\" ]; then echo logReadable=true; else echo logReadable=false; fi",
				"}",
				"printf '%s host\\n' \"$b\"",
				"printf 'uid=%s\\n' \"$(id -u)\"",
				"printf 'sesman=%s\\n' \"$(pgrep -x xrdp-sesman | wc -l)\"",
				// root sees every listener's process; others see their own only
				"ss -ltnpH 2>/dev/null | head -n 500 | awk '{print \"listen=\" $4 \" \" $6}'",
				"ss -tnH state established 2>/dev/null | head -n 2000 | awk '{print \"established=\" $3}'",
				"ps -eo user=,etimes=,args= 2>/dev/null | awk '$3 ~ /(^|\\/)Xvnc$/ || $0 ~ /xrdp\\/xorg\\.conf/"
						+ " {print \"session=\" $1 \" \" $2}' | head -n 500",
				"if id xrdp >/dev/null 2>&1; then printf 'xrdpUser=%s\\nxrdpUid=%s\\n' \"$(id -Gn xrdp)\" \"$(id -u xrdp)\"; fi",
				"self_mnt=$(cksum </proc/self/mountinfo 2>/dev/null)",
				"for pid in $(pgrep -x xrdp 2>/dev/null | head -n " + MAX_PROCESSES + "); do",
				"  d=/proc/$pid",
				"  [ -r $d/cmdline ] || continue",
				"  printf '%s proc %s\\n' \"$b\" \"$pid\"",
				"  printf 'ppid=%s\\n' \"$(sed 's/.*) //' $d/stat 2>/dev/null | cut -d' ' -f2)\"",
				"  printf 'uid=%s\\n' \"$(awk '/^Uid:/ {print $2}' $d/status 2>/dev/null)\"",
				"  exe=$(readlink $d/exe 2>/dev/null); exe=${exe% (deleted)}",
				"  root=$(readlink $d/root 2>/dev/null); cwd=$(readlink $d/cwd 2>/dev/null)",
				"  m=$(cksum <$d/mountinfo 2>/dev/null)",
				"  if [ -z \"$m\" ]; then mnt=unknown; elif [ \"$m\" = \"$self_mnt\" ]; then mnt=same; else mnt=other; fi",
				"  printf 'exe=%s\\nroot=%s\\ncwd=%s\\nmnt=%s\\n' \"$exe\" \"$root\" \"$cwd\" \"$mnt\"",
				"  cfg=; popt=; prev=; argv0=; n=0",
				"  while IFS= read -r a; do",
				"    n=$((n + 1)); [ $n = 1 ] && argv0=$a",
				"    printf 'arg=%s\\n' \"$a\"",
				"    case $prev in -c|--config) cfg=$a ;; -p|--port) popt=$a ;; esac",
				"    prev=$a",
				"  done <<EOF",
				"$(tr '\\000\\n' '\\n?' <$d/cmdline 2>/dev/null | head -n 64 | cut -c1-1024)",
				"EOF",
				"  bin=$exe; if [ -z \"$bin\" ]; then case $argv0 in /*) bin=$argv0 ;; esac; fi",
				// xrdp's compiled-in folder: SYSCONFDIR/xrdp, /etc for a binary under /usr (the packages)
				"  sysconf=; if [ -n \"$bin\" ]; then dir=${bin%/*}; pre=${dir%/*}",
				"    case $pre in /usr|'') sysconf=/etc/xrdp ;; *) sysconf=$pre/etc/xrdp ;; esac; fi",
				"  if [ -n \"$cfg\" ]; then from=option",
				"    case $cfg in /*) ;; *) if [ -n \"$cwd\" ]; then cfg=${cwd%/}/$cfg; else cfg=; from=relative; fi ;; esac",
				"  elif [ -n \"$sysconf\" ]; then from=default; cfg=$sysconf/xrdp.ini",
				"  else from=binary; fi",
				"  prefix=",
				"  if [ \"$mnt\" = same ] && { [ -z \"$root\" ] || [ \"$root\" = / ]; }; then :",
				"  elif [ -n \"$root\" ] && ls $d/root/ >/dev/null 2>&1; then prefix=$d/root",
				"  elif [ \"$mnt\" != same ]; then cfg=; from=namespace; fi",
				"  printf 'config=%s\\nfrom=%s\\nprefix=%s\\nport=%s\\n' \"$cfg\" \"$from\" \"$prefix\" \"$popt\"",
				"  cat $d/net/tcp $d/net/tcp6 2>/dev/null | awk '" + LISTEN_AWK + "' | sort -u | head -n 200",
				"  if [ -n \"$cfg\" ]; then list=\"${list}P$prefix\t$cfg\n\"; fi",
				// xrdp finds sesman through the sesman.ini of its compiled-in folder, whatever its --config
				"  if [ -n \"$sysconf\" ] && [ \"$from\" != namespace ]; then",
				"    slist=\"${slist}P$prefix\t$sysconf/sesman.ini\n\"; fi",
				"done"));
		lines.add(1, "list=; slist=");
		candidates.forEach(c -> lines.add("list=\"${list}P\t\"" + RemoteShell.quote(c) + "'\n'"));
		candidates.forEach(c -> lines.add("slist=\"${slist}P\t\"" + RemoteShell.quote(SesmanIni.beside(c)) + "'\n'"));
		lines.addAll(List.of(
				"while IFS='\t' read -r pre path; do [ -n \"$path\" ] && read_ini \"${pre#P}\" \"$path\"; done <<EOF",
				"$list",
				"EOF",
				"while IFS='\t' read -r pre path; do [ -n \"$path\" ] && read_sesman \"${pre#P}\" \"$path\"; done <<EOF",
				"$slist",
				"EOF",
				// the ruleset needs root: as root directly, else only through a sudo rule that asks for nothing
				"if [ \"$(id -u)\" = 0 ]; then as=; else as='sudo -n'; fi",
				"if out=$($as nft list ruleset 2>/dev/null); then",
				"  printf '\\n%s nft\\n' \"$b\"; printf '%s\\n' \"$out\" | head -c 262144; fi",
				"if out=$($as iptables-save 2>/dev/null); then",
				"  printf '\\n%s iptables\\n' \"$b\"; printf '%s\\n' \"$out\" | head -c 262144; fi",
				"exit 0"));
		return RemoteShell.POSIX.command(String.join("\n", lines));
	}

	/** One section of the answer: its name, the rest of its header line, its text. */
	public record Section(String name, String header, String text) {
	}

	/** The answer, cut at the boundary lines. */
	public static final class Answer {
		private final List<Section> sections;

		Answer(List<Section> sections) {
			this.sections = List.copyOf(sections);
		}

		/**
		 * @param name a section's name
		 * @return the first section of that name, if the script got that far
		 */
		public Optional<Section> first(String name) {
			return sections.stream().filter(s -> s.name().equals(name)).findFirst();
		}

		/**
		 * @param name   a section's name
		 * @param header its header
		 * @return that section
		 */
		public Optional<Section> find(String name, String header) {
			return sections.stream().filter(s -> s.name().equals(name) && s.header().equals(header)).findFirst();
		}

		/**
		 * @param name a section's name
		 * @return every section of that name, in the order printed
		 */
		public List<Section> all(String name) {
			return sections.stream().filter(s -> s.name().equals(name)).toList();
		}

		/**
		 * @param name a section's name
		 * @return its text, if present
		 */
		public Optional<String> section(String name) {
			return first(name).map(Section::text);
		}
	}

	/**
	 * @param output the script's standard output
	 * @return its sections
	 */
	public Answer read(String output) {
		List<Section> sections = new ArrayList<>();
		String name = null;
		String header = "";
		StringBuilder text = new StringBuilder();
		for (String line : output.split("\n", -1)) {
			if (line.startsWith(boundary + " ")) {
				if (name != null) {
					sections.add(new Section(name, header, text.toString()));
				}
				String[] parts = line.substring(boundary.length() + 1).split(" ", 2);
				name = parts[0];
				header = parts.length > 1 ? parts[1] : "";
				text.setLength(0);
			} else if (name != null) {
				text.append(line).append('\n');
			}
		}
		if (name != null) {
			sections.add(new Section(name, header, text.toString()));
		}
		return new Answer(sections);
	}

	/**
	 * @param text KEY=VALUE lines
	 * @return the values of each key, in order
	 */
	static Map<String, List<String>> facts(String text) {
		Map<String, List<String>> facts = new LinkedHashMap<>();
		for (String line : text.split("\n")) {
			int equals = line.indexOf('=');
			if (equals > 0) {
				facts.computeIfAbsent(line.substring(0, equals), k -> new ArrayList<>()).add(line.substring(equals + 1));
			}
		}
		return facts;
	}
}
