package rdpdoctor.ui.internal;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/** The scheduling rule of one {@link InventoryDocument}: conflicts with itself only. */
final class DocumentRule implements ISchedulingRule {

	@Override
	public boolean contains(ISchedulingRule rule) {
		return rule == this;
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		return rule == this;
	}
}
