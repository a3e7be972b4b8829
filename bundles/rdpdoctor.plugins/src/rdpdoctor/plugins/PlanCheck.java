package rdpdoctor.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.ITouchpointData;
import org.eclipse.equinox.p2.metadata.ITouchpointInstruction;
import org.eclipse.equinox.p2.query.QueryUtil;

/**
 * What a site's units would do to this machine, read from the plan before p2 carries it out: an artifact whose id
 * or version is not a plain name (a path such as {@code ../../x} would put its file outside the product), and a
 * native touchpoint action (chmod, ln, mkdir, rmdir, copy, remove, unzip and their clean-ups) on a path outside the
 * product folder or leaving it with {@code ..}, or any other native action (installing the system's packages), are
 * refusals; nothing is changed when there is one.
 */
final class PlanCheck {

	/** A plain artifact id or version: what p2's own file names are made of. */
	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+-]{0,254}");
	/** The native actions that act on files, by their short names. */
	private static final Set<String> FILE_ACTIONS = Set.of("chmod", "ln", "link", "mkdir", "rmdir", "copy", "remove",
			"unzip", "cleanupzip", "cleanupcopy");
	private static final String NATIVES = "org.eclipse.equinox.p2.touchpoint.natives.";
	/** An action and its parameters: {@code name(key:value,key:value)}. */
	private static final Pattern ACTION = Pattern.compile("([\\w.]+)\\s*\\(([^)]*)\\)");
	/** The parameters of file actions that name a place on the machine: a folder or file of their own. */
	private static final Set<String> PLACES = Set.of("target", "targetdir", "path", "source", "targetfolder");
	/** The parameters that name a file within such a place (relative to it). */
	private static final Set<String> NAMES = Set.of("targetfile", "linktarget", "linkname");

	private PlanCheck() {
	}

	/**
	 * @param plan the plan p2 made
	 * @return one line per refusal, empty when the plan may be carried out
	 */
	static List<String> refusals(IProvisioningPlan plan) {
		List<String> refusals = new ArrayList<>();
		for (IInstallableUnit unit : plan.getAdditions().query(QueryUtil.ALL_UNITS, null)) {
			for (IArtifactKey key : unit.getArtifacts()) {
				if (!PLAIN.matcher(key.getId()).matches() || key.getId().contains("..")
						|| !PLAIN.matcher(key.getVersion().toString()).matches()) {
					refusals.add(unit.getId() + ": artifact '" + key.getId() + "' " + key.getVersion() + " is not a plain"
							+ " name (its file would be written outside the product)");
				}
			}
			for (ITouchpointData data : unit.getTouchpointData()) {
				for (Map.Entry<String, ITouchpointInstruction> phase : data.getInstructions().entrySet()) {
					String body = phase.getValue().getBody();
					if (body != null) {
						actions(unit.getId() + " (" + phase.getKey() + ")", body, refusals);
					}
				}
			}
		}
		return refusals;
	}

	/**
	 * @param where    the unit and phase, for the refusal's words
	 * @param body     a touchpoint instruction's body: {@code action(key:value, ...);} one or more
	 * @param refusals told of each action RDP Doctor refuses
	 */
	static void actions(String where, String body, List<String> refusals) {
		Matcher action = ACTION.matcher(body);
		while (action.find()) {
			String name = action.group(1);
			boolean isNative = name.startsWith(NATIVES);
			String shortName = isNative ? name.substring(NATIVES.length()) : name;
			if (isNative && !FILE_ACTIONS.contains(shortName)) {
				refusals.add(where + ": native action " + name + " is not one RDP Doctor lets a plug-in run");
				continue;
			}
			if (!FILE_ACTIONS.contains(shortName)) {
				continue; // OSGi touchpoint actions (installBundle, setStartLevel, ...) act inside the product
			}
			for (String parameter : action.group(2).split(",")) {
				int colon = parameter.indexOf(':');
				String given = colon < 0 ? "" : parameter.substring(0, colon).strip();
				String key = given.toLowerCase(Locale.ROOT);
				String value = colon < 0 ? "" : parameter.substring(colon + 1).strip();
				if (PLACES.contains(key) && !insideProduct(value) || NAMES.contains(key) && !relativeInside(value)) {
					refusals.add(where + ": " + shortName + " on " + given + " '" + value + "' reaches outside the "
							+ "product folder");
				}
			}
		}
	}

	/** @return whether a place names the product folder or something in it, or the unit's own artifact */
	private static boolean insideProduct(String value) {
		return value.equals("@artifact") || !value.contains("..") && (value.startsWith("${installFolder}")
				|| value.startsWith("${artifact.location}"));
	}

	/** @return whether a name stays within the place it is relative to */
	private static boolean relativeInside(String value) {
		return !value.isEmpty() && !value.contains("..") && !value.startsWith("/") && !value.startsWith("\\")
				&& !value.startsWith("$") && !value.startsWith("~") && !value.matches("(?i)[a-z]:.*");
	}
}
