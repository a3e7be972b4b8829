package rdpdoctor.probes.host.xrdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Which xrdp instance serves a dialled port, from answers shaped as the probe's script prints them on hosts unlike the
 * lab's: several instances, forked connection processes, {@code -p}, a listener seen with {@code ss -p}, a set-up that
 * cannot be read, and the package's xrdp.ini of a stopped xrdp.
 */
class XrdpInstancesTest {

	private final XrdpScript script = new XrdpScript(List.of("/etc/xrdp/xrdp.ini"));

	private String section(String name, String header, String text) {
		return script.boundary() + " " + name + (header.isEmpty() ? "" : " " + header) + "\n" + text;
	}

	private String proc(int pid, int ppid, String config, String from, String port, String... listening) {
		StringBuilder text = new StringBuilder("ppid=" + ppid + "\nuid=0\nexe=/usr/sbin/xrdp\nroot=/\ncwd=/\nmnt=same\n"
				+ "arg=/usr/sbin/xrdp\nconfig=" + config + "\nfrom=" + from + "\nprefix=\nport=" + port + "\n");
		for (String p : listening) {
			text.append("plisten=").append(p).append('\n');
		}
		return section("proc", String.valueOf(pid), text.toString());
	}

	private String ini(String path, String port) {
		return section("ini", "\t" + path, "[Globals]\nport=" + port + "\n");
	}

	private XrdpInstances instances(String... sections) {
		return XrdpInstances.of(script.read(section("host", "", "uid=4242\n") + String.join("", sections)), "");
	}

	@Test
	void eachPortIsServedByTheInstanceWhoseIniNamesItAndForkedChildrenBelongToTheirListener() {
		XrdpInstances host = instances(proc(10, 1, "/srv/a.ini", "option", "", "3390", "3391"),
				proc(11, 10, "/srv/a.ini", "option", "", "3390", "3391"),
				proc(20, 1, "/srv/b.ini", "option", "", "3390", "3391"), ini("/srv/a.ini", "tcp://:3390"),
				ini("/srv/b.ini", "tcp://.:3391"), ini("/etc/xrdp/xrdp.ini", "3389"));

		assertEquals(List.of(10, 11), host.serving(3390, "").instance().orElseThrow().pids());
		assertEquals(List.of(20), host.serving(3391, "").instance().orElseThrow().pids());
		assertEquals("ini-port", host.serving(3391, "").matchedBy());
		XrdpInstance packaged = host.serving(3389, "").instance().orElseThrow();
		assertEquals("/etc/xrdp/xrdp.ini", packaged.ini(), "a stopped xrdp whose ini names the port");
		assertTrue(!packaged.running());
		assertTrue(host.serving(3399, "").instance().isEmpty(), "two run, neither names 3399: no guess");
	}

	@Test
	void aScriptNamedXrdpIsNoXrdp() {
		String initScript = section("proc", "31", "ppid=1\nuid=0\nexe=\nroot=\ncwd=\nmnt=same\narg=/bin/sh\n"
				+ "arg=/etc/init.d/xrdp\narg=start\nconfig=/etc/xrdp/xrdp.ini\nfrom=default\nprefix=\nport=\n");
		XrdpInstances host = instances(proc(30, 1, "/etc/xrdp/xrdp.ini", "default", "", "3389"), initScript,
				ini("/etc/xrdp/xrdp.ini", "3389"));

		assertEquals(1, host.all().size(), host.all().toString());
		assertEquals(List.of(30), host.serving(3389, "").instance().orElseThrow().pids());
	}

