package rdpdoctor.ui.internal.connect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Remote Desktop clients Connect can hand a connection file to, each with the programs it is installed as and its
 * command line. Every one is given the {@code .rdp} file and nothing else: no password ever goes on a command line.
 */
public enum RemoteDesktopClient {

	/** Windows' own client. */
	MSTSC("Remote Desktop Connection (mstsc)", List.of("mstsc.exe", "mstsc"), "windows"),
	/** Microsoft's client for macOS, started by {@code open -a}. */
	WINDOWS_APP("Windows App / Microsoft Remote Desktop (macOS)", List.of("open"), "macosx"),
	/** FreeRDP's X11 client. */
	XFREERDP("FreeRDP (xfreerdp)", List.of("xfreerdp3", "xfreerdp"), "linux"),
	/** FreeRDP's Wayland client. */
	WLFREERDP("FreeRDP for Wayland (wlfreerdp)", List.of("wlfreerdp3", "wlfreerdp"), "linux"),
	/** Remmina, with its RDP plug-in. */
	REMMINA("Remmina", List.of("remmina"), "linux");

	/** The names of Microsoft's macOS client, newest first, as {@code open -a} takes them. */
	static final List<String> MAC_APPS = List.of("Windows App", "Microsoft Remote Desktop");

	private final String label;
	private final List<String> programs;
	private final String os;

	RemoteDesktopClient(String label, List<String> programs, String os) {
		this.label = label;
		this.programs = programs;
		this.os = os;
	}

	/** @return the name shown to the admin */
	public String label() {
		return label;
	}

	/** @return the program names it is found as on PATH, preferred first */
	public List<String> programs() {
		return programs;
	}

	/**
	 * @param platformOs the platform as Eclipse names it ({@code win32}, {@code macosx}, {@code linux}, ...)
	 * @return whether this client runs there (FreeRDP and Remmina also run on the BSDs)
	 */
	public boolean runsOn(String platformOs) {
		return switch (os) {
		case "windows" -> "win32".equals(platformOs);
		case "macosx" -> "macosx".equals(platformOs);
		default -> !"win32".equals(platformOs) && !"macosx".equals(platformOs);
		};
	}

	/**
	 * @param program the client's program
	 * @param rdpFile the connection file
	 * @param macApp  for {@link #WINDOWS_APP}: the application's name; ignored otherwise
	 * @return the command line
	 */
	public List<String> command(Path program, Path rdpFile, String macApp) {
		List<String> command = new ArrayList<>();
		command.add(program.toString());
		switch (this) {
		case WINDOWS_APP -> {
			command.add("-a");
			command.add(macApp);
		}
		case REMMINA -> command.add("-c"); // connect to the file's settings (its RDP plug-in reads .rdp files)
		default -> {
			// mstsc and FreeRDP take the connection file as their first argument
		}
		}
		command.add(rdpFile.toString());
		return command;
	}

	/** @return what to install to get this client, for the "no client" message */
	public String howToInstall() {
		return switch (this) {
		case MSTSC -> "mstsc is part of Windows (Remote Desktop Connection); restore it with \"DISM /Online "
				+ "/Add-Capability\" or Settings > Optional features if it was removed";
		case WINDOWS_APP -> "install Windows App (formerly Microsoft Remote Desktop) from the Mac App Store";
		case XFREERDP -> "install FreeRDP: Debian/Ubuntu \"sudo apt install freerdp3-x11\" (or freerdp2-x11), "
				+ "Fedora \"sudo dnf install freerdp\"";
		case WLFREERDP -> "install FreeRDP's Wayland client: Debian/Ubuntu \"sudo apt install freerdp3-wayland\" "
				+ "(or freerdp2-wayland)";
		case REMMINA -> "install Remmina with its RDP plug-in: Debian/Ubuntu \"sudo apt install remmina "
				+ "remmina-plugin-rdp\", Fedora \"sudo dnf install remmina remmina-plugins-rdp\", or Flathub";
		};
	}
}
