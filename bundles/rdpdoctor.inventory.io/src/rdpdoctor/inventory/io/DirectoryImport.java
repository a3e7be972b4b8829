package rdpdoctor.inventory.io;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchResultListener;
import com.unboundid.ldap.sdk.SearchResultReference;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import com.unboundid.util.ssl.AggregateTrustManager;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.JVMDefaultTrustManager;
import com.unboundid.util.ssl.PEMFileTrustManager;
import com.unboundid.util.ssl.SSLUtil;

import rdpdoctor.core.Target;
import rdpdoctor.core.Untrusted;
import rdpdoctor.core.inventory.ImportedHost;
import rdpdoctor.model.HostPlatform;

/**
 * The computer objects of an Active Directory (or another LDAP directory) under a base DN, as hosts to import: a
 * simple bind over LDAPS or StartTLS (a password never crosses the network in clear), or a Kerberos (GSSAPI) bind
 * with the ticket the platform already has, inside the same TLS; the server's certificate
 * checked against the JDK's CAs and an optional CA file and against the host name or address dialled; a paged
 * search (the directory's size limit never cuts the list), referrals not followed unless asked. The organisational
 * units and containers between the base and the computer become groups, {@code dNSHostName} the name ({@code cn}
 * where there is none), {@code operatingSystem} the platform, {@code description} the notes; disabled accounts
 * are skipped and counted. Read with the UnboundID LDAP SDK.
 */
public final class DirectoryImport {

	/** Entries per page: Active Directory's MaxPageSize is 1,000 by default. */
	static final int PAGE_SIZE = 500;
	/** The most pages read: 5 million computers. */
	private static final int MAX_PAGES = 10_000;
	private static final int ACCOUNT_DISABLED = 0x2;
	private static final String[] ATTRIBUTES = { "dNSHostName", "cn", "operatingSystem", "description",
			"userAccountControl" };

	/**
	 * Where and how to read.
	 *
	 * @param host            the directory server's name or address, as its certificate names it
	 * @param port            its port
	 * @param ldaps           LDAPS ({@code ldaps://}); otherwise StartTLS on plain LDAP
	 * @param baseDn          the base DN searched (its subtree)
	 * @param bindDn          the user to bind as ({@code user@domain}, {@code DOMAIN\\user} or a DN)
	 * @param caFile          a PEM file of CAs trusted besides the JDK's
	 * @param followReferrals whether referrals to other servers are followed
	 * @param timeout         the deadline of connecting and of each request
	 * @param kerberos        a Kerberos bind with a cached ticket instead of a simple bind with a password
	 */
	public record Source(String host, int port, boolean ldaps, String baseDn, String bindDn, Optional<Path> caFile,
			boolean followReferrals, Duration timeout, Optional<Kerberos> kerberos) {

		/**
		 * @param kerberos the Kerberos bind to use instead of the password
		 * @return this source, bound with Kerberos
		 */
		public Source withKerberos(Kerberos kerberos) {
			return new Source(host, port, ldaps, baseDn, bindDn, caFile, followReferrals, timeout,
					Optional.of(kerberos));
		}

		/**
		 * @param url             {@code ldap://HOST[:PORT]} (StartTLS) or {@code ldaps://HOST[:PORT]}
		 * @param baseDn          the base DN
		 * @param bindDn          the user to bind as
		 * @param caFile          extra trusted CAs, or empty
		 * @param followReferrals whether referrals are followed
		 * @param timeout         the deadline of each step
		 * @return the source
		 * @throws IllegalArgumentException saying what is wrong with the URL or the DN
		 */
		public static Source of(String url, String baseDn, String bindDn, Optional<Path> caFile,
				boolean followReferrals, Duration timeout) {
			URI uri;
			try {
				uri = new URI(url);
			} catch (URISyntaxException e) {
				throw new IllegalArgumentException("'" + Untrusted.terminal(url) + "' is not an ldap:// or ldaps:// URL");
			}
			String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
			if (!scheme.equals("ldap") && !scheme.equals("ldaps") || uri.getHost() == null) {
				throw new IllegalArgumentException("'" + Untrusted.terminal(url)
						+ "' is not ldap://HOST[:PORT] or ldaps://HOST[:PORT]");
			}
			if (baseDn == null || baseDn.isBlank() || !DN.isValidDN(baseDn)) {
				throw new IllegalArgumentException("the base DN '" + Untrusted.terminal(String.valueOf(baseDn))
						+ "' is not a DN (e.g. DC=corp,DC=example)");
			}
			bindDn = bindDn == null ? "" : bindDn.strip();
			boolean ldaps = scheme.equals("ldaps");
			int port = uri.getPort() > 0 ? uri.getPort() : ldaps ? 636 : 389;
			String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
					: uri.getHost();
			return new Source(host, port, ldaps, baseDn, bindDn, caFile, followReferrals, timeout, Optional.empty());
		}

		/** @return the URL, for messages */
		public String url() {
			return (ldaps ? "ldaps://" : "ldap://") + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
		}
	}

