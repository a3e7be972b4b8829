package rdpdoctor.cli;

/**
 * The headless commands without an OSGi framework: {@code java -cp BUNDLE_JARS rdpdoctor.cli.ClasspathLauncher
 * COMMAND ...}, the class path being the product's bundles as bundles.info lists them ({@link ClasspathCache} writes it
 * for the start script). The commands need only the extension registry, made from the jars' plugin.xml
 * ({@link ClasspathRegistry}); starting Equinox, its resolver, declarative services and p2 cost more than the rest of a
 * short command, and classes on a class path can come from the JVM's class-data archive. {@code plugins} (p2) and the
 * workbench run under OSGi. A plug-in's bundle runs here as a jar on the class path: its plugin.xml and classes, no
 * activator or OSGi service (the public API needs none).
 */
public final class ClasspathLauncher {

	/** The system property that says the commands run on a class path, without OSGi. */
	static final String ON_CLASS_PATH = "rdpdoctor.classpath";

	private ClasspathLauncher() {
	}

	/**
	 * @param args the command line
	 */
	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("plugins")) {
			System.err.println("rdpdoctor plugins: needs the OSGi framework (p2): run it through the start script");
			System.exit(ExitCodes.INTERNAL);
		}
		System.setProperty(ON_CLASS_PATH, "true");
		int code = new Cli(System.out, System.err, ClasspathRegistry.lazy(System.getProperty("java.class.path", "")))
				.run(args);
		System.out.flush();
		System.exit(code);
	}
}
