package rdpdoctor.ui.internal;

import java.util.Dictionary;
import java.util.Hashtable;

import org.eclipse.equinox.p2.ui.Policy;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/**
 * How p2's Install New Software... and Check for Updates end in RDP Doctor: they offer "Apply Changes Now" beside
 * "Restart Now", since RDP Doctor's probes, rules, importers, report formats, event sources and remediations follow
 * bundles as they come and go: an installed diagnostic plug-in takes part in the next diagnosis without a restart.
 * Registered ahead of p2's SDK policy.
 */
final class InstallPolicy {

	private static final int RANKING = 100;

	private InstallPolicy() {
	}

	/** Registers the policy for p2's dialogs (once, at the workbench's start). */
	static void register() {
		BundleContext context = FrameworkUtil.getBundle(InstallPolicy.class).getBundleContext();
		Policy policy = new Policy();
		policy.setRestartPolicy(Policy.RESTART_POLICY_PROMPT_RESTART_OR_APPLY);
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put(Constants.SERVICE_RANKING, RANKING);
		context.registerService(Policy.class, policy, properties);
	}
}
