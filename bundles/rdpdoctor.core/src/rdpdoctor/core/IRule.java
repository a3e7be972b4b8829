package rdpdoctor.core;

import java.util.List;

/**
 * Turns evidence into findings, contributed through the extension point {@code rdpdoctor.core.rules}.
 * Rules are pure: they read the outcomes of one host's probes and touch nothing else.
 */
public interface IRule {

	/**
	 * @param context the target and the outcomes of every probe that ran for it
	 * @return the findings this rule makes, empty when it has nothing to say
	 */
	List<Finding> evaluate(RuleContext context);
}