	/**
	 * A Kerberos (GSSAPI) bind with a ticket already in the platform's cache ({@code kinit}, or a Windows logon).
	 *
	 * @param ticketCache the credentials cache ({@code KRB5CCNAME}); empty: the platform's default
	 * @param krb5Conf    the Kerberos configuration ({@code KRB5_CONFIG}); empty: the platform's default
	 * @param serverName  the directory server's name in its {@code ldap/} service principal; empty: the URL's host
	 */
	public record Kerberos(Optional<Path> ticketCache, Optional<Path> krb5Conf, Optional<String> serverName) {
	}

	/**
	 * What a read found.
	 *
	 * @param hosts     computers imported
	 * @param disabled  disabled computer accounts skipped
	 * @param skipped   entries that could not be imported (named to the consumer)
	 * @param referrals referrals to other servers not followed
	 * @param pages     pages read
	 */
	public record Counts(int hosts, int disabled, int skipped, int referrals, int pages) {
	}

	/** A directory that could not be read: unreachable, refused the bind or the certificate, or the search. */
	public static final class DirectoryException extends IOException {
		private static final long serialVersionUID = 1L;

		DirectoryException(String message, Throwable cause) {
			super(message, cause);
		}
	}

	private DirectoryImport() {
	}

	/**
	 * Reads the computers.
	 *
	 * @param source   where and how
	 * @param password the bind password (not kept; the caller clears it)
	 * @param hosts    receives each computer as read
	 * @param skipped  receives a line per entry that could not be imported, naming its DN
	 * @return the counts
	 * @throws DirectoryException naming the server and what failed
	 */
	public static Counts read(Source source, char[] password, Consumer<ImportedHost> hosts, Consumer<String> skipped)
			throws DirectoryException {
		try (LDAPConnection connection = connect(source)) {
			if (source.kerberos().isPresent()) {
				bindKerberos(connection, source, source.kerberos().get());
			} else {
				bindSimple(connection, source, password);
			}
			return search(connection, source, hosts, skipped);
		} catch (LDAPException e) {
			throw new DirectoryException(source.url() + ": " + reason(e), e);
		}
	}

	private static void bindSimple(LDAPConnection connection, Source source, char[] password)
			throws DirectoryException {
		if (source.bindDn().isEmpty()) {
			throw new DirectoryException("no user to bind as (--bind-dn), and no Kerberos bind asked", null);
		}
		java.nio.ByteBuffer encoded = java.nio.charset.StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
		byte[] secret = new byte[encoded.remaining()]; // no String of the password: it could not be cleared
		encoded.get(secret);
		java.util.Arrays.fill(encoded.array(), (byte) 0);
		try {
			connection.bind(new SimpleBindRequest(source.bindDn(), secret));
		} catch (LDAPException e) {
			throw new DirectoryException(source.url() + " refused the bind as " + Untrusted.terminal(source.bindDn())
					+ ": " + reason(e), e);
		} finally {
			java.util.Arrays.fill(secret, (byte) 0);
		}
	}

