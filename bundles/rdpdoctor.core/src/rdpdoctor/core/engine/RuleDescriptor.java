package rdpdoctor.core.engine;

import java.util.Objects;
import java.util.function.Supplier;

import rdpdoctor.core.IRule;

/**
 * A rule as the engine runs it.
 *
 * @param id      unique id
 * @param name    a name for people
 * @param factory creates the rule
 */
public record RuleDescriptor(String id, String name, Supplier<IRule> factory) {

	/** Checks the values. */
	public RuleDescriptor {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(factory, "factory");
		name = name == null ? id : name;
	}
}
