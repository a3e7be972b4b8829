package rdpdoctor.remediation;

/**
 * The ids of the shipped remediations, as plugin.xml contributes them (one contribution per system) and findings name
 * them; which causes each fixes is declared there only.
 */
public final class RemediationIds {

	/** A new certificate (and key) for the RDP listener. */
	public static final String RESET_RDP_CERTIFICATE = "reset-rdp-certificate";
	/** Start the RDP service. */
	public static final String START_RDP_SERVICE = "start-rdp-service";
	/** Restart the RDP service. */
	public static final String RESTART_RDP_SERVICE = "restart-rdp-service";
	/** Let the RDP port through the host's firewall. */
	public static final String ENABLE_RDP_FIREWALL_RULE = "enable-rdp-firewall-rule";
	/** Security layer: negotiate. */
	public static final String SET_SECURITY_LAYER_NEGOTIATE = "set-security-layer-negotiate";
	/** The RDP port back to the one the clients dial. */
	public static final String ALIGN_RDP_PORT = "align-rdp-port";
	/** MachineKeys' ACL as Windows sets it. */
	public static final String REPAIR_MACHINEKEYS = "repair-machinekeys";
	/** Require Network Level Authentication. */
	public static final String REQUIRE_NLA = "require-nla";
	/** Allow connections without NLA, for a while (a workaround). */
	public static final String ALLOW_WITHOUT_NLA_TEMPORARY = "allow-without-nla-temporary";
	/** Allow Remote Desktop connections. */
	public static final String ENABLE_RDP = "enable-rdp";
	/** Log off disconnected sessions. */
	public static final String LOG_OFF_STALE_SESSIONS = "log-off-stale-sessions";
	/** CredSSP's AllowEncryptionOracle relaxed (a workaround). */
	public static final String CREDSSP_WORKAROUND = "credssp-workaround";
	/** Keep the network adapters powered. */
	public static final String DISABLE_NIC_POWER_SAVING = "disable-nic-power-saving";

	private RemediationIds() {
	}
}