	@Test
	void anXrdpInAContainerIsReadThroughItsRootWhereThatCanBeSeenAndIsUnknownWhereNot() {
		String contained = section("proc", "77", "ppid=1\nuid=0\nexe=/usr/sbin/xrdp\nroot=/\ncwd=/\nmnt=other\n"
				+ "arg=/usr/sbin/xrdp\nconfig=/etc/xrdp/xrdp.ini\nfrom=default\nprefix=/proc/77/root\nport=\n"
				+ "plisten=3393\n");
		XrdpInstances root = instances(contained, section("ini", "/proc/77/root\t/etc/xrdp/xrdp.ini", "[Globals]\nport=3393\n"),
				ini("/etc/xrdp/xrdp.ini", "3389"));
		XrdpInstance seen = root.serving(3393, "").instance().orElseThrow();
		assertEquals("/proc/77/root", seen.prefix());
		assertEquals(Set.of(3393), seen.ports(), "its own xrdp.ini, not the host's (port 3389)");

		String unreadable = section("proc", "77", "ppid=1\nuid=0\nexe=\nroot=\ncwd=\nmnt=other\n"
				+ "arg=/usr/sbin/xrdp\nconfig=\nfrom=namespace\nprefix=\nport=\nplisten=3393\n");
		XrdpInstances.Serving unknown = instances(unreadable, ini("/etc/xrdp/xrdp.ini", "3389")).serving(3393, "");
		assertTrue(unknown.instance().isEmpty());
		assertTrue(unknown.why().contains("another mount namespace"), unknown.why());
	}

	@Test
	void theHostsOnlyXrdpIsTiedToAPortItDoesNotName() {
		XrdpInstances host = instances(proc(10, 1, "/etc/xrdp/xrdp.ini", "default", "", "3390"),
				ini("/etc/xrdp/xrdp.ini", "3390"));

		assertEquals("only-instance", host.serving(3389, "").matchedBy());
		assertEquals(Set.of(3390), host.serving(3389, "").instance().orElseThrow().ports());
	}

	@Test
	void aPortOptionOverridesTheIniAndAListenerSeenWithSsDecides() {
		String listen = section("host", "", "uid=0\nlisten=0.0.0.0:4000 users:((\"xrdp\",pid=30,fd=11))\n"
				+ "listen=0.0.0.0:22 users:((\"sshd\",pid=1,fd=3))\n");
		XrdpInstances host = XrdpInstances.of(script.read(listen + proc(30, 1, "/etc/xrdp/xrdp.ini", "default", "4000")
				+ proc(40, 1, "/srv/c.ini", "option", "") + ini("/etc/xrdp/xrdp.ini", "3389")
				+ ini("/srv/c.ini", "4000")), "");

		XrdpInstances.Serving serving = host.serving(4000, "");
		assertEquals(List.of(30), serving.instance().orElseThrow().pids(), "ss -p names the listening PID");
		assertEquals("listener", serving.matchedBy());
		assertTrue(host.serving(22, "").instance().isEmpty());
		assertTrue(host.serving(22, "").why().contains("sshd:1"), host.serving(22, "").why());
	}

	@Test
	void aRunningXrdpWhoseSetUpCannotBeReadMakesAPortNotListeningAmbiguous() {
		XrdpInstances listeningHost = instances(proc(10, 1, "/srv/a.ini", "option", "", "3390"),
				proc(20, 1, "", "relative", "", "3390"), ini("/srv/a.ini", "3390"));
		assertEquals(List.of(10), listeningHost.serving(3390, "").instance().orElseThrow().pids(),
				"it holds the port it names: the other cannot");

		XrdpInstances notListening = instances(proc(10, 1, "/srv/a.ini", "option", ""),
				proc(20, 1, "", "relative", ""), ini("/srv/a.ini", "3390"));
		XrdpInstances.Serving serving = notListening.serving(3390, "");
		assertTrue(serving.instance().isEmpty());
		assertTrue(serving.why().contains("cannot be read"), serving.why());
		assertEquals("/srv/a.ini", XrdpInstances.of(script.read(section("host", "", "") + proc(10, 1, "/srv/a.ini",
				"option", "") + proc(20, 1, "", "relative", "") + ini("/srv/a.ini", "3390")), "/srv/a.ini")
				.serving(3390, "/srv/a.ini").instance().orElseThrow().ini(), "named with --xrdp-ini");
	}
}
