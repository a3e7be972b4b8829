package rdpdoctor.tests.harness;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * iptables rules on the loopback interface for one TCP port at a time (DROP, or REJECT with an ICMP type), each
 * tagged with a comment and removed on {@link #close()}. Traffic stays on loopback.
 */
public final class LoopbackFirewall implements AutoCloseable {

	/** The iptables binary the tests use. */
	public static final String IPTABLES = "/usr/sbin/iptables";

	private final List<List<String>> rules = new ArrayList<>();

	/** @param port TCP port whose SYNs are silently dropped */
	public void drop(int port) {
		add(port, List.of("-j", "DROP"));
	}

	/**
	 * @param port   TCP port whose SYNs are rejected
	 * @param icmp   e.g. {@code icmp-host-unreachable}, {@code icmp-net-unreachable}, {@code tcp-reset}
	 */
	public void reject(int port, String icmp) {
		add(port, List.of("-j", "REJECT", "--reject-with", icmp));
	}

	private void add(int port, List<String> action) {
		List<String> rule = new ArrayList<>(List.of("INPUT", "-i", "lo", "-p", "tcp", "--dport", String.valueOf(port),
				"-m", "comment", "--comment", "rdpdoctor-test"));
		rule.addAll(action);
		run("-I", rule);
		rules.add(rule);
	}

	private static void run(String op, List<String> rule) {
		List<String> command = new ArrayList<>(List.of(IPTABLES, "-w", "5", op));
		command.addAll(rule);
		try {
			Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
			if (!p.waitFor(10, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				throw new IllegalStateException("iptables did not finish: " + command);
			}
			String output = new String(p.getInputStream().readAllBytes());
			if (p.exitValue() != 0) {
				throw new IllegalStateException(command + " failed: " + output);
			}
		} catch (IOException e) {
			throw new IllegalStateException(command + " failed", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(command + " interrupted", e);
		}
	}

	@Override
	public void close() {
		for (List<String> rule : rules.reversed()) {
			run("-D", rule);
		}
		rules.clear();
	}
}
