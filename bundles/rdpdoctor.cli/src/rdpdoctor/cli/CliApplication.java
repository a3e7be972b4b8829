package rdpdoctor.cli;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application {@code rdpdoctor.cli.app}: runs one command and returns its exit code.
 */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		int code = new Cli(System.out, System.err, RegistryFactory.getRegistry()).run(args == null ? new String[0] : args);
		System.out.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// a command ends by itself: every wait in it has a deadline
	}
}
