package rdpdoctor.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/** A contribution problem reaches the Error Log, once however often the contributions are read again. */
class ContributionProblemsTest {

	@Test
	void aProblemIsLoggedOnceAndADifferentOneToo() {
		List<String> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status.getMessage());
		Platform.addLogListener(listener);
		try {
			String problem = "plugin x: <source> without a class " + System.nanoTime();
			ContributionProblems.logOnce("event sources").accept(problem);
			ContributionProblems.logOnce("event sources").accept(problem); // a second read of the same registry
			ContributionProblems.logOnce("event sources").accept(problem + " (another)");
		} finally {
			Platform.removeLogListener(listener);
		}
		assertEquals(2, logged.stream().filter(m -> m.contains("event sources is left out: plugin x")).count(),
				logged.toString());
	}
}
