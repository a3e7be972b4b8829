package rdpdoctor.remediation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import rdpdoctor.ssh.host.HostSystem;

/**
 * What a remediation will do on one host, shown in full before anything runs: the scripts are exactly what is sent.
 *
 * @param remediation  the remediation's id
 * @param cause        the cause it fixes
 * @param host         the host's name or address
 * @param system       {@code LINUX} (POSIX sh, as root through {@code sudo -n}) or {@code WINDOWS} (PowerShell)
 * @param summary      what it changes, in a few sentences, with what it costs (a restart drops sessions, ...)
 * @param workaround   whether it is a temporary step that lowers security, to be rolled back
 * @param precondition the script that checks the host can be fixed this way; changes nothing
 * @param snapshot     the script that prints the before-state as {@link Snapshot} lines; changes nothing
 * @param apply        the script that makes the change
 */
public record Plan(String remediation, String cause, String host, HostSystem system, String summary, boolean workaround,
		String precondition, String snapshot, String apply) {

	/**
	 * @param temporary whether the plan is a temporary step that lowers security (as its contribution declares)
	 * @return this plan so marked
	 */
	public Plan withWorkaround(boolean temporary) {
		return temporary == workaround ? this
				: new Plan(remediation, cause, host, system, summary, temporary, precondition, snapshot, apply);
	}

	/** @return SHA-256 of everything the plan runs, in hex: the journal records it */
	public String hash() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String part : new String[] { remediation, cause, host, system.name(), precondition, snapshot, apply }) {
				digest.update(part.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** @return the plan as one JSON object, a property per component: what the journal keeps of it */
	public String toJson() {
		com.google.gson.JsonObject json = new com.google.gson.JsonObject();
		json.addProperty("remediation", remediation);
		json.addProperty("cause", cause);
		json.addProperty("host", host);
		json.addProperty("system", system.name());
		json.addProperty("summary", summary);
		json.addProperty("workaround", workaround);
		json.addProperty("precondition", precondition);
		json.addProperty("snapshot", snapshot);
		json.addProperty("apply", apply);
		return json.toString();
	}

	/** @return how the scripts reach the host, for people */
	public String transport() {
		return system == HostSystem.WINDOWS ? "PowerShell (powershell -NoProfile -NonInteractive), the script on standard input"
				: "sh -s as root (sudo -n unless the SSH user is root), the script on standard input";
	}
}
