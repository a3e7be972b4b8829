package rdpdoctor.tests.harness;

import java.io.IOException;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The lab's Linux host with xrdp ({@link XrdpLabHost}) for a test class: up before its first test, down after its last;
 * {@link #restoredAfterEach()} puts it back as it came up around each test (no firewall rule before, its files and
 * xrdp as they came up after). Register it on a static field:
 * {@code @RegisterExtension static final LabHostExtension LAB = new LabHostExtension("rdpdx1", 7).restoredAfterEach();}
 */
public final class LabHostExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
		AfterEachCallback {

	private final String name;
	private final int index;
	private boolean restore;
	private XrdpLabHost host;

	/**
	 * @param name  the host's name, 1-10 lower-case letters or digits, unique among the lab tests
	 * @param index its /30 (0-255), unique among the lab tests
	 */
	public LabHostExtension(String name, int index) {
		this.name = name;
		this.index = index;
	}

	/** @return this extension, putting the host back as it came up around each test */
	public LabHostExtension restoredAfterEach() {
		restore = true;
		return this;
	}

	/** @return the running host */
	public XrdpLabHost host() {
		if (host == null) {
			throw new IllegalStateException("lab host " + name + " is not up");
		}
		return host;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		host = XrdpLabHost.up(name, index);
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		if (host != null) {
			try {
				host.close();
			} finally {
				host = null;
			}
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		if (restore) {
			host().run("iptables", "-F", "INPUT");
		}
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		if (restore) {
			host().restore();
		}
	}
}
