package rdpdoctor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * One exec request to a real SSH server (Apache MINA SSHD) answered as Windows OpenSSH with cmd.exe as login shell
 * does: {@code powershell -NoProfile -NonInteractive -EncodedCommand B64} is decoded (base64 of UTF-16LE), anything
 * else is "not recognized" with exit code 1. The Windows format tests say what the decoded scripts answer.
 */
abstract class WindowsLikeCommand implements Command {

	static final String POWERSHELL = "powershell -NoProfile -NonInteractive -EncodedCommand ";

	protected final String commandLine;
	protected InputStream in;
	protected OutputStream out;
	protected OutputStream err;
	private ExitCallback exit;

	WindowsLikeCommand(String commandLine) {
		this.commandLine = commandLine;
	}

	/** @return the PowerShell script the command line carries, or null (then cmd.exe's answer has been given) */
	protected String script() throws IOException {
		if (!commandLine.startsWith(POWERSHELL)) {
			reply(err, "'" + commandLine.split(" ")[0] + "' is not recognized as an internal or external command,\r\n"
					+ "operable program or batch file.\r\n", 1);
			return null;
		}
		return new String(Base64.getDecoder().decode(commandLine.substring(POWERSHELL.length()).strip()),
				StandardCharsets.UTF_16LE);
	}

	protected void reply(OutputStream stream, String text, int status) throws IOException {
		stream.write(text.getBytes(StandardCharsets.UTF_8));
		stream.flush();
		exit.onExit(status);
	}

	@Override
	public void destroy(ChannelSession channel) {
		// nothing runs after the reply
	}

	@Override
	public void setInputStream(InputStream stream) {
		this.in = stream;
	}

	@Override
	public void setOutputStream(OutputStream stream) {
		this.out = stream;
	}

	@Override
	public void setErrorStream(OutputStream stream) {
		this.err = stream;
	}

	@Override
	public void setExitCallback(ExitCallback callback) {
		this.exit = callback;
	}
}
