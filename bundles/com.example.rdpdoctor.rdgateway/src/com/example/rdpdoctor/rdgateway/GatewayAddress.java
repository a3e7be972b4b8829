package com.example.rdpdoctor.rdgateway;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.Target;

/**
 * Where the RD Gateway of a target is: the setting {@value #SETTING} ({@code HOST[:PORT]}, port 443 by default), or
 * else the target itself on 443, where single-server deployments run the gateway beside the session host.
 *
 * @param host     the gateway's name or address, as the clients dial it (the name its certificate must carry)
 * @param port     its HTTPS port
 * @param explicit whether the administrator named it (then silence on the port is a finding, not a skip)
 */
record GatewayAddress(String host, int port, boolean explicit) {

	/** The setting that names the gateway: {@code rdpdoctor diagnose --set com.example.rdgateway.address=gw:443}. */
	static final String SETTING = "com.example.rdgateway.address";

	static final int HTTPS_PORT = 443;

	static GatewayAddress of(Target target, DiagnosisSettings settings) {
		String named = settings.extra().getOrDefault(SETTING, "").strip();
		if (named.isEmpty()) {
			return new GatewayAddress(target.host(), HTTPS_PORT, false);
		}
		Target parsed = Target.parse(named, HTTPS_PORT); // host, host:port, [IPv6]:port, checked as targets are
		return new GatewayAddress(parsed.host(), parsed.port(), true);
	}

	/** @return the HTTP Host header's value: the name, an IPv6 literal in brackets, the port when not 443 */
	String hostHeader() {
		String name = host.contains(":") ? "[" + host + "]" : host;
		return port == HTTPS_PORT ? name : name + ":" + port;
	}

	@Override
	public String toString() {
		return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
	}
}
