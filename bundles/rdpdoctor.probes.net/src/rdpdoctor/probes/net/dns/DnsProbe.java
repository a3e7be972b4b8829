package rdpdoctor.probes.net.dns;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

import rdpdoctor.core.DnsServerAddress;
import rdpdoctor.core.IProbe;
import rdpdoctor.core.IpLiteral;
import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.model.ProbeStatus;

/**
 * Resolves the target's name into all its A and AAAA records. With a DNS server set ({@code --dns-server}) it
 * asks that server directly (dnsjava), so NXDOMAIN, an empty answer and a dead server are told apart; otherwise
 * it uses the system resolver, as mstsc does. An IP literal needs no lookup.
 * <p>
 * Evidence: {@code outcome} (LITERAL, RESOLVED, NXDOMAIN, NO_ADDRESS, SERVER_FAILURE, SERVER_UNREACHABLE,
 * NOT_FOUND), {@code addresses}, {@code address} (the first, used by later probes), {@code server},
 * {@code rcode}, {@code lookupMs}.
 * </p>
 */
public class DnsProbe implements IProbe {

	/** Evidence keys. */
	public static final String OUTCOME = "outcome";
	public static final String ADDRESSES = "addresses";
	public static final String ADDRESS = "address";
	public static final String SERVER = "server";
	public static final String RCODE = "rcode";
	public static final String LOOKUP_MS = "lookupMs";

	@Override
	public void run(ProbeContext context, ProbeReport report) throws IOException {
		String host = context.target().host();
		if (IpLiteral.isIpLiteral(host)) {
			report.put(OUTCOME, "LITERAL").put(ADDRESSES, List.of(host)).put(ADDRESS, host);
			report.status(ProbeStatus.OK, host + " is an address: no lookup needed");
			return;
		}
		long start = System.nanoTime();
		if (context.settings().dnsServer().isPresent()) {
			InetSocketAddress server = DnsServerAddress.parse(context.settings().dnsServer().get());
			report.put(SERVER, server.getAddress().getHostAddress() + ":" + server.getPort());
			askServer(host, server, context, report);
		} else {
			report.put(SERVER, "system resolver");
			askSystem(host, report);
		}
		report.put(LOOKUP_MS, (System.nanoTime() - start) / 1_000_000);
	}

	private static void askServer(String host, InetSocketAddress server, ProbeContext context, ProbeReport report)
			throws TextParseException {
		Name name = Name.fromString(host.endsWith(".") ? host : host + ".");
		SimpleResolver resolver = new SimpleResolver(server);
		List<String> addresses = new ArrayList<>();
		int worst = Rcode.NOERROR;
		for (int type : new int[] { Type.A, Type.AAAA }) {
			// half the remaining time for A, the rest for AAAA, leaving a margin to report before the deadline
			long budget = Math.max(1, (context.remainingMillis() - 20) / (type == Type.A ? 2 : 1));
			resolver.setTimeout(Duration.ofMillis(budget));
			Message response;
			try {
				response = resolver.send(Message.newQuery(Record.newRecord(name, type, DClass.IN)));
			} catch (IOException e) {
				report.put(OUTCOME, "SERVER_UNREACHABLE").put("error", describe(e));
				report.status(ProbeStatus.FAILED, "DNS server " + report(server) + " did not answer for " + host
						+ " (" + describe(e) + ")");
				return;
			}
			int rcode = response.getRcode();
			if (rcode != Rcode.NOERROR) {
				worst = rcode;
			}
			for (Record r : response.getSection(Section.ANSWER)) {
				if (r instanceof ARecord a) {
					addresses.add(a.getAddress().getHostAddress());
				} else if (r instanceof AAAARecord aaaa) {
					addresses.add(aaaa.getAddress().getHostAddress());
				}
			}
		}
		report.put(RCODE, Rcode.string(worst));
		conclude(host, addresses, worst, report);
	}

	private static void conclude(String host, List<String> addresses, int rcode, ProbeReport report) {
		if (!addresses.isEmpty()) {
			report.put(OUTCOME, "RESOLVED").put(ADDRESSES, addresses).put(ADDRESS, addresses.get(0));
			report.status(ProbeStatus.OK, host + " resolves to " + String.join(", ", addresses));
		} else if (rcode == Rcode.NXDOMAIN) {
			report.put(OUTCOME, "NXDOMAIN");
			report.status(ProbeStatus.FAILED, host + " does not exist in DNS (NXDOMAIN)");
		} else if (rcode == Rcode.NOERROR) {
			report.put(OUTCOME, "NO_ADDRESS");
			report.status(ProbeStatus.FAILED, host + " exists in DNS but has no A or AAAA record");
		} else {
			report.put(OUTCOME, "SERVER_FAILURE");
			report.status(ProbeStatus.FAILED, "the DNS server answered " + Rcode.string(rcode) + " for " + host);
		}
	}

	private static void askSystem(String host, ProbeReport report) {
		try {
			List<String> addresses = Arrays.stream(InetAddress.getAllByName(host)).map(InetAddress::getHostAddress)
					.distinct().toList();
			conclude(host, addresses, Rcode.NOERROR, report);
		} catch (UnknownHostException e) {
			report.put(OUTCOME, "NOT_FOUND").put("error", describe(e));
			report.status(ProbeStatus.FAILED, "the system resolver found no address for " + host);
		}
	}

	private static String report(InetSocketAddress server) {
		return server.getAddress().getHostAddress() + ":" + server.getPort();
	}

	private static String describe(Exception e) {
		return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
	}
}