	private static void bindKerberos(LDAPConnection connection, Source source, Kerberos kerberos)
			throws DirectoryException {
		com.unboundid.ldap.sdk.GSSAPIBindRequestProperties properties =
				new com.unboundid.ldap.sdk.GSSAPIBindRequestProperties((String) null, (String) null);
		properties.setUseTicketCache(true);
		properties.setRequireCachedCredentials(true); // the platform's ticket, never a password prompt
		kerberos.ticketCache().ifPresent(cache -> properties.setTicketCachePath(cache.toString()));
		kerberos.krb5Conf().ifPresent(conf -> {
			// the JDK's Kerberos reads its configuration from this property only (process-wide, as KRB5_CONFIG is)
			System.setProperty("java.security.krb5.conf", conf.toString());
			properties.setRefreshKrb5Config(true);
		});
		properties.setServicePrincipalProtocol("ldap");
		// inside TLS the SASL layer is authentication only: Active Directory refuses signing or sealing on top of TLS
		properties.setAllowedQoP(com.unboundid.ldap.sdk.SASLQualityOfProtection.AUTH);
		properties.setSASLClientServerName(kerberos.serverName().orElse(source.host()));
		try {
			connection.bind(new com.unboundid.ldap.sdk.GSSAPIBindRequest(properties));
		} catch (LDAPException e) {
			throw new DirectoryException(source.url() + " refused the Kerberos bind (ldap/" + Untrusted.terminal(
					kerberos.serverName().orElse(source.host())) + "): " + reason(e) + "; is there a ticket (klist)?",
					e);
		}
	}

	private static LDAPConnection connect(Source source) throws LDAPException, DirectoryException {
		LDAPConnectionOptions options = new LDAPConnectionOptions();
		options.setConnectTimeoutMillis((int) source.timeout().toMillis());
		options.setResponseTimeoutMillis(source.timeout().toMillis());
		options.setFollowReferrals(source.followReferrals());
		options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
		SSLContext tls = tls(source);
		if (source.ldaps()) {
			return new LDAPConnection(tls.getSocketFactory(), options, source.host(), source.port());
		}
		LDAPConnection connection = new LDAPConnection(options, source.host(), source.port());
		try {
			var result = connection.processExtendedOperation(new StartTLSExtendedRequest(tls));
			if (result.getResultCode() != ResultCode.SUCCESS) {
				throw new LDAPException(result.getResultCode(), "StartTLS was refused: "
						+ result.getDiagnosticMessage());
			}
			return connection;
		} catch (LDAPException e) {
			connection.close();
			throw new LDAPException(e.getResultCode(), "StartTLS failed (" + reason(e) + "); the password is sent "
					+ "only over TLS: use ldaps:// or a server that offers StartTLS", e);
		}
	}

	private static SSLContext tls(Source source) throws DirectoryException {
		try {
			List<javax.net.ssl.X509TrustManager> trusted = new ArrayList<>();
			trusted.add(JVMDefaultTrustManager.getInstance());
			if (source.caFile().isPresent()) {
				Path ca = source.caFile().get();
				if (!Files.isRegularFile(ca)) {
					throw new DirectoryException("--ca-file " + ca + ": no such file", null);
				}
				trusted.add(new PEMFileTrustManager(ca.toFile()));
			}
			TrustManager any = new AggregateTrustManager(false, trusted);
			return new SSLUtil(any).createSSLContext("TLS"); // TLS 1.2 or 1.3: Windows Server 2019 DCs offer no 1.3
		} catch (GeneralSecurityException | IllegalArgumentException e) {
			throw new DirectoryException("the trusted CAs cannot be read: " + e.getMessage(), e);
		}
	}

