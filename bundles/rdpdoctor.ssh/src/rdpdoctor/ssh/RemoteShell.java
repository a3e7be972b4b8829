package rdpdoctor.ssh;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The two remote shells RDP Doctor speaks, each turning a script into the one command line an SSH exec request
 * carries, whatever the login shell on the other side (Windows OpenSSH's is cmd.exe by default).
 */
public enum RemoteShell {

	/** POSIX sh: {@code sh -c 'SCRIPT'}, the script single-quoted. */
	POSIX {
		@Override
		public String command(String script) {
			return "sh -c " + quote(script);
		}
	},

	/**
	 * Windows PowerShell: {@code powershell -NoProfile -NonInteractive -EncodedCommand B64}, B64 being the base64 of
	 * the script's UTF-16LE bytes (as {@code powershell -?} documents), so that no quoting of cmd.exe or PowerShell
	 * applies. The script should end with {@code exit $LASTEXITCODE} or an explicit exit code when it matters.
	 */
	POWERSHELL {
		@Override
		public String command(String script) {
			return "powershell -NoProfile -NonInteractive -EncodedCommand "
					+ Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_16LE));
		}
	};

	/**
	 * @param script the script
	 * @return the command line that runs it
	 */
	public abstract String command(String script);

	/**
	 * A PowerShell command line that reads a script whole from its standard input and runs it as one script block,
	 * ending with its exit code: a script of any length and any characters (cmd.exe ends a command line at 8,191
	 * characters), sent as ASCII or UTF-8 on the exec channel's input.
	 *
	 * @param preamble statements run before the script, e.g. {@code $ErrorActionPreference = 'Stop';}, or empty
	 * @return the command line
	 */
	public static String powerShellFromStandardInput(String preamble) {
		return POWERSHELL.command(preamble + "$s = [Console]::In.ReadToEnd(); & ([scriptblock]::Create($s));"
				+ " exit $LASTEXITCODE");
	}

	/**
	 * @param text any text
	 * @return it single-quoted for sh, a single quote written as {@code '\''}
	 */
	public static String quote(String text) {
		return "'" + text.replace("'", "'\\''") + "'";
	}
}
