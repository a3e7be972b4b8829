package rdpdoctor.ui.internal;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The workbench's command line: {@code [--inventory FILE] [--diagnose] [--screenshots DIR] [--benchmark HOSTS]
 * [--benchmark-events FILE] [--save-as FILE] [--events FILE]}.
 * Unknown arguments are left to the platform (it passes its own, e.g. {@code -showlocation}).
 *
 * @param inventory   the inventory to open at start
 * @param diagnose    whether to diagnose every host at start
 * @param screenshots where the screenshot tour writes its PNGs (the workbench closes after the tour)
 * @param benchmark   hosts of the UI benchmark's inventory, 0 for none (the workbench closes after it)
 * @param benchmarkEvents an event file for the Event viewer's benchmark (the workbench closes after it)
 * @param saveAs      where the screenshot tour saves the diagnosed inventory
 * @param events      an event file the screenshot tour imports into the Events view
 */
public record StartOptions(Optional<Path> inventory, boolean diagnose, Optional<Path> screenshots, int benchmark,
		Optional<Path> benchmarkEvents, Optional<Path> saveAs, Optional<Path> events) {

	/**
	 * @param args the application arguments
	 * @return the options
	 * @throws IllegalArgumentException when an option lacks its value or a number is not one
	 */
	public static StartOptions parse(String[] args) {
		Path inventory = null;
		Path screenshots = null;
		boolean diagnose = false;
		int benchmark = 0;
		Path benchmarkEvents = null;
		Path saveAs = null;
		Path events = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--inventory" -> inventory = Path.of(value(args, ++i, "--inventory"));
			case "--screenshots" -> screenshots = Path.of(value(args, ++i, "--screenshots"));
			case "--diagnose" -> diagnose = true;
			case "--benchmark" -> benchmark = Integer.parseInt(value(args, ++i, "--benchmark"));
			case "--benchmark-events" -> benchmarkEvents = Path.of(value(args, ++i, "--benchmark-events"));
			case "--save-as" -> saveAs = Path.of(value(args, ++i, "--save-as"));
			case "--events" -> events = Path.of(value(args, ++i, "--events"));
			default -> {
				// the platform's own arguments
			}
			}
		}
		return new StartOptions(Optional.ofNullable(inventory), diagnose, Optional.ofNullable(screenshots),
				benchmark, Optional.ofNullable(benchmarkEvents), Optional.ofNullable(saveAs),
				Optional.ofNullable(events));
	}

	private static String value(String[] args, int i, String option) {
		if (i >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[i];
	}
}