	private static Counts search(LDAPConnection connection, Source source, Consumer<ImportedHost> hosts,
			Consumer<String> skipped) throws LDAPException {
		DN base = new DN(source.baseDn());
		int[] counts = new int[4]; // hosts, disabled, skipped, referrals
		SearchResultListener listener = new SearchResultListener() {
			private static final long serialVersionUID = 1L;

			@Override
			public void searchEntryReturned(SearchResultEntry entry) {
				computer(entry, base, source.url(), hosts, skipped, counts);
			}

			@Override
			public void searchReferenceReturned(SearchResultReference reference) {
				counts[3]++;
			}
		};
		SearchRequest request = new SearchRequest(listener, source.baseDn(), SearchScope.SUB,
				Filter.createEqualityFilter("objectClass", "computer"), ATTRIBUTES);
		request.setTimeLimitSeconds((int) Math.max(1, source.timeout().toSeconds()));
		byte[] cookie = null;
		int pages = 0;
		do {
			request.setControls(new SimplePagedResultsControl(PAGE_SIZE,
					cookie == null ? null : new com.unboundid.asn1.ASN1OctetString(cookie), true));
			SearchResult result;
			try {
				result = connection.search(request);
			} catch (LDAPSearchException e) {
				if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
					throw new LDAPException(e.getResultCode(), "the base DN " + source.baseDn()
							+ " does not exist in the directory", e);
				}
				throw e;
			}
			pages++;
			SimplePagedResultsControl paged = SimplePagedResultsControl.get(result);
			cookie = paged == null || !paged.moreResultsToReturn() ? null : paged.getCookie().getValue();
		} while (cookie != null && pages < MAX_PAGES);
		return new Counts(counts[0], counts[1], counts[2], counts[3], pages);
	}

	private static void computer(SearchResultEntry entry, DN base, String url, Consumer<ImportedHost> hosts,
			Consumer<String> skipped, int[] counts) {
		String where = url + ", " + Untrusted.terminal(entry.getDN());
		Long control = entry.getAttributeValueAsLong("userAccountControl");
		if (control != null && (control & ACCOUNT_DISABLED) != 0) {
			counts[1]++;
			return;
		}
		String dns = value(entry, "dNSHostName");
		String name = dns.isEmpty() ? value(entry, "cn") : dns;
		String os = value(entry, "operatingSystem");
		String description = value(entry, "description");
		String notes = description + (os.isEmpty() ? "" : (description.isEmpty() ? "" : "\n") + "OS: " + os)
				+ (dns.isEmpty() ? (description.isEmpty() && os.isEmpty() ? "" : "\n")
						+ "No dNSHostName in the directory: dialled by its NetBIOS name" : "");
		try {
			hosts.accept(new ImportedHost(groups(entry, base), name, "", Target.DEFAULT_RDP_PORT, "", "", "",
					platform(os), notes, List.of(), where));
			counts[0]++;
		} catch (IllegalArgumentException | LDAPException e) {
			counts[2]++;
			skipped.accept(where + ": " + e.getMessage());
		}
	}

	/** @return the OUs and containers between the base and the entry, outermost first */
	static List<String> groups(SearchResultEntry entry, DN base) throws LDAPException {
		List<String> path = new ArrayList<>();
		DN parent = entry.getParsedDN().getParent();
		while (parent != null && !parent.equals(base) && parent.isDescendantOf(base, false)) {
			RDN rdn = parent.getRDN();
			path.add(0, rdn.getAttributeValues()[0]);
			parent = parent.getParent();
		}
		return path;
	}

	private static HostPlatform platform(String os) {
		return os.toLowerCase(Locale.ROOT).contains("windows") ? HostPlatform.WINDOWS : HostPlatform.UNKNOWN;
	}

	private static String value(SearchResultEntry entry, String attribute) {
		String value = entry.getAttributeValue(attribute);
		return value == null ? "" : value.strip();
	}

	/**
	 * @return why, in a line: a Kerberos or login failure's own words when one is the cause (the SDK's message holds
	 *         stack traces), else the SDK's message without them
	 */
	private static String reason(LDAPException e) {
		for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			String type = cause.getClass().getSimpleName();
			if ((type.equals("GSSException") || type.equals("LoginException")) && cause.getMessage() != null) {
				return Untrusted.terminal(cause.getMessage());
			}
		}
		String message = e.getExceptionMessage();
		if (message == null) {
			return e.getResultCode().toString();
		}
		int trace = message.indexOf("trace='");
		return Untrusted.terminal((trace < 0 ? message : message.substring(0, trace)).replaceAll("[(,\\s]+$", ""));
	}
}
